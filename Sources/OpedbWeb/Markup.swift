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

    /// Escapes for both text and double- or single-quoted attribute values. The text between
    /// the five characters is copied in runs, not character by character: every link of a
    /// search page (facets, sorting, paging) has `&`s, and escaping was a tenth of its cost.
    public static func escape(_ value: String, into out: inout String) {
        let utf8 = value.utf8
        var run = utf8.startIndex
        var i = run
        while i != utf8.endIndex {
            let entity: StaticString
            switch utf8[i] {
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x26: entity = "&amp;"
            case 0x22: entity = "&quot;"
            case 0x27: entity = "&#39;"
            default:
                utf8.formIndex(after: &i)
                continue
            }
            // An ASCII byte is a whole character: both ends of the run are character boundaries.
            if run != i { out += value[run..<i] }
            out += entity.description
            utf8.formIndex(after: &i)
            run = i
        }
        if run == utf8.startIndex { out += value } else if run != utf8.endIndex { out += value[run...] }
    }

    public static func escape(_ value: String) -> String {
        var out = ""
        escape(value, into: &out)
        return out
    }
}
