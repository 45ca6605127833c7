import Yams

/// Writes a stored article back in opedb's input format, so that adding the file to another
/// archive reproduces every field (ids and timestamps aside).
///
/// An outlet the text cannot name (one that came from the source's front matter or metadata,
/// not from a disclaimer or the URL) is written as YAML front matter, which reads back first.
///
/// Text is escaped where Markdown would read it as markup; outlets the body mentions are
/// re-emitted as links (`[New York Times](#)`) so they are found again.
public enum MarkdownWriter {
    public static func render(_ a: ArticleRecord) -> String {
        var out: [String] = []
        out.append("# " + escape(a.title) + marker(a.kind))
        if let subtitle = a.subtitle { out.append("**" + escape(subtitle) + "**") }
        let byline = a.authors.map { "[\(escape($0.bylineName))](#)" }
        switch byline.count {
        case 0: break
        case 1: out.append("By " + byline[0])
        default: out.append("By " + byline.dropLast().joined(separator: ", ") + " and " + byline.last!)
        }
        if let date = a.publishedOn { out.append(date) }
        if let credit = a.imageCredit { out.append("**" + escape(credit) + "**") }
        var body = a.body.split(separator: "\n\n", omittingEmptySubsequences: true).map { paragraph in
            paragraph.split(separator: "\n", omittingEmptySubsequences: false).map { escapeLine(String($0)) }.joined(separator: "\n")
        }
        for mention in a.mentions { link(mention, in: &body) }
        out += body
        out += a.related.map { "**Related article:** [\(escape($0.title))](#)" }
        out += a.quotes.map { "*\"" + escape($0) + "\"*" }
        out += a.authorNotes.map { "*" + escape($0.text) + "*" }
        if let disclaimer = a.disclaimer { out.append("*" + escape(disclaimer) + "*") }
        if let url = a.url { out.append("Original url:\n\n<\(url)>") }
        let text = out.joined(separator: "\n\n") + "\n"
        return frontMatter(for: a, text: text) + text
    }

    /// `publication:` front matter when reading `text` back would not find the article's outlet.
    /// The URL's outlet needs no check; anything else is confirmed by parsing the text.
    private static func frontMatter(for a: ArticleRecord, text: String) -> String {
        guard let publication = a.publication?.name else { return "" }
        // Exact names: a fresh archive files the outlet under the first spelling it reads
        // (`Helge.at`, not the URL's `helge.at`).
        if a.disclaimer == nil, let domain = a.url.flatMap(CanonicalURL.domain),
           (KnownOutlets.named(forDomain: domain) ?? domain) == publication { return "" }
        if (try? ArticleParser().parseWithFrontMatter(text: text))?.publication == publication { return "" }
        // Yams writes the YAML, quoting included: no escaping rules of our own.
        let node = Node([(Node("publication"), Node(publication, .implicit, .doubleQuoted))])
        guard let yaml = try? Yams.serialize(node: node) else { return "" }
        return "---\n" + yaml + "---\n\n"
    }

    /// `(Op-ed)` for an op-ed, nothing for news, `(Kind)` otherwise.
    static func marker(_ kind: String) -> String {
        switch kind {
        case "news": return ""
        case "op-ed": return " (Op-ed)"
        default: return " (" + kind.prefix(1).uppercased() + kind.dropFirst() + ")"
        }
    }

    /// Wraps the first mention of `outlet` in the body in a link.
    private static func link(_ outlet: String, in paragraphs: inout [String]) {
        var candidates = [outlet]
        if outlet.hasPrefix("The ") { candidates.append(String(outlet.dropFirst(4))) }
        for candidate in candidates {
            let needle = escape(candidate)
            for i in paragraphs.indices {
                if let range = paragraphs[i].firstRange(of: needle) {
                    paragraphs[i].replaceSubrange(range, with: "[\(needle)](#)")
                    return
                }
            }
        }
    }

    /// Escapes inline markup characters.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "\\", "*", "_", "[", "]", "`", "<", "&": out.append("\\"); out.append(c)
            default: out.append(c)
            }
        }
        return out
    }

    /// Escapes a line, and a leading `#` or `>` that would make it a heading or a quote.
    private static func escapeLine(_ line: String) -> String {
        let escaped = escape(line)
        if let first = escaped.first, first == "#" || first == ">" { return "\\" + escaped }
        return escaped
    }
}
