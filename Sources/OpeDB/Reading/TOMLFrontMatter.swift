/// Reads the TOML between `+++` fences: the subset Hugo and Zola front matter uses.
///
/// Supported: `key = "basic string"` (with `\"`, `\\`, `\n`, `\t`, `\uXXXX` escapes),
/// `'literal string'`, `"""multi-line"""`, arrays of those (across lines too), and bare values
/// (dates, numbers, booleans) kept as written. Comments (`#`) are skipped. Keys after a
/// `[table]` or `[[array of tables]]` header belong to that table and are skipped: the
/// article's own keys are top-level. A line that is none of these is skipped, never fatal.
/// No TOML package: this subset is all front matter needs, and a full parser would be a second
/// dependency for a rarer format.
enum TOMLFrontMatter {
    static func read(_ toml: String) -> [FrontMatterValue.Entry] { read(toml, depth: 0) }

    /// Arrays and inline tables nested deeper than this are skipped: front matter never nests so
    /// deep, and a hostile file (`a = [[[[…`) must not exhaust the stack.
    static let maximumDepth = 16

    private static func read(_ toml: String, depth: Int) -> [FrontMatterValue.Entry] {
        var scanner = Scanner(rest: Substring(toml), depth: depth)
        var entries: [FrontMatterValue.Entry] = []
        var inTable = false
        while !scanner.rest.isEmpty {
            scanner.skipBlank(newlines: true)
            guard let c = scanner.rest.first else { break }
            if c == "#" { scanner.skipLine(); continue }
            if c == "[" { inTable = true; scanner.skipLine(); continue }
            guard let key = scanner.key() else { scanner.skipLine(); continue }
            scanner.skipBlank(newlines: false)
            guard scanner.rest.first == "=" else { scanner.skipLine(); continue }
            scanner.rest = scanner.rest.dropFirst()
            scanner.skipBlank(newlines: false)
            let value = scanner.value()
            scanner.skipLine()
            if !inTable, let value { entries.append(.init(key: key, value: value)) }
        }
        return entries
    }

    private struct Scanner {
        var rest: Substring
        /// How many arrays and inline tables enclose the value being read.
        var depth: Int

        mutating func skipBlank(newlines: Bool) {
            while let c = rest.first, c == " " || c == "\t" || (newlines && (c == "\n" || c == "\r" || c == "\r\n")) {
                rest = rest.dropFirst()
            }
        }

        mutating func skipLine() {
            if let end = rest.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
                rest = rest[rest.index(after: end)...]
            } else {
                rest = rest[rest.endIndex...]
            }
        }

        /// A bare key (`title`, `date-published`), a quoted key, or a dotted key kept whole.
        mutating func key() -> String? {
            if let first = rest.first, first == "\"" || first == "'" { return string() }
            let key = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
            guard !key.isEmpty else { return nil }
            rest = rest[key.endIndex...]
            return String(key)
        }

        mutating func value() -> FrontMatterValue? {
            guard let c = rest.first else { return nil }
            switch c {
            case "\"", "'":
                return string().map(FrontMatterValue.text)
            case "[" where depth >= TOMLFrontMatter.maximumDepth, "{" where depth >= TOMLFrontMatter.maximumDepth:
                skipLine()
                return nil
            case "[":
                rest = rest.dropFirst()
                depth += 1
                defer { depth -= 1 }
                var items: [FrontMatterValue] = []
                while true {
                    skipBlank(newlines: true)
                    guard let next = rest.first else { return .list(items) }
                    if next == "]" { rest = rest.dropFirst(); return .list(items) }
                    if next == "," { rest = rest.dropFirst(); continue }
                    if next == "#" { skipLine(); continue }
                    guard let item = value() else { return .list(items) }
                    items.append(item)
                }
            case "{":
                // An inline table (`author = { name = "…" }`): its `name` is what front matter needs.
                let inner = rest.dropFirst().prefix { $0 != "}" && $0 != "\n" }
                rest = rest[inner.endIndex...].dropFirst()
                return .table(TOMLFrontMatter.read(inner.split(separator: ",").joined(separator: "\n"), depth: depth + 1))
            default:
                // A bare value ends at a comment, a comma or a bracket (inside an array) or the line.
                let bare = rest.prefix { !"#,]\n\r".contains($0) && $0 != "\r\n" }
                rest = rest[bare.endIndex...]
                let text = bare.trimmed
                return text.isEmpty ? nil : .text(text)
            }
        }

        /// A basic, literal or multi-line string, the opening quote at `rest.first`.
        mutating func string() -> String? {
            guard let quote = rest.first else { return nil }
            let triple = String(repeating: quote, count: 3)
            if rest.hasPrefix(triple) {
                rest = rest.dropFirst(3)
                // A newline right after the opening quotes is not part of the string.
                if rest.first == "\n" || rest.first == "\r\n" { rest = rest.dropFirst() }
                guard let close = rest.fastRange(of: triple) else { return nil }
                let raw = rest[..<close.lowerBound]
                rest = rest[close.upperBound...]
                return quote == "\"" ? unescape(raw) : String(raw)
            }
            rest = rest.dropFirst()
            var out = ""
            while let c = rest.first {
                rest = rest.dropFirst()
                if c == quote { return out }
                if c == "\n" || c == "\r\n" { return nil }
                if c == "\\", quote == "\"", let e = rest.first {
                    rest = rest.dropFirst()
                    switch e {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "u", "U":
                        let hex = rest.prefix(e == "u" ? 4 : 8)
                        if let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) {
                            out.unicodeScalars.append(s)
                            rest = rest[hex.endIndex...]
                        }
                    default: out.append(e)
                    }
                } else {
                    out.append(c)
                }
            }
            return nil
        }

        private func unescape(_ raw: Substring) -> String {
            var inner = Scanner(rest: Substring("\"" + raw.replacingNewlines() + "\""), depth: depth)
            return inner.string() ?? String(raw)
        }
    }
}

private extension Substring {
    /// Newlines as `\n` escapes, so a multi-line basic string unescapes like a one-line one.
    func replacingNewlines() -> String {
        var out = ""
        for c in self { out += (c == "\n" || c == "\r\n") ? "\\n" : String(c) }
        return out
    }
}
