/// What the browsing commands list. Each encodes absent values as `null`, with the keys the
/// JSON contracts name (`authors --json`, `author --json`, `books --json`, `publications --json`).

/// One line of `opedb authors`.
public struct AuthorSummary: Encodable, Equatable, Sendable {
    public var id: Int
    public var name: String
    public var aliases: [String]
    public var articleCount: Int
    public var bookCount: Int
    @NullEncoded public var affiliation: String?
    @NullEncoded public var firstPublished: String?
    @NullEncoded public var lastPublished: String?

    enum CodingKeys: String, CodingKey {
        case id, name, aliases, articleCount = "article_count", bookCount = "book_count", affiliation
        case firstPublished = "first_published", lastPublished = "last_published"
    }
}

/// `opedb author NAME`: one author in full.
public struct AuthorDetail: Encodable, Equatable, Sendable {
    public struct Affiliation: Encodable, Equatable, Sendable {
        public var text: String
        @NullEncoded public var publishedOn: String?
        public var articleID: Int
        enum CodingKeys: String, CodingKey { case text, publishedOn = "published_on", articleID = "article_id" }
    }
    public struct Book: Encodable, Equatable, Sendable {
        public var id: Int
        public var title: String
        public var role: String
    }
    public struct Article: Encodable, Equatable, Sendable {
        public var id: Int
        public var title: String
        @NullEncoded public var publishedOn: String?
        enum CodingKeys: String, CodingKey { case id, title, publishedOn = "published_on" }
    }

    public var id: Int
    public var name: String
    public var aliases: [String]
    public var affiliations: [Affiliation]
    public var books: [Book]
    public var articles: [Article]
}

/// One line of `opedb books`.
public struct BookSummary: Encodable, Equatable, Sendable {
    public var id: Int
    public var title: String
    @NullEncoded public var subtitle: String?
    @NullEncoded public var publisher: String?
    @NullEncoded public var year: Int?
    public var forthcoming: Bool
    public var authors: [String]
    public var editors: [String]
    public var articleCount: Int

    enum CodingKeys: String, CodingKey {
        case id, title, subtitle, publisher, year, forthcoming, authors, editors, articleCount = "article_count"
    }
}

/// One line of `opedb publications`.
public struct PublicationSummary: Encodable, Equatable, Sendable {
    public var id: Int
    public var name: String
    @NullEncoded public var domain: String?
    public var articleCount: Int
    public var mentionedCount: Int

    enum CodingKeys: String, CodingKey {
        case id, name, domain, articleCount = "article_count", mentionedCount = "mentioned_count"
    }
}

/// `opedb stats`.
public struct ArchiveStatistics: Encodable, Equatable, Sendable {
    public var articles: Int
    public var authors: Int
    public var books: Int
    public var publications: Int
    public var sizeBytes: Int
    @NullEncoded public var firstPublished: String?
    @NullEncoded public var lastPublished: String?
    /// Articles per year, by `YYYY`.
    public var perYear: [String: Int]

    enum CodingKeys: String, CodingKey {
        case articles, authors, books, publications, sizeBytes = "size_bytes"
        case firstPublished = "first_published", lastPublished = "last_published", perYear = "per_year"
    }
}
