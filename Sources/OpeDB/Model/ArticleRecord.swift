/// A stored article with everything that belongs to it: what `opedb show --json` prints and
/// what `export --format jsonl` writes, one per line. Absent values encode as `null`.
public struct ArticleRecord: Encodable, Equatable, Sendable {
    public struct Publication: Encodable, Equatable, Sendable {
        public var id: Int
        public var name: String
        @NullEncoded public var domain: String?
        enum CodingKeys: String, CodingKey { case id, name, domain }
    }

    public struct Author: Encodable, Equatable, Sendable {
        public var id: Int
        /// The author's name in the archive (the first spelling seen, or as renamed).
        public var name: String
        /// The spelling this article's byline used.
        public var bylineName: String
        @NullEncoded public var affiliation: String?
        enum CodingKeys: String, CodingKey { case id, name, bylineName = "byline_name", affiliation }
    }

    public struct Related: Encodable, Equatable, Sendable {
        public var title: String
        @NullEncoded public var id: Int?
        enum CodingKeys: String, CodingKey { case title, id }
    }

    public struct Book: Encodable, Equatable, Sendable {
        public var id: Int
        public var title: String
        @NullEncoded public var subtitle: String?
        @NullEncoded public var publisher: String?
        @NullEncoded public var year: Int?
        public var forthcoming: Bool
        public var authors: [String]
        public var role: String
        enum CodingKeys: String, CodingKey { case id, title, subtitle, publisher, year, forthcoming, authors, role }
    }

    public var id: Int
    public var title: String
    @NullEncoded public var subtitle: String?
    public var kind: String
    @NullEncoded public var publishedOn: String?
    @NullEncoded public var url: String?
    @NullEncoded public var publication: Publication?
    public var authors: [Author]
    @NullEncoded public var imageCredit: String?
    public var body: String
    public var wordCount: Int
    public var related: [Related]
    public var quotes: [String]
    public var authorNotes: [AuthorNote]
    public var books: [Book]
    public var mentions: [String]
    @NullEncoded public var disclaimer: String?
    @NullEncoded public var sourcePath: String?
    public var addedAt: String
    public var updatedAt: String
    /// The tags the user filed the article under, by name.
    public var tags: [String] = []
    /// The fields the user corrected (`opedb edit`), by their names here: `title`, `published_on` …
    public var edited: [String] = []

    enum CodingKeys: String, CodingKey {
        case id, title, subtitle, kind, publishedOn = "published_on", url, publication, authors
        case imageCredit = "image_credit", body, wordCount = "word_count", related, quotes
        case authorNotes = "author_notes", books, mentions, disclaimer, sourcePath = "source_path"
        case addedAt = "added_at", updatedAt = "updated_at", tags, edited
    }
}
