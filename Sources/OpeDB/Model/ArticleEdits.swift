/// The user's corrections to one article: the fields they set, each winning over the parser.
///
/// Kept apart from the parse (table `article_edits`) and applied over every new parse of the
/// article — by `add` of a changed file, `reparse` and `edit` itself — so that a better parser
/// never undoes a correction. A field may be set to nothing (`subtitle`, `published_on`,
/// `authors`), which is a correction too.
public struct ArticleEdits: Equatable, Sendable {
    /// A field the user may correct, named as `show --json` names it.
    public enum Field: String, CaseIterable, Sendable, Comparable {
        case title, subtitle, kind
        case publishedOn = "published_on"
        case authors

        /// The field a user's word names: `date` is `published_on`, `author` is `authors`.
        public init?(userName: String) {
            switch String(userName.trimmed.lowercased().map { $0 == "-" ? "_" : $0 }) {
            case "date", "published", "published_on": self = .publishedOn
            case "author", "authors", "author_name": self = .authors
            case let name: self.init(rawValue: name)
            }
        }

        public static func < (a: Field, b: Field) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// Field → the user's value; nil clears the field. Authors are ``Vocabulary/listSeparator``-joined.
    public private(set) var values: [Field: String?] = [:]

    public init() {}

    public var isEmpty: Bool { values.isEmpty }
    /// The corrected fields, in ``Field`` order.
    public var fields: [Field] { values.keys.sorted() }

    public subscript(field: Field) -> String?? {
        get { values[field] }
        set { values[field] = newValue }
    }

    /// The corrected byline, or nil when authors were not corrected.
    public var authors: [String]? {
        guard let value = values[.authors] else { return nil }
        return value.map { $0.split(separator: Vocabulary.listSeparator).map(String.init) } ?? []
    }

    public mutating func setAuthors(_ names: [String]) {
        values[.authors] = names.isEmpty ? .some(nil) : names.joined(separator: String(Vocabulary.listSeparator))
    }

    /// `article` with the corrections over it. A corrected author keeps what the notes said of the
    /// parsed author of the same name (spellings, affiliation).
    public func applied(to article: ParsedArticle) -> ParsedArticle {
        var a = article
        for (field, value) in values {
            switch field {
            case .title: if let value, !value.isEmpty { a.title = value }
            case .subtitle: a.subtitle = value
            case .kind: if let value, !value.isEmpty { a.kind = value }
            case .publishedOn:
                a.publishedOn = value
                a.dateIsUpdate = false
            case .authors:
                a.authors = (authors ?? []).map { name in
                    let person = PersonName(name)
                    if var parsed = article.authors.first(where: { PersonName($0.name).key == person.key }) {
                        parsed.name = name
                        return parsed
                    }
                    return ParsedAuthor(name: name)
                }
            }
        }
        return a
    }
}
