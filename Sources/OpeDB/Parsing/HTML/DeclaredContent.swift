/// What a page that shows too little text declares it holds, read from its JSON-LD only then
/// (never for a page whose own text is long enough, so a normal page pays nothing):
///
/// - a schema.org `HowTo` (a craft or cooking guide drawn by scripts): its `description` and
///   the `text` of its steps (`step`, `HowToSection` `itemListElement`) are its text;
/// - a `VideoObject` without an article: a video page, refused with that reason.
enum DeclaredContent {
    /// The deepest nesting of sections and steps followed.
    static let maximumDepth = 6

    /// The text of the first `HowTo` among the page's JSON-LD scripts: its description, then
    /// each step, one paragraph per line (markup removed); nil when there is none.
    static func howTo(_ scripts: [[UInt8]]) -> String? {
        for script in scripts where contains(script, "HowTo") {
            guard let value = JSONValue.parseLenient(script) else { continue }
            guard let object = first(in: value, type: "howto", depth: 0) else { continue }
            var lines: [String] = []
            if let description = object["description"]?.text { lines += paragraphs(description) }
            collectSteps(object["step"], into: &lines, depth: 0)
            if !lines.isEmpty { return lines.joined(separator: "\n") }
        }
        return nil
    }

    /// Whether the page declares a `VideoObject`: with no article text, a video page.
    static func declaresVideo(_ scripts: [[UInt8]]) -> Bool {
        scripts.contains { contains($0, "VideoObject") }
    }

    // MARK: Reading

    private static func first(in value: JSONValue, type: String, depth: Int) -> [String: JSONValue]? {
        guard depth < maximumDepth else { return nil }
        switch value {
        case .array(let items):
            for item in items {
                if let found = first(in: item, type: type, depth: depth + 1) { return found }
            }
        case .object(let object):
            let types = (object["@type"]?.list ?? []).compactMap { $0.string?.lowercased() }
            if types.contains(where: { $0 == type || $0.hasSuffix("/" + type) }) { return object }
            if let graph = object["@graph"] { return first(in: graph, type: type, depth: depth + 1) }
        default:
            break
        }
        return nil
    }

    /// A step's `text` (or its `name` when it has none); a section's steps in order.
    private static func collectSteps(_ value: JSONValue?, into lines: inout [String], depth: Int) {
        guard let value, depth < maximumDepth else { return }
        for item in value.list {
            switch item {
            case .string(let text):
                lines += paragraphs(text)
            case .object(let step):
                if let inner = step["itemListElement"] {
                    if let name = step["name"]?.text { lines += paragraphs(name) }
                    collectSteps(inner, into: &lines, depth: depth + 1)
                } else if let text = step["text"]?.text ?? step["name"]?.text {
                    lines += paragraphs(text)
                }
            default:
                break
            }
        }
    }

    /// A text that may hold HTML paragraphs (`<p>…</p><p>…</p>`): one line per paragraph.
    private static func paragraphs(_ text: String) -> [String] {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else {
                rest = rest[open...]
                break
            }
            let tag = rest[rest.index(after: open)..<close].lowercased()
            if tag.hasPrefix("/p") || tag.hasPrefix("br") || tag.hasPrefix("/li") || tag.hasPrefix("/h") { out += "\n" }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out.split(whereSeparator: \.isNewline).map { $0.trimmed }.filter { !$0.isEmpty }
    }

    private static func contains(_ bytes: [UInt8], _ literal: String) -> Bool {
        let needle = Array(literal.utf8)
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var i = 0
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
