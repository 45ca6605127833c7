/// What a user made of one article beyond what its text says: tags, corrections, who its
/// authors are in the archive (after merges and renames), and when it was added.
///
/// An export carries it (Markdown front matter, see ``CurationFrontMatter``) and `add` restores
/// it, so a curated archive survives export → add.
public struct ArticleCuration: Equatable, Sendable {
    /// A byline author as the archive knows them: the byline's spelling, the author's name in
    /// the archive, and every spelling recorded for them (merged authors' included).
    public struct AuthorIdentity: Equatable, Sendable {
        public var byline: String
        public var name: String
        public var spellings: [String]

        public init(byline: String, name: String, spellings: [String]) {
            self.byline = byline
            self.name = name
            self.spellings = spellings
        }

        /// Whether adding the article alone would give the same author: same name as the
        /// byline and no spelling but that one.
        public var isPlain: Bool { name == byline && spellings.allSatisfy { $0 == name } }
    }

    public var tags: [String]
    public var edits: ArticleEdits
    public var authors: [AuthorIdentity]
    /// `added_at` of the article in the archive it came from (`YYYY-MM-DDTHH:MM:SSZ`).
    public var addedAt: String?

    public init(tags: [String] = [], edits: ArticleEdits = ArticleEdits(), authors: [AuthorIdentity] = [],
                addedAt: String? = nil) {
        self.tags = tags
        self.edits = edits
        self.authors = authors
        self.addedAt = addedAt
    }

    public var isEmpty: Bool { tags.isEmpty && edits.isEmpty && authors.isEmpty && addedAt == nil }

    /// `YYYY-MM-DDTHH:MM:SSZ`, the form the archive stores times in.
    public static func isTimestamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 20 else { return false }
        for (i, b) in bytes.enumerated() {
            switch i {
            case 4, 7: guard b == UInt8(ascii: "-") else { return false }
            case 10: guard b == UInt8(ascii: "T") else { return false }
            case 13, 16: guard b == UInt8(ascii: ":") else { return false }
            case 19: guard b == UInt8(ascii: "Z") else { return false }
            default: guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) else { return false }
            }
        }
        return true
    }
}
