/// Splits text into paragraphs — runs of non-blank lines — with line endings normalised.
///
/// Lines that carry header structure (a `#` heading, a byline, a date, `Original url:`, a related
/// line) stand alone even without blank lines around them, so a compact header still parses.
/// Other lines of one paragraph are joined with a space (Markdown's soft break); list items
/// keep their lines.
enum Paragraphs {
    static func split(_ text: String) -> [String] {
        split(lines: lines(of: text)).map(\.text)
    }

    /// Paragraphs of already-split lines, each with the 1-based number of the line it starts on
    /// (counted from `firstLine`).
    static func split<C: Collection>(lines: C, firstLine: Int = 1) -> [(text: String, line: Int)] where C.Element == Substring {
        var paragraphs: [(text: String, line: Int)] = []
        var current: [Substring] = []
        var currentStart = firstLine
        func flush() {
            guard !current.isEmpty else { return }
            for (k, piece) in join(current).enumerated() { paragraphs.append((piece, currentStart + k)) }
            current.removeAll(keepingCapacity: true)
        }
        var number = firstLine
        for line in lines {
            if line.isBlank {
                flush()
            } else {
                if current.isEmpty { currentStart = number }
                current.append(line)
            }
            number += 1
        }
        flush()
        return paragraphs
    }

    /// Lines split at `\n`, `\r\n`, `\r` and U+2028/2029, trailing whitespace dropped.
    /// Works on UTF-8 bytes: the Unicode-aware views cost several times more here.
    static func lines(of text: String) -> [Substring] {
        var text = text
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        var breaks: [(start: Int, end: Int)] = []  // byte ranges of the lines
        utf8.withContiguousStorageIfAvailable { b in
            var lineStart = 0
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                var breakLength = 0
                if c == 0x0A { breakLength = 1 }
                else if c == 0x0D { breakLength = (i + 1 < n && b[i + 1] == 0x0A) ? 2 : 1 }
                else if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { breakLength = 3 }
                if breakLength > 0 {
                    breaks.append((lineStart, trimEnd(b, lineStart, i)))
                    i += breakLength
                    lineStart = i
                } else {
                    i += 1
                }
            }
            if lineStart < n { breaks.append((lineStart, trimEnd(b, lineStart, n))) }
        }
        let base = utf8.startIndex
        return breaks.map { range in
            text[utf8.index(base, offsetBy: range.start)..<utf8.index(base, offsetBy: range.end)]
        }
    }

    /// The end of a line without its trailing whitespace (ASCII, NBSP and the Unicode spaces).
    private static func trimEnd(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start {
            let c = b[e - 1]
            if c == 0x20 || (c >= 0x09 && c <= 0x0D) { e -= 1; continue }
            if c >= 0x80, let n = UTF8Whitespace.lengthEnding(b[start..<e], before: e) { e -= n; continue }
            break
        }
        return e
    }

    private static func join(_ lines: [Substring]) -> [String] {
        if lines.count == 1 { return [String(lines[0])] }
        if lines.contains(where: standsAlone) {
            // Keep setext underlines with their heading.
            var result: [String] = []
            for line in lines {
                let trimmed = line.trimmed
                if !trimmed.isEmpty, trimmed.allSatisfy({ $0 == "=" }), let last = result.popLast() {
                    result.append("# " + last)
                } else if trimmed.utf8.count >= 3, trimmed.allSatisfy({ $0 == "-" }), let last = result.popLast() {
                    result.append("## " + last)
                } else if let last = result.last, !standsAlone(line), !standsAlone(Substring(last)) {
                    result[result.count - 1] = last + " " + trimmed
                } else {
                    result.append(trimmed)
                }
            }
            return result
        }
        // A setext heading: a line of `=` (level 1) or of three or more `-` (level 2) under its
        // text, which may wrap (`Kicker` / `Headline` / `===`, as markdownify writes a heading
        // holding a line break).
        // Wrapped text has no list items: an underline after a list is its last item's
        // (`* Links` / `  -----`), and so is one under a single item (markdownify's underlined
        // `* [Title](…)`, which ``WholePage`` reads as a heading).
        if let underline = lines.last?.trimmed, !underline.isEmpty, lines.count == 2 || !lines.dropLast().contains(where: isListItem) {
            var text = lines.dropLast().map { $0.trimmed }.joined(separator: " ")
            var kicker: [String] = []
            if lines.count == 3, underline.allSatisfy({ $0 == "=" }), HeadingKicker.isKicker(lines[0].trimmed, over: lines[1].trimmed) {
                text = lines[1].trimmed
                if HeadingKicker.namesKind(lines[0].trimmed) { kicker = [lines[0].trimmed] }
            }
            if underline.allSatisfy({ $0 == "=" }) { return kicker + ["# " + text] }
            if underline.utf8.count >= 3, underline.allSatisfy({ $0 == "-" }) { return ["## " + text] }
        }
        let isList = lines.dropFirst().allSatisfy(isListItem)
        let isQuote = lines.allSatisfy { $0.hasPrefix(">") }
        if isQuote {
            return ["> " + lines.map { $0.dropFirst().trimmed }.joined(separator: " ")]
        }
        if !isList, isListItem(lines[0]) {
            // A list whose items wrap (pandoc, html2text): continuation lines join their item.
            var items: [String] = []
            for line in lines {
                if isListItem(line) || items.isEmpty { items.append(line.trimmed) } else { items[items.count - 1] += " " + line.trimmed }
            }
            return [items.joined(separator: "\n")]
        }
        return [lines.map { $0.trimmed }.joined(separator: isList ? "\n" : " ")]
    }

    static func isListItem(_ line: Substring) -> Bool {
        let t = line.drop(while: { $0 == " " })
        if t.hasPrefix("- ") || t.hasPrefix("* ") || t.hasPrefix("+ ") || t.hasPrefix("• ") { return true }
        let digits = t.prefix(while: \.isNumber)
        return !digits.isEmpty && digits.count <= 3 && (t.dropFirst(digits.count).hasPrefix(". ") || t.dropFirst(digits.count).hasPrefix(") "))
    }

    private static func standsAlone(_ line: Substring) -> Bool {
        let t = line.trimmed
        if t.hasPrefix("#") { return true }
        if t.hasPrefixIgnoringCase("original url") || t.hasPrefix("<http") { return true }
        if RelatedLine.titles(in: t) != nil { return true }
        if t.utf8.count <= 480, t.count <= 120, DateParser.parseLine(t) != nil { return true }
        if t.utf8.count <= 800, t.count <= 200, BylineParser.parse(t) != nil { return true }
        return false
    }
}
