/// Turns what a user types into an FTS5 query that cannot trip over punctuation.
///
/// FTS5's own syntax passes through: `"exact phrase"`, `prefix*`, `AND`/`OR`/`NOT`,
/// `NEAR(a b, 5)`, parentheses and column filters (`title:kremlin` — only for the five indexed
/// columns, so `Note: Kabul` is two words). Every other token is quoted, so `U.S.`, `Rabbani's`,
/// `Moscow–Kabul` and `C++` search as the words they contain instead of raising a syntax error.
/// Structural mistakes (an unbalanced quote, a dangling operator) are reported in plain words.
public struct SearchQuery: Equatable, Sendable {
    /// The FTS5 expression to bind to `MATCH`.
    public let expression: String
    /// Whether any prefix term (`word*`) is present.
    public let hasPrefix: Bool

    /// The indexed columns, in index order; their names are part of the query language.
    public static let columns = ["title", "subtitle", "body", "authors", "notes"]
    /// The most words and phrases one query may hold: FTS5's work grows with each (10,000 OR'ed
    /// words took over two minutes), and no one types more than a few dozen.
    public static let maximumTerms = 64
    /// The largest `NEAR(…, N)` distance; FTS5 reads the number as 32 bits, so bigger ones wrapped.
    public static let maximumNearDistance = 1000

    public init(_ text: String) throws(SearchError) {
        guard !text.unicodeScalars.contains("\0"), !text.contains("\u{FFFD}") else { throw .invalidCharacters }
        var tokens = try SearchQuery.lex(text)
        tokens = try SearchQuery.validate(tokens)
        let termCount = tokens.reduce(0) { count, token in
            switch token {
            case .term: return count + 1
            case .near(let terms, _): return count + terms.count
            default: return count
            }
        }
        if termCount > Self.maximumTerms { throw .tooManyTerms(termCount) }
        let plain = tokens.count >= 2 && tokens.allSatisfy { if case .term(_, false, nil) = $0 { return true } else { return false } }
        if plain {
            // Plain words: the same matches, but the words side by side rank higher — bm25 scores
            // the phrase alternative as one more matching phrase.
            let words = tokens.compactMap { if case .term(let text, _, _) = $0 { return text } else { return nil } }
            let phrase = Token.term(words.joined(separator: " "), prefix: false, column: nil)
            expression = "(" + tokens.map(\.fts).joined(separator: " ") + ") OR " + phrase.fts
        } else {
            expression = tokens.map(\.fts).joined(separator: " ")
        }
        hasPrefix = tokens.contains { if case .term(_, true, _) = $0 { return true } else { return false } }
    }

    /// A query handed to FTS5 untouched (`--raw`).
    public init(raw: String) throws(SearchError) {
        guard !raw.unicodeScalars.contains("\0") else { throw .invalidCharacters }
        // FTS5 parses a raw query itself; only its size is bounded here, by the same count of words.
        let words = raw.split(whereSeparator: { $0.isWhitespace || $0 == "(" || $0 == ")" || $0 == "," })
            .filter { !["AND", "OR", "NOT", "NEAR"].contains($0) }
        if words.count > Self.maximumTerms { throw .tooManyTerms(words.count) }
        expression = raw
        hasPrefix = raw.contains("*")
    }

    enum Token: Equatable {
        /// A word or phrase: quoted for FTS5; `prefix` adds `*`; `column` adds `col :`.
        case term(String, prefix: Bool, column: String?)
        case and, or, not
        case open(column: String?)
        case close
        case near([String], distance: Int?)

        var fts: String {
            switch self {
            case .term(let text, let prefix, let column):
                let quoted = "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
                return (column.map { "\($0) : " } ?? "") + quoted + (prefix ? "*" : "")
            case .and: return "AND"
            case .or: return "OR"
            case .not: return "NOT"
            case .open(let column): return (column.map { "\($0) : " } ?? "") + "("
            case .close: return ")"
            case .near(let terms, let distance):
                let quoted = terms.map { "\"" + $0.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" }
                return "NEAR(" + quoted.joined(separator: " ") + (distance.map { ", \($0)" } ?? "") + ")"
            }
        }

        var isOperator: Bool { self == .and || self == .or || self == .not }
    }

