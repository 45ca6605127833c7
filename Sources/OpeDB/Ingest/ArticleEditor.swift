import SQLite

/// Corrects an article's fields the way `opedb edit` asks: the corrections are recorded as the
/// user's (``EditRepository``) and the article is rewritten from its stored original with them
/// applied over the parse, so search, listings and exports see the corrected values at once.
public struct ArticleEditor {
    /// A value the user gave that cannot be a field's value: one line, naming the value.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case emptyTitle
        case unknownKind(String)
        case invalidDate(String)
        case emptyAuthorName
        case unknownField(String)
        /// A title, subtitle or author name past its bound (``maximumLength(of:)``).
        case tooLong(TextField)
        /// A title, subtitle or author name with a control character other than whitespace.
        case controlCharacter(TextField)

        public var description: String {
            switch self {
            case .emptyTitle: return "the title cannot be empty"
            case .unknownKind(let kind):
                return "unknown kind '\(kind)' (one of: \(ArticleEditor.kinds.joined(separator: ", ")))"
            case .invalidDate(let date): return "invalid date '\(date)': use YYYY-MM-DD, or \"\" to clear it"
            case .emptyAuthorName: return "an author name cannot be empty (pass --author-name \"\" alone to clear the byline)"
            case .unknownField(let field):
                return "unknown field '\(field)' (one of: title, subtitle, kind, date, authors)"
            case .tooLong(let field):
                return "\(field.rawValue) is longer than \(ArticleEditor.maximumLength(of: field)) characters"
            case .controlCharacter(let field):
                return "\(field.rawValue) contains a control character"
            }
        }
    }

    /// The free-text values a user types, as messages name them.
    public enum TextField: String, Sendable {
        case title = "the title", subtitle = "the subtitle", authorName = "an author name"
    }

    /// Bounds on what a user types, as ``TagName/maximumLength`` bounds a tag: far past any real
    /// headline, standfirst or name, short enough that listings and citations stay readable.
    public static func maximumLength(of field: TextField) -> Int {
        switch field {
        case .title, .subtitle: return 1_000
        case .authorName: return 200
        }
    }

    /// `value` collapsed, once checked for control characters and length. Line breaks and tabs
    /// are whitespace (collapsed); any other control character is refused, as in a tag.
    static func text(_ value: String, as field: TextField) throws(Problem) -> String {
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !$0.properties.isWhitespace }) {
            throw .controlCharacter(field)
        }
        let collapsed = value.collapsingWhitespace
        guard collapsed.count <= maximumLength(of: field) else { throw .tooLong(field) }
        return collapsed
    }

    /// Every kind `--kind` accepts.
    public static var kinds: [String] { TitleMarker.allKinds }

    let archive: Archive

    public init(archive: Archive) { self.archive = archive }

    /// The corrections `changes` ask for, checked: values collapsed, a kind by its canonical
    /// name, an empty subtitle, date or byline meaning none.
    public static func validated(title: String? = nil, subtitle: String? = nil, kind: String? = nil, date: String? = nil,
                                 authorNames: [String] = []) throws(Problem) -> ArticleEdits {
        var edits = ArticleEdits()
        if let title {
            let value = try text(title, as: .title)
            guard !value.isEmpty else { throw .emptyTitle }
            edits[.title] = .some(value)
        }
        if let subtitle {
            let value = try text(subtitle, as: .subtitle)
            edits[.subtitle] = .some(value.isEmpty ? nil : value)
        }
        if let kind {
            let folded = kind.trimmed.lowercased()
            guard let canonical = folded == "news" ? "news" : TitleMarker.kind(named: folded) else { throw .unknownKind(kind) }
            edits[.kind] = .some(canonical)
        }
        if let date {
            let value = date.trimmed
            if value.isEmpty {
                edits[.publishedOn] = .some(nil)
            } else {
                guard isISODate(value) else { throw .invalidDate(date) }
                edits[.publishedOn] = .some(value)
            }
        }
        if !authorNames.isEmpty {
            var names: [String] = []
            for name in authorNames { names.append(try text(name, as: .authorName)) }
            if names == [""] {
                edits.setAuthors([])
            } else {
                guard !names.contains("") else { throw .emptyAuthorName }
                edits.setAuthors(names)
            }
        }
        return edits
    }

    /// Corrections from a file (an export's front matter), checked as `edit` checks what a user
    /// types: those that could not have been typed are dropped, each with a warning.
    public static func checked(_ edits: ArticleEdits) -> (edits: ArticleEdits, warnings: [String]) {
        var kept = ArticleEdits()
        var warnings: [String] = []
        for field in edits.fields {
            let value = (edits[field] ?? nil) ?? ""
            do {
                let one: ArticleEdits
                switch field {
                case .title: one = try validated(title: value)
                case .subtitle: one = try validated(subtitle: value)
                case .kind: one = try validated(kind: value)
                case .publishedOn: one = try validated(date: value)
                case .authors: one = try validated(authorNames: edits.authors.map { $0.isEmpty ? [""] : $0 } ?? [""])
                }
                kept[field] = one[field]
            } catch {
                warnings.append("front matter: correction of \(field.rawValue) ignored: \(error.description)")
            }
        }
        return (kept, warnings)
    }

    /// `YYYY-MM-DD`, a real day.
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return false }
        return DateParser.isoDate(y, m, d) == text
    }

    /// The fields `--reset` names.
    public static func fields(named names: [String]) throws(Problem) -> [ArticleEdits.Field] {
        var fields: [ArticleEdits.Field] = []
        for name in names {
            guard let field = ArticleEdits.Field(userName: name) else { throw .unknownField(name) }
            fields.append(field)
        }
        return fields
    }

    /// Sets the corrections in `changes` and drops those of `reset` (the parser's value comes
    /// back), then rewrites the article. Returns the article's corrections afterwards, or nil
    /// when there is no article `id`. One transaction: all or nothing.
    @discardableResult
    public func edit(id: Int, setting changes: ArticleEdits, resetting reset: [ArticleEdits.Field] = []) throws -> ArticleEdits? {
        let connection = archive.connection
        return try connection.transaction(.immediate) { () throws -> ArticleEdits? in
            let repository = ArticleRepository(connection: connection)
            guard let (hash, path) = try connection.first("SELECT content_hash, source_path FROM articles WHERE id = ?", [id],
                                                          { ($0.string(0), $0.optionalString(1)) }) else { return nil }
            // The article is rebuilt from its original: one that is missing or no longer matches
            // its hash would put other text in its place (damage stops writes, as in `reparse`).
            try repository.verifyOriginal(id)
            guard let bytes = try repository.source(id: id) else {
                throw ArchiveError.damagedArticles(path: connection.path, ids: [id])
            }
            var edits = try EditRepository(connection: connection).edits(of: id)
            for field in reset { edits[field] = nil }
            for field in changes.fields { edits[field] = changes[field] }
            let parsed = try ArticleParser().parse(source: ArticleSource.read(bytes))
            try repository.rewrite(id: id, with: parsed, source: bytes, contentHash: hash, sourcePath: path, edits: edits)
            return edits
        }
    }
}
