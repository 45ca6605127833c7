/// Why a file cannot be read as an article. The description is the sentence the user reads.
public enum ParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Zero bytes.
    case empty
    /// Nothing but whitespace.
    case blank
    /// NUL bytes: an image, an archive, a database — not text.
    case binary
    /// Neither UTF-8 nor Windows-1252.
    case undecodable

    public var description: String {
        switch self {
        case .empty: return "file is empty"
        case .blank: return "file contains only whitespace"
        case .binary: return "binary content (NUL bytes), not a text article"
        case .undecodable: return "bytes are neither UTF-8 nor Windows-1252"
        }
    }
}
