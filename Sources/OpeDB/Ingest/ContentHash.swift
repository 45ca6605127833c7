/// The identity of an article's content: SHA-256 of its text with line endings and trailing
/// whitespace normalised, so the same article saved as CRLF or LF is the same article.
public enum ContentHash {
    public static func of(_ text: String) -> String {
        var normalized: [UInt8] = []
        normalized.reserveCapacity(text.utf8.count)
        for line in Paragraphs.lines(of: text) {
            normalized.append(contentsOf: line.utf8)
            normalized.append(0x0A)
        }
        while normalized.last == 0x0A { normalized.removeLast() }
        var start = 0
        while start < normalized.count, normalized[start] == 0x0A { start += 1 }
        return SHA256.hex(normalized[start...])
    }
}
