/// Markdown inline markup, reduced to what a reader sees.
///
/// Links become their text, images vanish, emphasis markers and code ticks go, backslash
/// escapes and common HTML entities are resolved. Brackets are matched in one pass with a
/// stack, so hostile input (50,000 `[`) costs linear time.
enum Inline {
    struct Link: Equatable {
        var text: String
        var target: String
    }

    /// The visible text of `source`, whitespace collapsed.
    static func plainText<S: StringProtocol>(_ source: S) -> String {
        plainText(source, separatingLinks: false)
    }

    /// The visible text with each link's text a word of its own: converters glue a byline's
    /// links to what follows (`[Jane Doe](…)[@jdoe](…)`, `[Jane Doe](…)Staff Writer`), which
    /// ``plainText(_:)`` would read as `Jane Doe@jdoe` and `Jane DoeStaff Writer`.
    static func plainTextSeparatingLinks<S: StringProtocol>(_ source: S) -> String {
        plainText(source, separatingLinks: true)
    }

    private static func plainText<S: StringProtocol>(_ source: S, separatingLinks: Bool) -> String {
        // Fast path: no markup byte at all (they are all ASCII).
        let hasMarkup = source.utf8.withContiguousStorageIfAvailable { $0.contains(where: isMarkupByte) } ?? true
        if !hasMarkup { return source.collapsingWhitespace }
        var output: [UInt8] = []
        withBytes(source) { render($0, links: nil, separatingLinks: separatingLinks, into: &output) }
        return String(decoding: output, as: UTF8.self).collapsingWhitespace
    }

    /// The links in `source`, in order, with their visible text.
    static func links<S: StringProtocol>(in source: S) -> [Link] {
        guard source.containsASCII("[") else { return [] }
        var output: [UInt8] = []
        var links: [Link] = []
        withBytes(source) { render($0, links: &links, into: &output) }
        return links
    }

    private static func withBytes<S: StringProtocol>(_ source: S, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if source.utf8.withContiguousStorageIfAvailable(body) == nil {
            Array(source.utf8).withUnsafeBufferPointer(body)
        }
    }

    /// A byte that, right after a link, would run on from its text: a letter or digit (any
    /// non-ASCII byte is part of one), `_`, another link's `[`, a handle's `@`.
    private static func gluesToLink(_ b: UInt8) -> Bool {
        b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
            || b == UInt8(ascii: "_") || b == UInt8(ascii: "[") || b == UInt8(ascii: "@")
    }

