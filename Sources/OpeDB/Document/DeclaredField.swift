/// A value the source states about itself, as opposed to one the parser infers from the text:
/// a front-matter key, a JSON-LD property, a `<meta>` tag, a canonical link.
///
/// Declared metadata outranks guessed metadata; among declared values, ``Source`` orders trust
/// (JSON-LD before OpenGraph before a `<title>`), so the parser takes the most trusted value of
/// each key and can say where it came from (`opedb parse --explain`).
public struct DeclaredField: Equatable, Sendable {
    public enum Key: String, Equatable, Sendable, CaseIterable {
        case title
        /// A standfirst, `alternativeHeadline`, `description`.
        case subtitle
        /// One person per field, in order; an organisation is a `publication`, never an author.
        case author
        /// Publication date or date-time as written (ISO 8601 or any form ``DateParser`` reads).
        case published
        case modified
        /// The canonical address of the article.
        case url
        /// The outlet (`publisher.name`, `og:site_name`, front matter `sitename`).
        case publication
        /// A section (`articleSection`, `article:section`): `Opinion` makes an op-ed.
        case section
        /// A declared type (`OpinionNewsArticle`, `og:type`).
        case type
        case imageCredit
        case tag
    }

    /// Where the value came from, most trusted first.
    public enum Source: Int, Comparable, Sendable, CustomStringConvertible {
        /// YAML or TOML front matter, or `Title:` / `URL Source:` header lines: the writer's own
        /// record of the page.
        case frontMatter = 0
        /// `<script type="application/ld+json">`, schema.org.
        case jsonLD
        /// `itemprop=…` microdata.
        case microdata
        /// OpenGraph, Twitter cards, `<meta name=author>`, Dublin Core, `citation_*`, `parsely-*`.
        case metaTag
        /// `<link rel=canonical>`.
        case link
        /// `<time datetime>`, a byline element: visible page structure.
        case element
        /// The page's `<title>`.
        case titleElement

        public static func < (a: Source, b: Source) -> Bool { a.rawValue < b.rawValue }

        public var description: String {
            switch self {
            case .frontMatter: return "front matter"
            case .jsonLD: return "JSON-LD"
            case .microdata: return "microdata"
            case .metaTag: return "meta tag"
            case .link: return "link element"
            case .element: return "page element"
            case .titleElement: return "<title>"
            }
        }
    }

    public var key: Key
    public var value: String
    public var source: Source
    /// The source's own name for it (`og:site_name`, `headline`, `author`), for `--explain`.
    public var name: String

    public init(_ key: Key, _ value: String, source: Source, name: String) {
        self.key = key
        self.value = value
        self.source = source
        self.name = name
    }
}
