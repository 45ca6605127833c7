/// Why the parser believed what it extracted: for each field, the rule that gave it and the block
/// (or declared key) it came from. `opedb parse --explain` prints it; tests read it.
public struct ParseExplanation: Equatable, Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case title, kind, subtitle, authors, date, imageCredit = "image_credit", url, publication
        case related, quotes, notes, disclaimer, body
    }

    public struct Reason: Equatable, Sendable {
        /// The rule, in words: `first level-1 heading`, `byline`, `declared`.
        public var rule: String
        /// The source line (Markdown) or element order (HTML) of the block, when one block gave it.
        public var line: Int?
        /// The declared key it came from, when it was declared.
        public var declared: DeclaredField?
    }

    public private(set) var reasons: [Field: Reason] = [:]

    public init() {}

    mutating func note(_ field: Field, _ rule: String, line: Int? = nil) {
        reasons[field] = Reason(rule: rule, line: line, declared: nil)
    }

    mutating func note(_ field: Field, declared: DeclaredField) {
        reasons[field] = Reason(rule: "declared", line: nil, declared: declared)
    }

    /// Appends to a field given by several blocks (related lines, quotes, notes).
    mutating func add(_ field: Field, _ rule: String, line: Int?) {
        if var existing = reasons[field], existing.rule == rule {
            existing.line = existing.line ?? line
            reasons[field] = existing
        } else if reasons[field] == nil {
            reasons[field] = Reason(rule: rule, line: line, declared: nil)
        }
    }

    public func reason(for field: Field) -> Reason? { reasons[field] }
}
