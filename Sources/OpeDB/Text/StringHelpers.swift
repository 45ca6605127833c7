extension StringProtocol {
    /// The text without leading and trailing whitespace (including newlines and NBSP).
    public var trimmed: String {
        guard let start = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = lastIndex(where: { !$0.isWhitespace })!
        return String(self[start...end])
    }

    /// Whether the text has nothing but whitespace.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }

    /// Words separated by whitespace.
    var words: [Substring] {
        split(whereSeparator: \.isWhitespace).map { Substring($0) }
    }

    /// Runs of whitespace collapsed to one space, ends trimmed.
    var collapsingWhitespace: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Case-insensitive (ASCII) prefix test.
    func hasPrefixIgnoringCase(_ prefix: String) -> Bool {
        var i = startIndex
        for p in prefix {
            guard i < endIndex, self[i].lowercased() == p.lowercased() else { return false }
            i = index(after: i)
        }
        return true
    }

    /// The text after `prefix` when it starts with it, ignoring case.
    func dropPrefixIgnoringCase(_ prefix: String) -> Substring? {
        guard hasPrefixIgnoringCase(prefix) else { return nil }
        return self[index(startIndex, offsetBy: prefix.count)...].toSubstring
    }

    var toSubstring: Substring { Substring(self) }
}

extension Character {
    /// `.`, `!`, `?`, `…`, or a closing quote or bracket after them: where a sentence may end.
    var isSentenceTerminal: Bool {
        switch self {
        case ".", "!", "?", "…", ":", ";": return true
        default: return false
        }
    }

    var isQuote: Bool {
        switch self {
        case "\"", "“", "”", "„", "«", "»", "'", "‘", "’": return true
        default: return false
        }
    }

    var isDash: Bool {
        switch self {
        case "-", "–", "—", "‒", "―", "‐", "‑": return true
        default: return false
        }
    }
}
