/// Splits text into paragraphs — runs of non-blank lines — with line endings normalised.
///
/// Lines that carry header structure (a `#` heading, a byline, a date, `Original url:`, a related
/// line) stand alone even without blank lines around them, so a compact header still parses.
/// Other lines of one paragraph are joined with a space (Markdown's soft break); list items
/// keep their lines.
enum Paragraphs {
    static func split(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        func flush() {
            guard !current.isEmpty else { return }
            paragraphs.append(contentsOf: join(current))
            current.removeAll(keepingCapacity: true)
        }
        for line in lines(of: text) {
            if line.allSatisfy(\.isWhitespace) {
                flush()
            } else {
                current.append(line)
            }
        }
        flush()
        return paragraphs
    }

    /// Lines split at `\n`, `\r\n` and `\r`, trailing whitespace dropped.
    static func lines(of text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            if c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" {
                result.append(text[start..<i])
                var next = scalars.index(after: i)
                if c == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                i = next
            } else {
                i = scalars.index(after: i)
            }
        }
        if start < text.endIndex { result.append(text[start...]) }
        return result.map { line in
            var end = line.endIndex
            while end > line.startIndex, line[line.index(before: end)].isWhitespace { end = line.index(before: end) }
            return line[..<end]
        }
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
                } else if let last = result.last, !standsAlone(line), !standsAlone(Substring(last)) {
                    result[result.count - 1] = last + " " + trimmed
                } else {
                    result.append(trimmed)
                }
            }
            return result
        }
        if lines.count == 2, lines[1].trimmed.allSatisfy({ $0 == "=" }) {
            return ["# " + lines[0].trimmed]
        }
        let isList = lines.dropFirst().allSatisfy(isListItem)
        let isQuote = lines.allSatisfy { $0.hasPrefix(">") }
        if isQuote {
            return ["> " + lines.map { $0.dropFirst().trimmed }.joined(separator: " ")]
        }
        return [lines.map { $0.trimmed }.joined(separator: isList ? "\n" : " ")]
    }

    private static func isListItem(_ line: Substring) -> Bool {
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
        if t.count <= 120, DateParser.parseLine(t) != nil { return true }
        if t.count <= 200, BylineParser.parse(t) != nil { return true }
        return false
    }
}

/// `**Related article:** [Title](#)` and its variants (`Read more:`, `See also:` …).
enum RelatedLine {
    /// The titles, when `paragraph` is a related line.
    static func titles(in paragraph: String) -> [String]? {
        var text = Substring(paragraph.trimmed)
        text = text.drop(while: { $0 == "*" || $0 == "_" || $0 == ">" || $0 == " " })
        var matched = false
        for label in ["related articles", "related article", "related stories", "related story", "related",
                      "read more", "read also", "also read", "see also", "more on this", "more"] {
            if let rest = text.dropPrefixIgnoringCase(label) {
                let afterMarks = rest.drop(while: { $0 == "*" || $0 == "_" || $0 == " " })
                guard afterMarks.first == ":" || rest.first == ":" else { continue }
                text = afterMarks.first == ":" ? afterMarks.dropFirst() : rest.dropFirst()
                text = text.drop(while: { $0 == "*" || $0 == "_" || $0 == " " })
                matched = true
                break
            }
        }
        guard matched else { return nil }
        let links = Inline.links(in: text)
        if !links.isEmpty { return links.map(\.text).filter { !$0.isEmpty } }
        let plain = Inline.plainText(text)
        return plain.isEmpty ? [] : [plain]
    }
}
