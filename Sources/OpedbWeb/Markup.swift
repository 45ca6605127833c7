/// HTML built the safe way: text and attribute values are always escaped; only `StaticString`s
/// — markup written in this module's source, never archive text — go out as they are.
///
/// A page is built by nesting closures (`element("p") { $0.text(title) }`); the result is one
/// string, with no template language and no tree in between.
public struct Markup: Sendable {
    public private(set) var html = ""

    public init() {}

    /// Text content, escaped (`<`, `>`, `&`, and both quotes).
    public mutating func text(_ value: String) {
        Markup.escape(value, into: &html)
    }

    /// A fixed piece of markup from this module's source.
    public mutating func raw(_ markup: StaticString) {
        html += markup.description
    }

    /// `<name attributes>content</name>`; attribute names are fixed, their values escaped.
    /// A nil value leaves the attribute out.
    public mutating func element(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:],
                                 _ content: (inout Markup) -> Void = { _ in }) {
        open(name, attributes)
        content(&self)
        html += "</"
        html += name.description
        html += ">"
    }

    /// An element with text content only.
    public mutating func element(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:], text: String) {
        element(name, attributes) { $0.text(text) }
    }

    /// A void element (`<input …>`, `<meta …>`): no content, no closing tag.
    public mutating func void(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:]) {
        open(name, attributes)
    }

    /// A link to a path on this site, or to an `http(s)` address; any other scheme
    /// (`javascript:`, `data:`) is shown as text and never becomes a link.
    public mutating func link(_ href: String, _ attributes: KeyValuePairs<StaticString, String?> = [:], text: String) {
        guard Markup.isSafeLink(href) else { return self.text(text) }
        let first: [(StaticString, String?)] = [("href", href)]
        open("a", first + attributes.map { ($0.key, $0.value) })
        self.text(text)
        html += "</a>"
    }

    /// A link with other content than text.
    public mutating func link(_ href: String, _ content: (inout Markup) -> Void) {
        guard Markup.isSafeLink(href) else { return content(&self) }
        element("a", ["href": href], content)
    }

    private mutating func open(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?>) {
        open(name, attributes.map { ($0.key, $0.value) })
    }

    private mutating func open(_ name: StaticString, _ attributes: [(StaticString, String?)]) {
        html += "<"
        html += name.description
        for (key, value) in attributes {
            guard let value else { continue }
            html += " "
            html += key.description
            html += "=\""
            Markup.escape(value, into: &html)
            html += "\""
        }
        html += ">"
    }

    /// A path on this site (`/…` but not `//…`, which browsers read as another host), or an
    /// absolute `http`/`https` address.
    static func isSafeLink(_ href: String) -> Bool {
        if href.hasPrefix("/") { return !href.hasPrefix("//") && !href.hasPrefix("/\\") }
        let lower = href.prefix(8).lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://")
    }

    /// Escapes for both text and double- or single-quoted attribute values.
    public static func escape(_ value: String, into out: inout String) {
        var needs = false
        for byte in value.utf8 where byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x27 {
            needs = true
            break
        }
        guard needs else { return out += value }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    public static func escape(_ value: String) -> String {
        var out = ""
        escape(value, into: &out)
        return out
    }
}
