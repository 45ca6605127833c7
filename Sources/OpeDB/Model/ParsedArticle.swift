#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Everything the parser extracts from one article file, before it meets the archive.
///
/// A plain value: it knows nothing of ids or the database. Its JSON form (snake_case keys)
/// is what the fixture expectations in `Fixtures/*.expected.json` hold.
public struct ParsedArticle: Codable, Equatable, Sendable {
    public var title: String
    /// The lowercased kind marker of the title (`op-ed`, `opinion`, `analysis` …), else `op-ed`
    /// when an opinion disclaimer is present, else `news`.
    public var kind: String
    public var subtitle: String?
    /// Byline authors in byline order, with what their notes said about them.
    public var authors: [ParsedAuthor]
    /// ISO date (`YYYY-MM-DD`).
    public var publishedOn: String?
    /// `true` when the page only had an `Updated:` date.
    public var dateIsUpdate: Bool
    public var imageCredit: String?
    /// Canonical URL: host lowercased, fragment dropped.
    public var url: String?
    /// The outlet, from the disclaimer or else the URL's domain.
    public var publication: String?
    /// The URL's host without `www.`.
    public var domain: String?
    public var related: [String]
    public var quotes: [String]
    public var notes: [AuthorNote]
    public var books: [CitedBook]
    /// Outlets linked from the body, by their canonical name, first mention first.
    public var mentions: [String]
    public var disclaimer: String?
    /// Body paragraphs, clean text, separated by one blank line.
    public var body: String
    public var wordCount: Int
    /// Problems worth telling the user that did not stop the parse.
    public var warnings: [String]

    public init(title: String, kind: String = "news", subtitle: String? = nil, authors: [ParsedAuthor] = [],
                publishedOn: String? = nil, dateIsUpdate: Bool = false, imageCredit: String? = nil,
                url: String? = nil, publication: String? = nil, domain: String? = nil,
                related: [String] = [], quotes: [String] = [], notes: [AuthorNote] = [],
                books: [CitedBook] = [], mentions: [String] = [], disclaimer: String? = nil,
                body: String = "", wordCount: Int = 0, warnings: [String] = []) {
        self.title = title
        self.kind = kind
        self.subtitle = subtitle
        self.authors = authors
        self.publishedOn = publishedOn
        self.dateIsUpdate = dateIsUpdate
        self.imageCredit = imageCredit
        self.url = url
        self.publication = publication
        self.domain = domain
        self.related = related
        self.quotes = quotes
        self.notes = notes
        self.books = books
        self.mentions = mentions
        self.disclaimer = disclaimer
        self.body = body
        self.wordCount = wordCount
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case title, kind, subtitle, authors
        case publishedOn = "published_on"
        case dateIsUpdate = "date_is_update"
        case imageCredit = "image_credit"
        case url, publication, domain, related, quotes, notes, books, mentions, disclaimer, body
        case wordCount = "word_count"
        case warnings
    }
}

/// A byline author as one article presents them.
public struct ParsedAuthor: Codable, Equatable, Sendable {
    /// The byline's spelling.
    public var name: String
    /// Other spellings of the same person found in the notes (`Artemy M. Kalinovsky`).
    public var aliases: [String]
    /// What the notes say the author is (`Assistant Professor of … at the University of Amsterdam`).
    public var affiliation: String?

    public init(name: String, aliases: [String] = [], affiliation: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.affiliation = affiliation
    }
}

/// One author note (bio): consecutive italic paragraphs about one author, joined.
public struct AuthorNote: Codable, Equatable, Sendable {
    /// The byline spelling of the author it is about, or nil when it names none of them.
    public var author: String?
    public var text: String

    public init(author: String?, text: String) {
        self.author = author
        self.text = text
    }

    enum CodingKeys: String, CodingKey { case author, text }

    /// `author` is written as `null` when the note names nobody (decoding accepts it missing too).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(author, forKey: .author)
        try c.encode(text, forKey: .text)
    }
}
