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
        // Fast path: no markup byte at all (they are all ASCII).
        let hasMarkup = source.utf8.withContiguousStorageIfAvailable { $0.contains(where: isMarkupByte) } ?? true
        if !hasMarkup { return source.collapsingWhitespace }
        let scalars = Array(source.unicodeScalars)
        var output: [Unicode.Scalar] = []
        render(scalars, links: nil, into: &output)
        return String(String.UnicodeScalarView(output)).collapsingWhitespace
    }

    /// The links in `source`, in order, with their visible text.
    static func links<S: StringProtocol>(in source: S) -> [Link] {
        guard source.containsASCII("[") else { return [] }
        let scalars = Array(source.unicodeScalars)
        var output: [Unicode.Scalar] = []
        var links: [Link] = []
        render(scalars, links: &links, into: &output)
        return links
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

    private static func render(_ s: [Unicode.Scalar], links: UnsafeMutablePointer<[Link]>?,
                               into out: inout [Unicode.Scalar]) {
        let (bracketMatch, parenMatch) = matchBrackets(s)
        // Where a link's text ends: jump over its `](target)` and record the link.
        var linkEnds: [Int: (resume: Int, outStart: Int, target: Range<Int>)] = [:]
        var i = 0
        while i < s.count {
            let c = s[i]
            if let end = linkEnds[i] {
                if let links {
                    let text = String(String.UnicodeScalarView(out[end.outStart...])).collapsingWhitespace
                    let target = String(String.UnicodeScalarView(s[end.target])).trimmed
                    links.pointee.append(Link(text: text, target: target))
                }
                i = end.resume
                continue
            }
            switch c {
            case "\\":
                if i + 1 < s.count, isEscapable(s[i + 1]) {
                    out.append(s[i + 1])
                    i += 2
                } else {
                    out.append(c)
                    i += 1
                }
            case "!" where i + 1 < s.count && s[i + 1] == "[":
                // Image: dropped with its alt text.
                if let close = bracketMatch[i + 1], close + 1 < s.count, s[close + 1] == "(",
                   let paren = parenMatch[close + 1] {
                    i = paren + 1
                } else {
                    out.append(c)
                    i += 1
                }
            case "[":
                if let close = bracketMatch[i], close + 1 < s.count, s[close + 1] == "(",
                   let paren = parenMatch[close + 1] {
                    linkEnds[close] = (paren + 1, out.count, (close + 2)..<paren)
                    i += 1
                } else {
                    out.append(c)
                    i += 1
                }
            case "*":
                var j = i
                while j < s.count, s[j] == "*" { j += 1 }
                let before = i > 0 ? s[i - 1] : " "
                let after = j < s.count ? s[j] : " "
                if before.properties.isWhitespace && after.properties.isWhitespace {
                    for _ in i..<j { out.append("*") }  // a lone `*` between spaces is text
                }
                i = j
            case "_":
                var j = i
                while j < s.count, s[j] == "_" { j += 1 }
                let before = i > 0 ? s[i - 1] : " "
                let after = j < s.count ? s[j] : " "
                let inWord = isWordScalar(before) && isWordScalar(after)
                if inWord || (before.properties.isWhitespace && after.properties.isWhitespace) {
                    for _ in i..<j { out.append("_") }
                }
                i = j
            case "`":
                i += 1
            case "<":
                // Autolink `<https://…>`: keep the address, drop the brackets.
                if let close = autolinkEnd(s, from: i) {
                    out.append(contentsOf: s[(i + 1)..<close])
                    i = close + 1
                } else {
                    out.append(c)
                    i += 1
                }
            case "&":
                if let (scalar, next) = entity(s, at: i) {
                    out.append(scalar)
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

    /// Matching `[`→`]` and `(`→`)` positions, found with stacks in one pass.
    private static func matchBrackets(_ s: [Unicode.Scalar]) -> ([Int: Int], [Int: Int]) {
        var brackets: [Int: Int] = [:]
        var parens: [Int: Int] = [:]
        var bracketStack: [Int] = []
        var parenStack: [Int] = []
        var i = 0
        while i < s.count {
            switch s[i] {
            case "\\": i += 1
            case "[": bracketStack.append(i)
            case "]": if let open = bracketStack.popLast() { brackets[open] = i }
            case "(": parenStack.append(i)
            case ")": if let open = parenStack.popLast() { parens[open] = i }
            default: break
            }
            i += 1
        }
        return (brackets, parens)
    }

    private static func autolinkEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var j = start + 1
        let limit = min(s.count, start + 2048)
        while j < limit {
            let c = s[j]
            if c == ">" {
                let inner = String(String.UnicodeScalarView(s[(start + 1)..<j]))
                return inner.hasPrefixIgnoringCase("http://") || inner.hasPrefixIgnoringCase("https://")
                    || inner.hasPrefixIgnoringCase("mailto:") ? j : nil
            }
            if c.properties.isWhitespace || c == "<" { return nil }
            j += 1
        }
        return nil
    }

    private static func entity(_ s: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        var j = start + 1
        var name = ""
        while j < s.count, j - start <= 10, s[j] != ";" {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        guard j < s.count, s[j] == ";", !name.isEmpty else { return nil }
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

    private static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "mdash": "—", "ndash": "–", "hellip": "…", "rsquo": "’", "lsquo": "‘",
        "rdquo": "”", "ldquo": "“", "laquo": "«", "raquo": "»",
    ]

    private static func isEscapable(_ c: Unicode.Scalar) -> Bool {
        "\\`*_{}[]()#+-.!<>|\"'~&".unicodeScalars.contains(c)
    }

    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || ("0"..."9").contains(c)
    }
}
