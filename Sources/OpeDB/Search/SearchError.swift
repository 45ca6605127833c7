/// Why a search could not run. The description is the sentence the user reads; the CLI
/// exits with status 2 for every case (the query or an option is malformed).
public enum SearchError: Error, Equatable, CustomStringConvertible {
    case unbalancedQuote
    case unbalancedParenthesis
    case misplacedOperator(String)
    case emptyGroup
    case malformedNear(String)
    case invalidCharacters
    case invalidDate(String)
    case malformed(String)

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
        }
    }
}
