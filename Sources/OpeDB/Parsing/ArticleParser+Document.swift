extension ArticleParser {
    /// Parses a document made by any reader.
    ///
    /// Interim: the blocks are written back as Markdown paragraphs and read by the Markdown
    /// path, then declared metadata replaces what was guessed. The classifier pipeline over
    /// blocks replaces this.
    public func parse(document: Document) throws(ParseError) -> ParsedArticle {
        var lines: [String] = []
        // A "read more" box or the outlet's footer is not the article's text.
        for block in document.blocks where block.hint != .related && block.hint != .footer && block.hint != .caption && block.hint != .authorBio {
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
            guard let title = document.headline?.value else { throw .blank }
            article = ParsedArticle(title: title)
        } else {
            article = try parse(text: lines.joined(separator: "\n\n"))
        }
        if let title = document.headline?.value { article.title = Inline.plainText(title) }
        if let subtitle = document.first(.subtitle)?.value { article.subtitle = subtitle }
        let authors = document.declared(.author)
        if let best = authors.first {
            article.authors = authors.filter { $0.source == best.source }.map { ParsedAuthor(name: $0.value) }
        }
        if let date = document.first(.published), let found = DateParser.parseLine(date.value) ?? DateParser.isoPrefix(date.value) {
            article.publishedOn = found.iso
            article.dateIsUpdate = false
        }
        if let url = document.first(.url).flatMap({ CanonicalURL.normalize($0.value) }) {
            article.url = url
            article.domain = CanonicalURL.domain(of: url)
        }
        if let publication = document.first(.publication)?.value { article.publication = publication }
        article.warnings = document.warnings + article.warnings
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