    static func lex(_ text: String) throws(SearchError) -> [Token] {
        let s = Array(text)
        var tokens: [Token] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            if c.isWhitespace { i += 1; continue }
            // Column filter: `title:` directly followed by a term, phrase or group.
            var column: String?
            if let colon = columnPrefix(s, at: i) {
                column = colon.name
                i = colon.next
                if i >= s.count || s[i].isWhitespace {
                    // `title:` with nothing after it: the word itself.
                    tokens.append(.term(colon.name, prefix: false, column: nil))
                    continue
                }
            }
            let c2 = s[i]
            if c2 == "\"" || c2 == "“" || c2 == "”" {
                var j = i + 1
                while j < s.count, s[j] != "\"", s[j] != "”", s[j] != "“" { j += 1 }
                guard j < s.count else { throw .unbalancedQuote }
                let phrase = String(s[(i + 1)..<j])
                var prefix = false
                j += 1
                if j < s.count, s[j] == "*" { prefix = true; j += 1 }
                if hasSearchableCharacter(phrase) { tokens.append(.term(phrase, prefix: prefix, column: column)) }
                i = j
            } else if c2 == "(" {
                tokens.append(.open(column: column))
                i += 1
            } else if c2 == ")" && closesGroup(s, at: i) {
                tokens.append(.close)
                i += 1
            } else {
                // A word runs to whitespace, or to a `)` that closes a group or a `(` that opens NEAR's;
                // `Robert');` keeps its punctuation as text.
                var j = i
                while j < s.count, !s[j].isWhitespace, !(s[j] == ")" && closesGroup(s, at: j)),
                      !(s[j] == "(" && String(s[i..<j]) == "NEAR") { j += 1 }
                var word = String(s[i..<j])
                if column == nil, j < s.count, s[j] == "(", word == "NEAR" {
                    let (token, next) = try near(s, from: j)
                    tokens.append(token)
                    i = next
                    continue
                }
                i = j
                if column == nil, ["AND", "OR", "NOT"].contains(word) {
                    tokens.append(word == "AND" ? .and : word == "OR" ? .or : .not)
                    continue
                }
                var prefix = false
                if word.hasSuffix("*"), word.count > 1 {
                    prefix = true
                    word = String(word.drop(while: { $0 == "*" }).reversed().drop(while: { $0 == "*" }).reversed())
                }
                let cleaned = word.filter { $0 != "*" && $0 != "^" }
                if hasSearchableCharacter(cleaned) { tokens.append(.term(cleaned, prefix: prefix, column: column)) }
            }
        }
        return tokens
    }

    /// A `)` closes a group when a word boundary follows it.
    private static func closesGroup(_ s: [Character], at i: Int) -> Bool {
        i + 1 >= s.count || s[i + 1].isWhitespace || s[i + 1] == ")"
    }

    /// `title:` at `i` when the name is one of the indexed columns (any case).
    private static func columnPrefix(_ s: [Character], at i: Int) -> (name: String, next: Int)? {
        var j = i
        while j < s.count, s[j].isLetter { j += 1 }
        guard j < s.count, s[j] == ":", j > i else { return nil }
        let name = String(s[i..<j]).lowercased()
        guard columns.contains(name) else { return nil }
        return (name, j + 1)
    }

    /// `NEAR(a b "c d", 5)` starting at the `(`.
    private static func near(_ s: [Character], from open: Int) throws(SearchError) -> (Token, Int) {
        guard let close = s[(open + 1)...].firstIndex(of: ")") else { throw .unbalancedParenthesis }
        var inner = String(s[(open + 1)..<close])
        var distance: Int?
        if let comma = inner.lastIndex(of: ",") {
            let number = inner[inner.index(after: comma)...].trimmed
            guard let n = Int(number), n >= 0 else { throw .malformedNear("'\(number)' is not a distance") }
            guard n <= maximumNearDistance else {
                throw .malformedNear("the distance can be at most \(maximumNearDistance), not \(number)")
            }
            distance = n
            inner = String(inner[..<comma])
        }
        var terms: [String] = []
        for token in try lex(inner) {
            guard case .term(let text, _, nil) = token else { throw .malformedNear("only words and phrases can go inside") }
            terms.append(text)
        }
        guard terms.count >= 2 else { throw .malformedNear("it needs at least two words") }
        return (.near(terms, distance: distance), close + 1)
    }

    /// Checks structure; drops what FTS5 would reject but the user could not have meant.
    static func validate(_ input: [Token]) throws(SearchError) -> [Token] {
        // "a AND NOT b" is how people write FTS5's binary NOT.
        var tokens: [Token] = []
        for token in input {
            if token == .not, tokens.last == .and { tokens.removeLast() }
            tokens.append(token)
        }
        var depth = 0
        for (index, token) in tokens.enumerated() {
            let previous = index > 0 ? tokens[index - 1] : nil
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            switch token {
            case .open:
                depth += 1
                if next == .close { throw .emptyGroup }
            case .close:
                depth -= 1
                if depth < 0 { throw .unbalancedParenthesis }
            case .and, .or, .not:
                let name = token.fts
                let leftOK: Bool = previous.map { !$0.isOperator && !isOpen($0) } ?? false
                let rightOK: Bool = next.map { !$0.isOperator && $0 != .close } ?? false
                if !leftOK || !rightOK { throw .misplacedOperator(name) }
            default:
                break
            }
        }
        if depth != 0 { throw .unbalancedParenthesis }
        // FTS5 joins side-by-side phrases with an implicit AND, but not a group or a NEAR and
        // what stands next to it (`(kabul OR herat) taliban` is a syntax error to FTS5): an
        // explicit AND there means the same, as AND and the implicit AND bind alike.
        var joined: [Token] = []
        for token in tokens {
            if let previous = joined.last, endsOperand(previous), startsOperand(token),
               !(isTerm(previous) && isTerm(token)) {
                joined.append(.and)
            }
            joined.append(token)
        }
        return joined
    }

    private static func isTerm(_ token: Token) -> Bool {
        if case .term = token { return true }
        return false
    }

    private static func endsOperand(_ token: Token) -> Bool {
        switch token {
        case .term, .close, .near: return true
        default: return false
        }
    }

    private static func startsOperand(_ token: Token) -> Bool {
        switch token {
        case .term, .open, .near: return true
        default: return false
        }
    }

    private static func isOpen(_ token: Token) -> Bool {
        if case .open = token { return true }
        return false
    }

    /// A token with no letter or digit (`--`, `&`) would be an empty FTS5 phrase: dropped.
    private static func hasSearchableCharacter(_ text: String) -> Bool {
        text.contains { $0.isLetter || $0.isNumber }
    }
}
