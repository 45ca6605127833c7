import Yams

/// Writes a stored article back in opedb's input format, so that adding the file to another
/// archive reproduces every field (ids and timestamps aside).
///
/// Every field is written in the form the parser reads first, with the labels of
/// ``Vocabulary``: the standfirst as a subheading, the credit and the URL labelled, bios labelled.
/// Rules (`* * *`) close the header and open the footer, so no body paragraph is read as a
/// header or footer line whatever it says. Text is escaped where Markdown would read it as
/// markup; outlets the body mentions are re-emitted as links (`[New York Times](#)`) so they
/// are found again.
///
/// An outlet the text cannot name (one that came from the source's front matter or metadata,
/// not from a disclaimer or the URL) is written as YAML front matter, which reads back first.
public enum MarkdownWriter {
    /// The rule that closes the header and opens the footer.
    static let zoneBoundary = "* * *"

    /// `curation`, when not empty, goes into the front matter (see ``CurationFrontMatter``).
    public static func render(_ a: ArticleRecord, curation: ArticleCuration = ArticleCuration()) -> String {
        var out: [String] = []
        out.append("# " + escape(a.title) + marker(a.kind))
        if let subtitle = a.subtitle { out.append("## " + escapeHeading(subtitle)) }
        let byline = a.authors.map { "[\(escape($0.bylineName))](#)" }
        switch byline.count {
        case 0: break
        case 1: out.append("By " + byline[0])
        default: out.append("By " + byline.dropLast().joined(separator: ", ") + " and " + byline.last!)
        }
        if let date = a.publishedOn { out.append(date) }
        if let credit = a.imageCredit { out.append(Vocabulary.creditLabel + ": " + escape(credit)) }
        out.append(zoneBoundary)

        let paragraphs = a.body.split(separator: "\n\n", omittingEmptySubsequences: true).map(String.init)
        var body = paragraphs.map { paragraph in
            paragraph.split(separator: "\n", omittingEmptySubsequences: false).map { escapeLine(String($0)) }.joined(separator: "\n")
        }
        // A paragraph the parser would join to the next (no closing punctuation, the next starts
        // lowercase) was kept apart by a subheading: write it as one.
        for i in body.indices.dropLast() where BodyZone.wouldJoin(paragraphs[i], paragraphs[i + 1]) {
            body[i] = "### " + escapeHeading(paragraphs[i])
        }
        for mention in a.mentions { link(mention, in: &body) }
        out += body

        out.append(zoneBoundary)
        out += a.related.map { "**\(Vocabulary.relatedLabel):** [\(escape($0.title))](#)" }
        out += a.quotes.map(quotation)
        out += a.authorNotes.map { "*" + Vocabulary.bioLabels[1].capitalizedFirst + ":* " + escape($0.text) }
        if let disclaimer = a.disclaimer {
            let cue = Disclaimer.matches(disclaimer) || Disclaimer.isRepublication(disclaimer)
            out.append(cue ? "*" + escape(disclaimer) + "*" : "*" + Vocabulary.disclaimerLabel + ":* " + escape(disclaimer))
        }
        if let url = a.url { out.append(Vocabulary.urlLabel + ":\n\n<\(url)>") }
        let text = out.joined(separator: "\n\n") + "\n"
        return frontMatter(for: a, curation: curation, text: text) + text
    }

    /// YAML front matter: `publication:` when reading `text` back would not find the article's
    /// outlet, and the curation. Yams writes the YAML, quoting included: no escaping rules of our own.
    private static func frontMatter(for a: ArticleRecord, curation: ArticleCuration, text: String) -> String {
        var entries: [(Node, Node)] = []
        if let publication = undiscoverablePublication(a, text: text) {
            entries.append((Node("publication"), Node(publication, .implicit, .doubleQuoted)))
        }
        entries += CurationFrontMatter.entries(for: curation)
        guard !entries.isEmpty, let yaml = try? Yams.serialize(node: Node(entries), width: -1, allowUnicode: true) else { return "" }
        return "---\n" + yaml + "---\n\n"
    }

    /// The article's outlet when the text alone would not give it back. The URL's outlet needs
    /// no check; anything else is confirmed by parsing the text.
    private static func undiscoverablePublication(_ a: ArticleRecord, text: String) -> String? {
        guard let publication = a.publication?.name else { return nil }
        // Exact names: a fresh archive files the outlet under the first spelling it reads
        // (`Helge.at`, not the URL's `helge.at`).
        if a.disclaimer == nil, let domain = a.url.flatMap(CanonicalURL.domain),
           (KnownOutlets.named(forDomain: domain) ?? domain) == publication { return nil }
        if (try? ArticleParser().parse(text: text))?.publication == publication { return nil }
        return publication
    }

    /// `(Op-ed)` for an op-ed, nothing for news, `(Kind)` otherwise.
    static func marker(_ kind: String) -> String {
        switch kind {
        case "news": return ""
        case "op-ed": return " (Op-ed)"
        default: return " (" + kind.prefix(1).uppercased() + kind.dropFirst() + ")"
        }
    }

    /// A pull quote in marks of a family the quotation does not use, so it reads as one.
    private static func quotation(_ text: String) -> String {
        for (open, close) in [("\"", "\""), ("“", "”"), ("«", "»")] {
            let quoted = open + text + close
            if Emphasis.fullQuotation(quoted) == text { return "> " + escape(quoted) }
        }
        return "> \"" + escape(text) + "\""
    }

    /// Wraps the first mention of `outlet` in the body in a link.
    private static func link(_ outlet: String, in paragraphs: inout [String]) {
        var candidates = [outlet]
        if outlet.hasPrefix("The ") { candidates.append(String(outlet.dropFirst(4))) }
        for candidate in candidates {
            let needle = escape(candidate)
            for i in paragraphs.indices where !paragraphs[i].hasPrefix("#") {
                if let range = paragraphs[i].firstRange(of: needle) {
                    paragraphs[i].replaceSubrange(range, with: "[\(needle)](#)")
                    return
                }
            }
        }
    }

    /// Escapes inline markup characters.
    static func escape(_ text: String) -> String { MarkdownEscaping.escape(text) }

    /// Escapes a heading's text, and a closing `#` that a heading would drop.
    private static func escapeHeading(_ text: String) -> String {
        var escaped = escape(text)
        if escaped.hasSuffix("#") { escaped.insert("\\", at: escaped.index(before: escaped.endIndex)) }
        return escaped
    }

    /// Escapes a line, and a leading `#` or `>` that would make it a heading or a quote.
    private static func escapeLine(_ line: String) -> String {
        let escaped = escape(line)
        if let first = escaped.first, first == "#" || first == ">" { return "\\" + escaped }
        return escaped
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
