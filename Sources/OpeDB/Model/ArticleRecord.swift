/// A stored article with everything that belongs to it: what `opedb show --json` prints and
/// what `export --format jsonl` writes, one per line. Absent values encode as `null`.
public struct ArticleRecord: Encodable, Equatable, Sendable {
    public struct Publication: Encodable, Equatable, Sendable {
        public var id: Int
        public var name: String
        public var domain: String?
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(domain, forKey: .domain)
        }
        enum CodingKeys: String, CodingKey { case id, name, domain }
    }

    public struct Author: Encodable, Equatable, Sendable {
        public var id: Int
        /// The author's name in the archive (the first spelling seen, or as renamed).
        public var name: String
        /// The spelling this article's byline used.
        public var bylineName: String
        public var affiliation: String?
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(bylineName, forKey: .bylineName)
            try c.encode(affiliation, forKey: .affiliation)
        }
        enum CodingKeys: String, CodingKey { case id, name, bylineName = "byline_name", affiliation }
    }

    public struct Related: Encodable, Equatable, Sendable {
        public var title: String
        public var id: Int?
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(title, forKey: .title)
            try c.encode(id, forKey: .id)
        }
        enum CodingKeys: String, CodingKey { case title, id }
    }

    public struct Book: Encodable, Equatable, Sendable {
        public var id: Int
        public var title: String
        public var subtitle: String?
        public var publisher: String?
        public var year: Int?
        public var forthcoming: Bool
        public var authors: [String]
        public var role: String
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(subtitle, forKey: .subtitle)
            try c.encode(publisher, forKey: .publisher)
            try c.encode(year, forKey: .year)
            try c.encode(forthcoming, forKey: .forthcoming)
            try c.encode(authors, forKey: .authors)
            try c.encode(role, forKey: .role)
        }
        enum CodingKeys: String, CodingKey { case id, title, subtitle, publisher, year, forthcoming, authors, role }
    }

    public var id: Int
    public var title: String
    public var subtitle: String?
    public var kind: String
    public var publishedOn: String?
    public var url: String?
    public var publication: Publication?
    public var authors: [Author]
    public var imageCredit: String?
    public var body: String
    public var wordCount: Int
    public var related: [Related]
    public var quotes: [String]
    public var authorNotes: [AuthorNote]
    public var books: [Book]
    public var mentions: [String]
    public var disclaimer: String?
    public var sourcePath: String?
    public var addedAt: String
    public var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case id, title, subtitle, kind, publishedOn = "published_on", url, publication, authors
        case imageCredit = "image_credit", body, wordCount = "word_count", related, quotes
        case authorNotes = "author_notes", books, mentions, disclaimer, sourcePath = "source_path"
        case addedAt = "added_at", updatedAt = "updated_at"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(subtitle, forKey: .subtitle)
        try c.encode(kind, forKey: .kind)
        try c.encode(publishedOn, forKey: .publishedOn)
        try c.encode(url, forKey: .url)
        try c.encode(publication, forKey: .publication)
        try c.encode(authors, forKey: .authors)
        try c.encode(imageCredit, forKey: .imageCredit)
        try c.encode(body, forKey: .body)
        try c.encode(wordCount, forKey: .wordCount)
        try c.encode(related, forKey: .related)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(authorNotes.map(NoteJSON.init), forKey: .authorNotes)
        try c.encode(books, forKey: .books)
        try c.encode(mentions, forKey: .mentions)
        try c.encode(disclaimer, forKey: .disclaimer)
        try c.encode(sourcePath, forKey: .sourcePath)
        try c.encode(addedAt, forKey: .addedAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }

    /// `{author, text}` with `author` as null when the note names nobody.
    private struct NoteJSON: Encodable {
        var note: AuthorNote
        init(_ note: AuthorNote) { self.note = note }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(note.author, forKey: .author)
            try c.encode(note.text, forKey: .text)
        }
        enum CodingKeys: String, CodingKey { case author, text }
    }
}
