/// A tag as the user typed it, checked and folded: `Climate ` and `climate` are one tag.
public struct TagName: Equatable, Hashable, Sendable {
    /// The spelling, whitespace collapsed.
    public let display: String
    /// Case and diacritics folded: what makes two spellings one tag.
    public let key: String

    /// Longer than any topic name; a tag is a label, not a note.
    public static let maximumLength = 100

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case empty
        case tooLong(String)
        case controlCharacter(String)
        public var description: String {
            switch self {
            case .empty: return "a tag cannot be empty"
            case .tooLong(let tag): return "tag '\(tag.prefix(40))…' is longer than \(TagName.maximumLength) characters"
            case .controlCharacter(let tag): return "tag '\(tag.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : String($0) }.joined())' contains a control character"
            }
        }
    }

    public init(_ text: String) throws(Problem) {
        // Line breaks and tabs are whitespace, collapsed below; other control characters are refused.
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !$0.properties.isWhitespace }) {
            throw .controlCharacter(text)
        }
        let display = text.collapsingWhitespace
        guard !display.isEmpty else { throw .empty }
        guard display.count <= Self.maximumLength else { throw .tooLong(display) }
        self.display = display
        self.key = display.folded
    }
}
