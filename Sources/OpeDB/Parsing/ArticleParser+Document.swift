extension ArticleParser {
    /// Parses a document made by any reader.
    ///
    /// Interim: the blocks are written back as Markdown paragraphs and read by the Markdown
    /// path, then declared metadata replaces what was guessed (``applyDeclared(_:to:)``). The
    /// classifier pipeline over blocks replaces this.
    public func parse(document: Document) throws(ParseError) -> ParsedArticle {
        var lines: [String] = []
        for block in document.blocks {
            switch block.kind {
            case .heading(let level): lines.append(String(repeating: "#", count: min(max(level, 1), 6)) + " " + block.markup)
            case .quote: lines.append("> " + block.markup)
            case .listItem: lines.append("- " + block.markup)
            case .rule: lines.append("---")
            case .image: continue
            case .paragraph: lines.append(block.markup)
            }
        }
        var article: ParsedArticle
        if lines.isEmpty {
            guard let title = document.first(.title)?.value else { throw .blank }
            article = ParsedArticle(title: title)
        } else {
            article = try parse(text: lines.joined(separator: "\n\n"))
        }
        applyDeclared(document, to: &article)
        return article
    }
}

extension DateParser {
    /// `2017-05-08T10:00:00Z` → 2017-05-08: the date of an ISO 8601 date-time.
    static func isoPrefix(_ text: String) -> Found? {
        let t = text.trimmed
        guard t.utf8.count >= 10 else { return nil }
        let head = String(t.prefix(10))
        guard let (iso, _) = parseDate(head), iso == head else { return nil }
        return Found(iso: iso, isUpdate: false)
    }
}
