/// Why a search could not run. The description is the sentence the user reads; the CLI
/// exits with status 2 for every case (the query or an option is malformed) except
/// ``noSuchValue``, a filter naming nothing in the archive (status 1, like any item not found).
public enum SearchError: Error, Equatable, CustomStringConvertible {
    case unbalancedQuote
    case unbalancedParenthesis
    case misplacedOperator(String)
    case emptyGroup
    case malformedNear(String)
    case invalidCharacters
    case invalidDate(String)
    case malformed(String)
    /// A number option outside the bounds search accepts (`--limit`, `--offset`).
    case outOfBounds(option: String, range: ClosedRange<Int>)
    /// A query with more terms than ``SearchQuery/maximumTerms``.
    case tooManyTerms(Int)
    /// More distinct `--tag` values than ``SearchOptions/maximumTags``.
    case tooManyTags(Int)
    /// A filter value longer than ``SearchOptions/maximumFilterLength`` characters.
    case filterTooLong(option: String)
    /// A filter that matches nothing in the archive, with the closest values that exist.
    case noSuchValue(option: String, value: String, suggestions: [String])

    public var description: String {
        switch self {
        case .unbalancedQuote:
            return "unbalanced quote in the query: close the phrase with another \" (or search without quotes)"
        case .unbalancedParenthesis:
            return "unbalanced parenthesis in the query: every ( needs a )"
        case .misplacedOperator(let op):
            return "\(op) needs a search term on each side (write it in lowercase to search for the word itself)"
        case .emptyGroup:
            return "empty parentheses in the query"
        case .malformedNear(let detail):
            return "malformed NEAR group: \(detail); write it as NEAR(word word, 10)"
        case .invalidCharacters:
            return "the query contains characters that cannot be searched (NUL or invalid Unicode)"
        case .invalidDate(let text):
            return "'\(text)' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"
        case .malformed(let detail):
            return "malformed query: \(detail)"
        case .outOfBounds(let option, let range):
            return "\(option) must be a whole number from \(range.lowerBound) to \(range.upperBound)"
        case .tooManyTerms(let count):
            return "the query has \(count) terms; at most \(SearchQuery.maximumTerms) are searched at once"
        case .tooManyTags(let count):
            return "\(count) different --tag values; at most \(SearchOptions.maximumTags) are searched at once"
        case .filterTooLong(let option):
            return "\(option) is too long: at most \(SearchOptions.maximumFilterLength) characters"
        case .noSuchValue(let option, let value, let suggestions):
            let what = option.hasPrefix("--") ? String(option.dropFirst(2)) : option
            let quoted = suggestions.map { "'\($0)'" }
            guard let last = quoted.last else { return "no \(what) '\(value)' in the archive" }
            let list = quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " or " + last
            return "no \(what) '\(value)'; did you mean \(list)?"
        }
    }
}
