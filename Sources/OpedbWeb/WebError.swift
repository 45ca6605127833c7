import HTTPTypes

/// Why a request got no page: the status and the one sentence the message page shows.
/// Every failure a request can meet maps to one of these — never to a 500 or a stack trace.
public enum WebError: Error, Equatable, Sendable {
    /// A parameter is malformed or out of bounds (400).
    case badRequest(String)
    /// No such page, article or author (404).
    case notFound(String)
    /// A method other than GET or HEAD: the site never writes (405).
    case methodNotAllowed
    /// The archive could not be read (503): the file went away or is damaged.
    case unavailable(String)

    public var status: HTTPResponse.Status {
        switch self {
        case .badRequest: return .badRequest
        case .notFound: return .notFound
        case .methodNotAllowed: return .methodNotAllowed
        case .unavailable: return .serviceUnavailable
        }
    }

    public var message: String {
        switch self {
        case .badRequest(let message), .notFound(let message), .unavailable(let message): return message
        case .methodNotAllowed: return "this site is read-only: only GET and HEAD requests are answered"
        }
    }

    /// The page's heading.
    var title: String {
        switch self {
        case .badRequest: return "Bad request"
        case .notFound: return "Not found"
        case .methodNotAllowed: return "Method not allowed"
        case .unavailable: return "Archive unavailable"
        }
    }
}
