/// Whole-paragraph emphasis: is a paragraph italic, bold, a quotation?
enum Emphasis {
    /// The inside of an italic paragraph (`*…*` or `_…_`, also `***…***`), trimmed inside too:
    /// the seed's bio ends `Amsterdam. *`, which strict Markdown would not call italic.
    /// A paragraph that only starts with an emphasised phrase (`*Anna Berg* is … of *Tides*`)
    /// is given whole, so that its markers pair up as written.
    static func italicInner(_ paragraph: String) -> String? {
        guard startsWithEmphasisMarker(paragraph) else { return nil }
        let t = paragraph.trimmed
        let spansWhole = Inline.leadingEmphasis(t) != .part
        if t.count > 6, t.hasPrefix("***"), t.hasSuffix("***") {
            return spansWhole ? String(t.dropFirst(3).dropLast(3)).trimmed : t
        }
        for marker: Character in ["*", "_"] {
            let doubled = String([marker, marker])
            guard t.count > 2, t.first == marker, t.last == marker, !t.hasPrefix(doubled) else { continue }
            return spansWhole ? String(t.dropFirst().dropLast()).trimmed : t
        }
        return nil
    }

    /// The inside of a bold paragraph (`**…**` or `__…__`) with no other bold run inside.
    static func boldInner(_ paragraph: String) -> String? {
        guard startsWithEmphasisMarker(paragraph) else { return nil }
        let t = paragraph.trimmed
        for marker in ["**", "__"] {
            guard t.count > 4, t.hasPrefix(marker), t.hasSuffix(marker), !t.hasPrefix(marker + String(marker.first!))
            else { continue }
            let inner = t.dropFirst(2).dropLast(2)
            guard !inner.contains(marker) else { continue }
            return inner.trimmed
        }
        return nil
    }

    /// A cheap first test: emphasis needs `*` or `_` as the first non-space byte.
    private static func startsWithEmphasisMarker(_ paragraph: String) -> Bool {
        guard let first = paragraph.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        return first == UInt8(ascii: "*") || first == UInt8(ascii: "_")
    }

    /// The quotation without its marks, when `text` is entirely one quotation.
    ///
    /// Marks of another family may be nested (`"He called it “folly”"`); a mark of the outer
    /// family inside means two quotations with words between (`"Half," he said, "and half."`).
    static func fullQuotation(_ text: String) -> String? {
        var t = Substring(text.trimmed)
        t = t.droppingLast { $0 == "." || $0 == "," || $0.isWhitespace }
        guard t.count >= 3, let first = t.first, let last = t.last,
              let family = quoteFamilies.first(where: { $0.opening.contains(first) }), family.closing.contains(last)
        else { return nil }
        let inner = t.dropFirst().dropLast()
        guard !inner.contains(where: { family.opening.contains($0) || family.closing.contains($0) }) else { return nil }
        let result = inner.trimmed
        return result.isEmpty ? nil : result
    }

    /// Quotation marks by family: straight, curly (English and German openings), guillemets.
    private static let quoteFamilies: [(opening: Set<Character>, closing: Set<Character>)] = [
        (["\""], ["\""]),
        (["“", "„"], ["”", "“"]),
        (["«"], ["»"]),
    ]

    /// A horizontal rule: `---`, `***`, `* * *`, `___`.
    static func isRule(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= 200, let first = paragraph.utf8.first(where: { $0 != 0x20 }),
              first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else { return false }
        // Bytes: at least three of `first` and nothing else but whitespace.
        let bytes = Array(paragraph.utf8)
        var count = 0
        var i = 0
        while i < bytes.count {
            if let n = UTF8Whitespace.length(bytes, at: i) { i += n; continue }
            guard bytes[i] == first else { return false }
            count += 1
            i += 1
        }
        return count >= 3
    }

    /// An image alone on its line (`![alt](url)`), or an HTML comment.
    static func isImageOnly(_ paragraph: String) -> Bool {
        let t = paragraph.trimmed
        if t.hasPrefix("<!--") && t.hasSuffix("-->") { return true }
        return t.hasPrefix("![") && Inline.plainText(t).isEmpty
    }

    /// The heading text when `paragraph` is an ATX heading (`## Text`), with its level.
    static func heading(_ paragraph: String) -> (level: Int, text: String)? {
        headingMarkup(paragraph).map { ($0.level, Inline.plainText($0.markup)) }
    }

    /// The heading's inline markup (closing `#`s removed) when `paragraph` is an ATX heading.
    static func headingMarkup(_ paragraph: String) -> (level: Int, markup: String)? {
        let t = paragraph.trimmed
        let hashes = t.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = t.dropFirst(hashes)
        guard rest.first == " " || rest.isEmpty else { return nil }
        var text = rest.trimmed
        while text.hasSuffix("#") { text.removeLast() }
        return (hashes, PageTitle.withoutLeadingSeparator(text))
    }
}
