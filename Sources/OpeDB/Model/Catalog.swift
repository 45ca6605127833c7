/// What the browsing commands list. Each encodes absent values as `null`, with the keys the
/// JSON contracts name (`authors --json`, `author --json`, `books --json`, `publications --json`).

/// One line of `opedb authors`.
public struct AuthorSummary: Encodable, Equatable, Sendable {
    public var id: Int
    public var name: String
    public var aliases: [String]
    public var articleCount: Int
    public var bookCount: Int
    public var affiliation: String?
    public var firstPublished: String?
    public var lastPublished: String?

    enum CodingKeys: String, CodingKey {
        case id, name, aliases, articleCount = "article_count", bookCount = "book_count", affiliation
        case firstPublished = "first_published", lastPublished = "last_published"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(articleCount, forKey: .articleCount)
        try c.encode(bookCount, forKey: .bookCount)
        try c.encode(affiliation, forKey: .affiliation)
        try c.encode(firstPublished, forKey: .firstPublished)
        try c.encode(lastPublished, forKey: .lastPublished)
    }
}

/// `opedb author NAME`: one author in full.
public struct AuthorDetail: Encodable, Equatable, Sendable {
    public struct Affiliation: Encodable, Equatable, Sendable {
        public var text: String
        public var publishedOn: String?
        public var articleID: Int
        enum CodingKeys: String, CodingKey { case text, publishedOn = "published_on", articleID = "article_id" }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(text, forKey: .text)
            try c.encode(publishedOn, forKey: .publishedOn)
            try c.encode(articleID, forKey: .articleID)
        }
    }
    public struct Book: Encodable, Equatable, Sendable {
        public var id: Int
        public var title: String
        public var role: String
    }
    public struct Article: Encodable, Equatable, Sendable {
        public var id: Int
        public var title: String
        public var publishedOn: String?
        enum CodingKeys: String, CodingKey { case id, title, publishedOn = "published_on" }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(publishedOn, forKey: .publishedOn)
        }
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
    public var subtitle: String?
    public var publisher: String?
    public var year: Int?
    public var forthcoming: Bool
    public var authors: [String]
    public var editors: [String]
    public var articleCount: Int

    enum CodingKeys: String, CodingKey {
        case id, title, subtitle, publisher, year, forthcoming, authors, editors, articleCount = "article_count"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(subtitle, forKey: .subtitle)
        try c.encode(publisher, forKey: .publisher)
        try c.encode(year, forKey: .year)
        try c.encode(forthcoming, forKey: .forthcoming)
        try c.encode(authors, forKey: .authors)
        try c.encode(editors, forKey: .editors)
        try c.encode(articleCount, forKey: .articleCount)
    }
}

/// One line of `opedb publications`.
public struct PublicationSummary: Encodable, Equatable, Sendable {
    public var id: Int
    public var name: String
    public var domain: String?
    public var articleCount: Int
    public var mentionedCount: Int

    enum CodingKeys: String, CodingKey {
        case id, name, domain, articleCount = "article_count", mentionedCount = "mentioned_count"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(domain, forKey: .domain)
        try c.encode(articleCount, forKey: .articleCount)
        try c.encode(mentionedCount, forKey: .mentionedCount)
    }
}

/// `opedb stats`.
public struct ArchiveStatistics: Encodable, Equatable, Sendable {
    public var articles: Int
    public var authors: Int
    public var books: Int
    public var publications: Int
    public var sizeBytes: Int
    public var firstPublished: String?
    public var lastPublished: String?
    /// Articles per year, by `YYYY`.
    public var perYear: [String: Int]

    enum CodingKeys: String, CodingKey {
        case articles, authors, books, publications, sizeBytes = "size_bytes"
        case firstPublished = "first_published", lastPublished = "last_published", perYear = "per_year"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(articles, forKey: .articles)
        try c.encode(authors, forKey: .authors)
        try c.encode(books, forKey: .books)
        try c.encode(publications, forKey: .publications)
        try c.encode(sizeBytes, forKey: .sizeBytes)
        try c.encode(firstPublished, forKey: .firstPublished)
        try c.encode(lastPublished, forKey: .lastPublished)
        try c.encode(perYear, forKey: .perYear)
    }
}
