/// The lines MarkDownload's default template writes between its front matter and the page:
///
/// ```markdown
/// # Keep the Branch Libraries Open | Town Square Times
///
/// > ## Excerpt
/// > Closing four branch libraries would save a small sum…
///
/// ---
/// # Keep the Branch Libraries Open
/// ```
///
/// The first heading is the page's `<title>` (often with the site's name), the quote its meta
/// description, the rule a separator. Left in, the excerpt and the article's own heading would
/// land in the body and hide the byline from the parser.
enum MarkDownloadPreamble {
    struct Stripped: Equatable {
        var text: String
        var excerpt: String?
    }

    /// The text without the preamble, and the excerpt; nil when the text does not start with one.
    /// The page-title heading is dropped only when the article's own `#` heading follows it.
    static func strip(_ text: String) -> Stripped? {
        let lines = Paragraphs.lines(of: text)
        var i = 0
        func skipBlank() { while i < lines.count, lines[i].isBlank { i += 1 } }
        skipBlank()
        guard i < lines.count, lines[i].hasPrefix("# ") else { return nil }
        let titleLine = i
        i += 1
        skipBlank()
        guard i < lines.count, let marker = lines[i].dropPrefixIgnoringCase(">"),
              marker.trimmed.lowercased() == "## excerpt" else { return nil }
        i += 1
        var excerpt: [String] = []
        while i < lines.count, let quoted = lines[i].dropPrefixIgnoringCase(">") {
            excerpt.append(quoted.trimmed)
            i += 1
        }
        skipBlank()
        guard i < lines.count, lines[i].trimmed == "---" else { return nil }
        i += 1
        skipBlank()
        let rest = i < lines.count ? String(lines[i].base[lines[i].startIndex...]) : ""
        let ownHeading = lines[i...].prefix(12).contains { $0.hasPrefix("# ") }
        let summary = excerpt.joined(separator: " ").collapsingWhitespace
        return Stripped(text: ownHeading ? rest : String(lines[titleLine]) + "\n\n" + rest,
                        excerpt: summary.isEmpty ? nil : summary)
    }
}
