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
    /// A `.gz` file whose compressed data is damaged or cut short.
    case damagedGzip
    /// A `.gz` file that inflates past the size limit.
    case gzipTooLarge(limit: Int)
    /// An HTML page with no article in it: a home page, an index, a login or cookie wall.
    case noArticleText
    /// An HTML page that declares a video (schema.org `VideoObject`) and shows no article text:
    /// a video's page, whose only text is the video's short description.
    case videoPage

    public var description: String {
        switch self {
        case .empty: return "file is empty"
        case .blank: return "file contains only whitespace"
        case .binary: return "binary content (NUL bytes), not a text article"
        case .undecodable: return "bytes are neither UTF-8 nor Windows-1252"
        case .damagedGzip: return "gzip data is damaged or truncated"
        case .gzipTooLarge(let limit): return "gzip data inflates past \(limit / 1_048_576) MB"
        case .noArticleText: return "no article text found in the HTML page (a home page, an index, a login wall, or a page that draws its text with JavaScript?)"
        case .videoPage: return "no article text found in the HTML page: it is a video's page (it declares a VideoObject), with only a short description"
        }
    }
}