    @inline(__always)
    private static func isMarkupByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"),
             UInt8(ascii: "\\"), UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: "!"):
            return true
        default:
            return false
        }
    }

    /// Renders UTF-8 bytes: every markup character is ASCII, so the scan is on bytes and only the
    /// neighbours of `*` and `_` are decoded as scalars.
    /// With `separatingLinks`, a space follows a link's text where the source goes on with a
    /// word, a link or a handle right after the link's `)`.
    private static func render(_ s: UnsafeBufferPointer<UInt8>, links: UnsafeMutablePointer<[Link]>?,
                               separatingLinks: Bool = false, into out: inout [UInt8]) {
        out.reserveCapacity(s.count)
        let (bracketMatch, parenMatch) = matchBrackets(s)
        let emphasis = matchEmphasis(s).keys
        // Where a link's text ends: jump over its `](target)` and record the link.
        var linkEnds: [Int: (resume: Int, outStart: Int, target: Range<Int>)] = [:]
        var i = 0
        while i < s.count {
            let c = s[i]
            if !linkEnds.isEmpty, let end = linkEnds[i] {
                if let links {
                    let text = String(decoding: out[end.outStart...], as: UTF8.self).collapsingWhitespace
                    let target = String(decoding: s[end.target], as: UTF8.self).trimmed
                    links.pointee.append(Link(text: text, target: target))
                }
                i = end.resume
                if separatingLinks, i < s.count, gluesToLink(s[i]) { out.append(0x20) }
                continue
            }
            switch c {
            case UInt8(ascii: "\\"):
                if i + 1 < s.count, isEscapable(s[i + 1]) {
                    out.append(s[i + 1])
                    i += 2
                } else {
                    out.append(c)
                    i += 1
                }
            case UInt8(ascii: "!") where i + 1 < s.count && s[i + 1] == UInt8(ascii: "["):
                // Image: dropped with its alt text.
                if let close = bracketMatch[i + 1], close + 1 < s.count, s[close + 1] == UInt8(ascii: "("),
                   let paren = parenMatch[close + 1] {
                    i = paren + 1
                } else {
                    out.append(c)
                    i += 1
                }
            case UInt8(ascii: "["):
                if let close = bracketMatch[i], close + 1 < s.count, s[close + 1] == UInt8(ascii: "("),
                   let paren = parenMatch[close + 1] {
                    linkEnds[close] = (paren + 1, out.count, (close + 2)..<paren)
                    i += 1
                } else {
                    out.append(c)
                    i += 1
                }
            case UInt8(ascii: "*"), UInt8(ascii: "_"):
                var j = i
                while j < s.count, s[j] == c { j += 1 }
                // Markers of emphasis go; a run without a partner is text (`Expert*innen`, `a * b`).
                if !emphasis.contains(i) { out.append(contentsOf: s[i..<j]) }
                i = j
            case UInt8(ascii: "`"):
                i += 1
            case UInt8(ascii: "<"):
                // Autolink `<https://…>`: keep the address, drop the brackets.
                if let close = autolinkEnd(s, from: i) {
                    out.append(contentsOf: s[(i + 1)..<close])
                    i = close + 1
                } else {
                    out.append(c)
                    i += 1
                }
            case UInt8(ascii: "&"):
                if let (scalar, next) = entity(s, at: i) {
                    out.append(contentsOf: String(scalar).utf8)
                    i = next
                } else {
                    out.append(c)
                    i += 1
                }
            default:
                out.append(c)
                i += 1
            }
        }
    }

    /// The scalar starting at byte `i`, or a space outside the text (the edges count as space).
    private static func scalar(at i: Int, in s: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        guard i < s.count else { return " " }
        let lead = s[i]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        var end = i + 1
        while end < s.count, end - i < 4, s[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: s[i..<end], as: UTF8.self).unicodeScalars.first ?? " "
    }

    /// The scalar ending just before byte `i`, or a space at the start.
    private static func scalar(before i: Int, in s: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        guard i > 0 else { return " " }
        var start = i - 1
        while start > 0, i - start < 4, s[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start, in: s)
    }

    /// The `*` and `_` runs that open or close emphasis — runs that have a partner — by start
    /// byte, each with its partner's start (an opener's first closer, a closer's last opener).
    ///
    /// As in CommonMark, a run opens when it is left-flanking (not followed by a space, and not
    /// followed by punctuation unless a space or punctuation precedes it) and closes when
    /// right-flanking; a single marker inside a word does neither (`snake_case`). A closer takes
    /// the nearest open runs of its marker — one stack per marker, one pass, so 50,000 markers
    /// cost linear time. A run left without a partner is text.
    private static func matchEmphasis(_ s: UnsafeBufferPointer<UInt8>) -> [Int: Int] {
        var matched: [Int: Int] = [:]
        var open: [UInt8: [(start: Int, count: Int)]] = [:]
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            guard c == UInt8(ascii: "*") || c == UInt8(ascii: "_") else {
                i += 1
                continue
            }
            var j = i
            while j < s.count, s[j] == c { j += 1 }
            let before = scalar(before: i, in: s)
            let after = scalar(at: j, in: s)
            let leftFlanking = !after.properties.isWhitespace
                && (!isPunctuation(after) || before.properties.isWhitespace || isPunctuation(before))
            let rightFlanking = !before.properties.isWhitespace
                && (!isPunctuation(before) || after.properties.isWhitespace || isPunctuation(after))
            // Inside a word a single marker is text: CommonMark lets `*` emphasise part of a word,
            // but converters write that only as `**strong**`, and German prose is full of gender
            // stars (`Lehrer*innen und Schüler*innen`) that must not vanish in pairs.
            let inWord = j - i == 1 && isWordScalar(before) && isWordScalar(after)
            let canOpen = !inWord && leftFlanking && (c == UInt8(ascii: "*") || !rightFlanking || isPunctuation(before))
            let canClose = !inWord && rightFlanking && (c == UInt8(ascii: "*") || !leftFlanking || isPunctuation(after))
            // A closer uses up as many markers of the open runs as it has (`*a **b***` closes both).
            var left = j - i
            if canClose {
                while left > 0, let (opener, count) = open[c]?.popLast() {
                    if matched[opener] == nil { matched[opener] = i }
                    matched[i] = opener
                    let used = min(left, count)
                    left -= used
                    if count > used { open[c]!.append((opener, count - used)) }
                }
            }
            if matched[i] == nil, canOpen { open[c, default: []].append((i, j - i)) }
            i = j
        }
        return matched
    }

    /// Where the emphasis run that opens `text` closes: at the very end (`*…*`, one span), inside
    /// (`*a* and *b*`), or nowhere.
    enum LeadingEmphasis { case whole, part, unpaired }

    static func leadingEmphasis(_ text: String) -> LeadingEmphasis {
        var text = text
        return text.withUTF8 { s in
            guard let first = s.first, first == UInt8(ascii: "*") || first == UInt8(ascii: "_"),
                  let partner = matchEmphasis(s)[0] else { return .unpaired }
            var last = s.count
            while last > 0, s[last - 1] == first { last -= 1 }
            return partner == last ? .whole : .part
        }
    }

    /// Punctuation as CommonMark's flanking rules mean it: ASCII punctuation and Unicode's.
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (0x21...0x2F).contains(v) || (0x3A...0x40).contains(v) || (0x5B...0x60).contains(v) || (0x7B...0x7E).contains(v)
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// Matching `[`→`]` and `(`→`)` positions, found with stacks in one pass.
    private static func matchBrackets(_ s: UnsafeBufferPointer<UInt8>) -> ([Int: Int], [Int: Int]) {
        var brackets: [Int: Int] = [:]
        var parens: [Int: Int] = [:]
        var bracketStack: [Int] = []
        var parenStack: [Int] = []
        var i = 0
        while i < s.count {
            switch s[i] {
            case UInt8(ascii: "\\"): i += 1
            case UInt8(ascii: "["): bracketStack.append(i)
            case UInt8(ascii: "]"): if let open = bracketStack.popLast() { brackets[open] = i }
            case UInt8(ascii: "("): parenStack.append(i)
            case UInt8(ascii: ")"): if let open = parenStack.popLast() { parens[open] = i }
            default: break
            }
            i += 1
        }
        return (brackets, parens)
    }

    private static func autolinkEnd(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var j = start + 1
        let limit = min(s.count, start + 2048)
        while j < limit {
            let c = s[j]
            if c == UInt8(ascii: ">") {
                let inner = String(decoding: s[(start + 1)..<j], as: UTF8.self)
                return inner.hasPrefixIgnoringCase("http://") || inner.hasPrefixIgnoringCase("https://")
                    || inner.hasPrefixIgnoringCase("mailto:") ? j : nil
            }
            if c == UInt8(ascii: "<") || UTF8Whitespace.length(s, at: j) != nil { return nil }
            j += 1
        }
        return nil
    }

    private static func entity(_ s: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        var j = start + 1
        while j < s.count, j - start <= 10, s[j] != UInt8(ascii: ";") { j += 1 }
        guard j < s.count, s[j] == UInt8(ascii: ";"), j > start + 1 else { return nil }
        let name = String(decoding: s[(start + 1)..<j], as: UTF8.self)
        let scalar: Unicode.Scalar?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        } else if name.hasPrefix("#") {
            scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
        } else {
            scalar = namedEntities[name]
        }
        guard let scalar, scalar != "\0" else { return nil }
        return (scalar, j + 1)
    }

    /// The named entities resolved here and in declared HTML metadata (``HTMLText``).
    static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "mdash": "—", "ndash": "–", "hellip": "…", "rsquo": "’", "lsquo": "‘",
        "rdquo": "”", "ldquo": "“", "laquo": "«", "raquo": "»",
    ]

    private static func isEscapable(_ c: UInt8) -> Bool {
        c < 0x80 && "\\`*_{}[]()#+-.!<>|\"'~&".utf8.contains(c)
    }

    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || ("0"..."9").contains(c)
    }
}
