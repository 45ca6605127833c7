/// HTML tags left in Markdown by converters that keep what they cannot translate (pandoc's
/// `<div class=…>` wrappers, `<span id=…>`, comments): removed, with the text between them kept,
/// and `<script>` / `<style>` removed with their content.
///
/// Only known HTML element names are tags: `<https://…>` autolinks and text such as `a <b> c`
/// where `b` is not followed by an attribute or `>` stay. Multi-line tags are handled; a tag is
/// looked for at most 4 KB ahead, so hostile input stays linear.
enum RawHTML {
    /// Whether `text` looks like a converted page: several lines that are only block tags.
    static func hasBlockTags(_ text: String) -> Bool {
        var count = 0
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: true) {
            var i = line.startIndex
            while i < line.endIndex, line[i] == 0x20 { i = line.index(after: i) }
            guard i < line.endIndex, line[i] == UInt8(ascii: "<") else { continue }
            let rest = line[line.index(after: i)...].prefix(9)
            let name = String(decoding: rest.prefix { $0 == UInt8(ascii: "/") || isNameByte($0) }, as: UTF8.self)
                .lowercased().trimmingPrefix("/")
            if blockNames.contains(String(name)) { count += 1 }
            if count >= 5 { return true }
        }
        return false
    }

    /// `text` without its tags.
    static func strip(_ text: String) -> String {
        let s = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            guard s[i] == UInt8(ascii: "<"), let (end, name, closing) = tag(s, at: i) else {
                // `…>#</a>`: a `#` an element held, left at a line's start once its tag is gone,
                // is text (a permalink's mark), not a heading's marker.
                if s[i] == UInt8(ascii: "#"), i > 0, s[i - 1] == UInt8(ascii: ">"), out.last == nil || out.last == 0x0A {
                    out.append(UInt8(ascii: "\\"))
                }
                out.append(s[i])
                i += 1
                continue
            }
            if !closing, name == "script" || name == "style" || name == "noscript" || name == "template" {
                i = skipElement(s, from: end, name: name)
            } else if !closing, name == "span", let after = droppedSpan(s, open: i..<end, output: out) {
                i = after
            } else if !closing, name == "a", let (after, link) = markdownLink(s, open: i..<end) {
                out += link
                i = after
            } else {
                i = end
            }
            // A block tag separates; an inline tag joins.
            if blockNames.contains(name), out.last != 0x0A { out.append(0x0A) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The end (after `>`) of a tag at `i`, its lowercased name and whether it closes.
    private static func tag(_ s: [UInt8], at i: Int) -> (Int, String, Bool)? {
        var j = i + 1
        if j + 2 < s.count, s[j] == UInt8(ascii: "!"), s[j + 1] == UInt8(ascii: "-"), s[j + 2] == UInt8(ascii: "-") {
            let limit = min(s.count - 2, i + 4096)
            var k = j + 3
            while k < limit {
                if s[k] == UInt8(ascii: "-"), s[k + 1] == UInt8(ascii: "-"), s[k + 2] == UInt8(ascii: ">") { return (k + 3, "!--", false) }
                k += 1
            }
            return nil
        }
        let closing = j < s.count && s[j] == UInt8(ascii: "/")
        if closing { j += 1 }
        let nameStart = j
        while j < s.count, isNameByte(s[j]) { j += 1 }
        guard j > nameStart, j - nameStart <= 12 else { return nil }
        let name = String(decoding: s[nameStart..<j], as: UTF8.self).lowercased()
        guard knownNames.contains(name), j < s.count else { return nil }
        // After the name: `>`, `/>` or whitespace and attributes.
        guard s[j] == UInt8(ascii: ">") || s[j] == UInt8(ascii: "/") || s[j] == 0x20 || s[j] == 0x0A || s[j] == 0x09 || s[j] == 0x0D
        else { return nil }
        let limit = min(s.count, i + 4096)
        var quote: UInt8 = 0
        while j < limit {
            let c = s[j]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                quote = c
            } else if c == UInt8(ascii: ">") {
                return (j + 1, name, closing)
            }
            j += 1
        }
        return nil
    }

    /// Past the closing tag of a `<span>` whose text is not the page's: one a class hides, a
    /// subtitle set inside a heading, or a heading's kicker — a first span of a few words
    /// before the headline (`# <span class="roofline">Energy</span> Tidal mills return`), the
    /// rule the HTML reader applies to `<h1>` elements. Nil to keep the span's text.
    private static func droppedSpan(_ s: [UInt8], open: Range<Int>, output: [UInt8]) -> Int? {
        guard let classBytes = attribute("class", in: s[open]) else { return nil }
        let classes = String(decoding: classBytes, as: UTF8.self).lowercased()
        let tokens = classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        if tokens.contains(where: { Vocabulary.hiddenClasses.contains(String($0)) }) {
            return closingSpan(s, from: open.upperBound)?.upperBound
        }
        // The output's current line, looked at no further back than a heading runs: inside a
        // heading when it starts with `#`.
        let window = output[max(0, output.count - 1024)...]
        guard let newline = window.lastIndex(of: 0x0A) ?? (output.count <= 1024 ? -1 : nil) else { return nil }
        let line = output[(newline + 1)...]
        guard line.first == UInt8(ascii: "#"), let close = closingSpan(s, from: open.upperBound) else { return nil }
        let headingOpens = line.allSatisfy { $0 == UInt8(ascii: "#") || $0 == 0x20 }
        if !headingOpens {
            return Vocabulary.subtitleClassParts.contains(where: { classes.contains($0) }) ? close.upperBound : nil
        }
        // A kicker: a few words, then the headline (three words or more) on the same heading. A
        // span the page calls a subtitle, or one the heading's words run on from (`<span>Tidal</span>
        // mills return`), is part of the headline.
        if Vocabulary.subtitleClassParts.contains(where: { classes.contains($0) }) { return nil }
        let inner = words(strip(String(decoding: s[open.upperBound..<close.lowerBound], as: UTF8.self)))
        guard (1...6).contains(inner.count), close.upperBound < s.count else { return nil }
        let next = s[close.upperBound]
        let endsWithSpace = close.lowerBound > open.upperBound && (s[close.lowerBound - 1] == 0x20 || s[close.lowerBound - 1] == 0x0A)
        guard endsWithSpace || next == 0x20 || next == 0x0A || next == UInt8(ascii: "<") || next == UInt8(ascii: "\"")
                || next >= 0x80 && !isLetterStart(s, at: close.upperBound) else { return nil }
        var restEnd = close.upperBound
        let limit = min(s.count, close.upperBound + 2048)
        while restEnd < limit, !(s[restEnd] == 0x0A && restEnd + 1 < s.count && s[restEnd + 1] == 0x0A) { restEnd += 1 }
        let restRaw = String(decoding: s[close.upperBound..<restEnd], as: UTF8.self)
        // A headline followed by its subtitle: the first span is the headline, not a kicker.
        if Vocabulary.subtitleClassParts.contains(where: { restRaw.lowercased().contains($0) }) { return nil }
        let rest = words(strip(restRaw))
        guard rest.count >= 3, let first = rest.first?.first(where: { $0.isLetter || $0.isNumber }), !first.isLowercase
        else { return nil }
        return close.upperBound
    }

    /// Whether the scalar starting at `i` is a letter (a kicker runs into no word).
    private static func isLetterStart(_ s: [UInt8], at i: Int) -> Bool {
        var end = i + 1
        while end < s.count, end - i < 4, s[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: s[i..<end], as: UTF8.self).unicodeScalars.first?.properties.isAlphabetic ?? false
    }

    private static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" })
            .filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
    }

    /// The range of the `</span>` closing a span whose content starts at `start` (nested spans
    /// counted), looked for at most 4 KB ahead.
    private static func closingSpan(_ s: [UInt8], from start: Int) -> Range<Int>? {
        var depth = 0
        var k = start
        let limit = min(s.count, start + 4096)
        while k < limit {
            if s[k] == UInt8(ascii: "<"), let (end, name, closing) = tag(s, at: k) {
                if name == "span" {
                    if closing {
                        if depth == 0 { return k..<end }
                        depth -= 1
                    } else {
                        depth += 1
                    }
                }
                k = end
                continue
            }
            k += 1
        }
        return nil
    }

    /// `<a href="x">text</a>` as `[text](x)`, and the end of its closing tag: a link left raw
    /// by a converter stays a link, so a heading that only links to the site's home reads as
    /// the site's name and a menu of raw links as navigation. The text is the element's own,
    /// tags removed and whitespace (a converter's line wrapping) folded. Nil — the tags are then
    /// only removed — without an address, for block content, nested links or long text.
    private static func markdownLink(_ s: [UInt8], open: Range<Int>) -> (Int, [UInt8])? {
        guard let href = attribute("href", in: s[open]), !href.isEmpty, href.count <= 2048,
              !href.contains(where: { $0 <= 0x20 || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }),
              !href.starts(with: Array("javascript:".utf8)), !href.starts(with: Array("#".utf8))
        else { return nil }
        let limit = min(s.count, open.upperBound + 4096)
        var k = open.upperBound
        var closeEnd: Int?
        while k < limit {
            if s[k] == UInt8(ascii: "<"), let (end, name, closing) = tag(s, at: k) {
                if name == "a" {
                    if closing { closeEnd = end }
                    break
                }
                if blockNames.contains(name), name != "br" { return nil }
                k = end
                continue
            }
            k += 1
        }
        guard let after = closeEnd else { return nil }
        let inner = String(decoding: s[open.upperBound..<k], as: UTF8.self)
        let text = strip(inner).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
            .joined(separator: " ")
        guard !text.isEmpty, text.count <= 300, !text.contains("["), !text.contains("]") else { return nil }
        return (after, Array("[\(text)](".utf8) + href + [UInt8(ascii: ")")])
    }

    /// The value of attribute `name` in the tag `s[range]`, `&amp;` decoded.
    private static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> [UInt8]? {
        let key = Array(name.utf8)
        var i = tag.startIndex + 1
        while i + key.count < tag.endIndex {
            let before = tag[i - 1]
            let isStart = before == 0x20 || before == 0x0A || before == 0x09 || before == 0x0D
            if isStart, zip(key.indices, key).allSatisfy({ tag[i + $0] | 0x20 == $1 }) {
                var j = i + key.count
                while j < tag.endIndex, tag[j] == 0x20 || tag[j] == 0x0A { j += 1 }
                if j < tag.endIndex, tag[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < tag.endIndex, tag[j] == 0x20 || tag[j] == 0x0A { j += 1 }
                    guard j < tag.endIndex else { return nil }
                    let quote = tag[j]
                    var value: ArraySlice<UInt8>
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        guard let close = tag[(j + 1)...].firstIndex(of: quote) else { return nil }
                        value = tag[(j + 1)..<close]
                    } else {
                        let end = tag[j...].firstIndex { $0 <= 0x20 || $0 == UInt8(ascii: ">") } ?? tag.endIndex
                        value = tag[j..<end]
                    }
                    var decoded: [UInt8] = []
                    var v = value.startIndex
                    while v < value.endIndex {
                        decoded.append(value[v])
                        if value[v] == UInt8(ascii: "&"), value[v...].starts(with: Array("&amp;".utf8)) { v += 5 } else { v += 1 }
                    }
                    return decoded
                }
            }
            i += 1
        }
        return nil
    }

    /// Past the closing tag of `name` (or the end of the text).
    private static func skipElement(_ s: [UInt8], from start: Int, name: String) -> Int {
        let close = Array("</\(name)".utf8)
        var i = start
        while i + close.count <= s.count {
            if s[i] == UInt8(ascii: "<"), zip(close.indices, close).allSatisfy({ k, c in
                let b = s[i + k]
                return b == c || (b >= 0x41 && b <= 0x5A && b + 0x20 == c)
            }) {
                var j = i + close.count
                while j < s.count, s[j] != UInt8(ascii: ">") { j += 1 }
                return min(j + 1, s.count)
            }
            i += 1
        }
        return s.count
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-")
    }

    static let blockNames: Set<String> = ["div", "section", "article", "nav", "header", "footer", "aside", "main",
                                          "figure", "figcaption", "p", "ul", "ol", "li", "table", "tr", "td", "th",
                                          "tbody", "thead", "form", "blockquote", "center", "dl", "dt", "dd", "h1",
                                          "h2", "h3", "h4", "h5", "h6", "hr", "br", "iframe", "video", "audio",
                                          "picture", "svg", "script", "style", "noscript", "template", "!--"]
    static let knownNames: Set<String> = blockNames.union(["span", "a", "img", "i", "b", "em", "strong", "input",
                                                           "button", "label", "path", "time", "small", "sup", "sub",
                                                           "source", "font", "u", "s", "select", "option",
                                                           "textarea", "meta", "link", "abbr", "cite", "code", "pre",
                                                           "mark", "ins", "del", "g", "use", "wbr", "col", "colgroup"])
}
