extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without leading and trailing whitespace (including newlines and NBSP).
    public var trimmed: String {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, let n = UTF8Whitespace.length(bytes, at: start) {
            start = bytes.index(start, offsetBy: n)
        }
        while start < end, let n = UTF8Whitespace.lengthEnding(bytes, before: end) {
            end = bytes.index(end, offsetBy: -n)
        }
        if start == bytes.startIndex && end == bytes.endIndex, let string = self as? String { return string }
        return String(self[start..<end])
    }
}

extension StringProtocol {
    /// Whether the text has nothing but whitespace.
    var isBlank: Bool {
        let bytes = utf8
        var i = bytes.startIndex
        while i < bytes.endIndex {
            guard let n = UTF8Whitespace.length(bytes, at: i) else { return false }
            i = bytes.index(i, offsetBy: n)
        }
        return true
    }

    /// Runs of whitespace collapsed to one space, ends trimmed. Works on UTF-8 bytes:
    /// `Character.isWhitespace` is the parser's hottest path otherwise.
    var collapsingWhitespace: String {
        let bytes = utf8
        if !needsCollapsing(bytes), let string = self as? String { return string }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if let n = UTF8Whitespace.length(bytes, at: i) {
                pendingSpace = !out.isEmpty
                i = bytes.index(i, offsetBy: n)
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(bytes[i])
                i = bytes.index(after: i)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether any whitespace is not already a single space between words (a cheap first pass).
    private func needsCollapsing(_ bytes: UTF8View) -> Bool {
        let answer = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
            var previousSpace = true  // a leading space needs work
            for b in buffer {
                switch b {
                case 0x20:
                    if previousSpace { return true }
                    previousSpace = true
                case 0x09...0x0D, 0xC2, 0xE1, 0xE2, 0xE3:
                    return true
                default:
                    previousSpace = false
                }
            }
            return previousSpace && !buffer.isEmpty
        }
        return answer ?? true
    }

    /// Case-insensitive (ASCII) prefix test; `prefix` is ASCII.
    func hasPrefixIgnoringCase(_ prefix: String) -> Bool {
        var i = utf8.startIndex
        for p in prefix.utf8 {
            guard i < utf8.endIndex else { return false }
            let b = utf8[i]
            let lower = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
            let want = (p >= 0x41 && p <= 0x5A) ? p | 0x20 : p
            guard lower == want else { return false }
            i = utf8.index(after: i)
        }
        return true
    }

    /// The text after `prefix` when it starts with it, ignoring case.
    func dropPrefixIgnoringCase(_ prefix: String) -> Substring? {
        guard hasPrefixIgnoringCase(prefix) else { return nil }
        return self[utf8.index(startIndex, offsetBy: prefix.utf8.count)...].toSubstring
    }

    var toSubstring: Substring { Substring(self) }

    /// Whether the text contains the ASCII character `c`, checked on UTF-8 bytes (an ASCII byte
    /// never occurs inside a multi-byte scalar). `String.contains(Character)` walks graphemes,
    /// which cost the parser more than anything else it did per paragraph.
    func containsASCII(_ c: Unicode.Scalar) -> Bool {
        let byte = UInt8(c.value)
        return utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }
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
}

/// Whitespace recognised directly in UTF-8: ASCII space and controls, NEL, NBSP and the
/// Unicode space separators — the same set as `Character.isWhitespace`, without its table lookups.
enum UTF8Whitespace {
    /// The byte length of the whitespace scalar starting at `i`, or nil.
    @inline(__always)
    static func length<C: Collection>(_ bytes: C, at i: C.Index) -> Int? where C.Element == UInt8 {
        let b = bytes[i]
        if b < 0x80 { return b == 0x20 || (b >= 0x09 && b <= 0x0D) ? 1 : nil }
        guard b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3 else { return nil }
        let j = bytes.index(after: i)
        guard j < bytes.endIndex else { return nil }
        let b1 = bytes[j]
        if b == 0xC2 { return b1 == 0xA0 || b1 == 0x85 ? 2 : nil }
        let k = bytes.index(after: j)
        guard k < bytes.endIndex else { return nil }
        let b2 = bytes[k]
        switch (b, b1) {
        case (0xE1, 0x9A): return b2 == 0x80 ? 3 : nil                      // U+1680
        case (0xE2, 0x80): return (0x80...0x8A).contains(b2) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF ? 3 : nil
        case (0xE2, 0x81): return b2 == 0x9F ? 3 : nil                      // U+205F
        case (0xE3, 0x80): return b2 == 0x80 ? 3 : nil                      // U+3000
        default: return nil
        }
    }

    /// The byte length of a whitespace scalar ending just before `end`, or nil.
    static func lengthEnding<C: BidirectionalCollection>(_ bytes: C, before end: C.Index) -> Int? where C.Element == UInt8 {
        var start = bytes.index(before: end)
        var steps = 1
        while steps < 3, start > bytes.startIndex, bytes[start] & 0xC0 == 0x80 {
            start = bytes.index(before: start)
            steps += 1
        }
        guard let n = length(bytes, at: start), n == steps else { return nil }
        return n
    }
}

extension Substring {
    /// The text without the characters at its end that `predicate` accepts, found in one walk
    /// back from the end: a loop of `dropLast()` counted the whole text at every step, and took
    /// minutes over a line of 80,000 digits or dots.
    func droppingLast(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard predicate(self[before]) else { break }
            end = before
        }
        return self[..<end]
    }
}

extension StringProtocol {
    /// The text without the given characters at either end.
    func trimming(_ set: String) -> String {
        var slice = Substring(self)
        while let c = slice.first, set.contains(c) { slice = slice.dropFirst() }
        slice = slice.droppingLast { set.contains($0) }
        return String(slice)
    }

    /// The text split at every occurrence of `separator` (no Foundation).
    func components(separatedByString separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let r = rest.fastRange(of: separator) {
            parts.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
