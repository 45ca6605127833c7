import OpeDB

/// An article laid out for reading in a terminal: a metadata header, then wrapped text.
enum ArticleText {
    /// Text from the archive is shown with its control characters escaped (see
    /// `escapingControls`); `markers` keeps the private highlight markers for the caller.
    static func render(_ a: ArticleRecord, style: Style, width: Int, markers: Bool = false) -> String {
        func t(_ text: String) -> String { text.escapingControls(keepingMarkers: markers) }
        var out: [String] = []
        out.append(style.bold(t(a.title)))
        if let subtitle = a.subtitle { out += wrap(t(subtitle), width: width).map { style.dim($0) } }
        let meta = [a.kind, a.publication?.name, a.publishedOn, "#\(a.id)"].compactMap { $0.map(t) }
        out.append(style.dim(meta.joined(separator: " · ")))
        if !a.authors.isEmpty { out.append("By " + a.authors.map { t($0.bylineName) }.joined(separator: ", ")) }
        if let credit = a.imageCredit { out.append(style.dim("Photo: \(t(credit))")) }
        if let url = a.url { out.append(style.dim(t(url))) }
        if !a.tags.isEmpty { out.append(style.dim("Tags: " + a.tags.map(t).joined(separator: ", "))) }
        if !a.edited.isEmpty { out.append(style.dim("Corrected by you: " + a.edited.joined(separator: ", "))) }
        out.append("")
        for paragraph in a.body.split(separator: "\n\n", omittingEmptySubsequences: true) {
            out += wrap(t(String(paragraph)), width: width)
            out.append("")
        }
        if !a.quotes.isEmpty {
            out.append(style.bold("Pull quotes"))
            for quote in a.quotes { out += wrap("“\(t(quote))”", width: width, indent: "  ") }
            out.append("")
        }
        if !a.related.isEmpty {
            out.append(style.bold("Related"))
            for related in a.related {
                out += wrap("- \(t(related.title))" + (related.id.map { " (#\($0))" } ?? ""), width: width, indent: "  ")
            }
            out.append("")
        }
        if !a.authorNotes.isEmpty {
            out.append(style.bold("About the author" + (a.authorNotes.count > 1 ? "s" : "")))
            for note in a.authorNotes { out += wrap(t(note.text), width: width, indent: "  ") }
            out.append("")
        }
        if !a.books.isEmpty {
            out.append(style.bold("Books"))
            for book in a.books { out += wrap("- " + t(BookText.citation(book)), width: width, indent: "  ") }
            out.append("")
        }
        if !a.mentions.isEmpty { out.append(style.dim("Mentions: " + a.mentions.map(t).joined(separator: ", "))) }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n")
    }

    /// Word-wraps `text` to `width` columns.
    static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        var lines: [String] = []
        var line = indent
        let limit = max(width, 20)
        for word in text.split(separator: " ") {
            if line.count > indent.count, line.count + 1 + word.count > limit {
                lines.append(line)
                line = indent
            }
            if line.count > indent.count { line += " " }
            line += word
        }
        if line.count > indent.count { lines.append(line) }
        return lines
    }
}

enum BookText {
    /// `Title: Subtitle (Publisher, 2011)`.
    static func citation(_ book: ArticleRecord.Book) -> String {
        var text = book.subtitle.map { "\(book.title): \($0)" } ?? book.title
        let when = book.forthcoming ? "forthcoming" : book.year.map(String.init)
        let group = [book.publisher, when].compactMap { $0 }
        if !group.isEmpty { text += " (\(group.joined(separator: ", ")))" }
        return text
    }
}
