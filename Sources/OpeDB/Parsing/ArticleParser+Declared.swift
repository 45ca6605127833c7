extension ArticleParser {
    /// Declared metadata replaces what the parser guessed from the text: the one place that
    /// says how, for every reader (front matter, HTML `<meta>` and JSON-LD).
    ///
    /// - Title, subtitle, URL: the most trusted declared value; a guessed subtitle that a
    ///   declared one replaces returns to the body.
    /// - Authors: every declared author of the most trusted source that names any; a parsed
    ///   author with the same name keeps the aliases and affiliation the notes gave them.
    /// - Date: the declared publication date; when none (or only a clipping date, see
    ///   ``FrontMatterVocabulary/isFallback(_:)``) and the text gave none, a declared
    ///   modification date (an update), else the clipping date.
    /// - Publication: a declared name; a declared host name (`www.example.com`, trafilatura's
    ///   `hostname`) or a header's `Source:` only when the text and the URL give no better name.
    /// - Kind: a declared opinion section or type makes an unmarked article an op-ed.
    func applyDeclared(_ document: Document, to article: inout ParsedArticle) {
        if let title = document.first(.title) {
            // Front matter is plain text as the author typed it (`Expert*innen` keeps its star);
            // other readers' values may carry inline markup.
            article.title = title.source == .frontMatter ? title.value.collapsingWhitespace : Inline.plainText(title.value)
        }
        if let subtitle = document.first(.subtitle)?.value {
            // The paragraph the parser took for a standfirst was text of the page: when a declared
            // summary replaces it, it goes back to the start of the body rather than vanish.
            if let guessed = article.subtitle, guessed != subtitle { Self.prependToBody(guessed, of: &article) }
            article.subtitle = subtitle
        }
        let authors = document.declared(.author)
        if let best = authors.first {
            let parsed = article.authors
            article.authors = authors.filter { $0.source == best.source }.map { field in
                parsed.first { $0.name.lowercased() == field.value.lowercased() } ?? ParsedAuthor(name: field.value)
            }
        }
        let published = document.declared(.published)
        if let date = published.first(where: { !FrontMatterVocabulary.isFallback($0) }).flatMap({ Self.declaredDate($0.value) }) {
            article.publishedOn = date.iso
            article.dateIsUpdate = false
        } else if article.publishedOn == nil, let date = document.first(.modified).flatMap({ Self.declaredDate($0.value) }) {
            article.publishedOn = date.iso
            article.dateIsUpdate = true
        } else if article.publishedOn == nil, let date = published.first.flatMap({ Self.declaredDate($0.value) }) {
            article.publishedOn = date.iso
            article.dateIsUpdate = false
        }
        if let url = document.first(.url).flatMap({ CanonicalURL.normalize($0.value) }) {
            article.url = url
            article.domain = CanonicalURL.domain(of: url)
            if article.publication == nil, let domain = article.domain {
                article.publication = KnownOutlets.named(forDomain: domain) ?? domain
            }
        }
        let publications = document.declared(.publication)
        if let name = publications.first(where: { !Self.isHostName($0.value) && !FrontMatterVocabulary.isFallback($0) }) {
            article.publication = name.value
        } else if article.publication == nil, let host = publications.first(where: { Self.isHostName($0.value) }) {
            let bare = host.value.lowercased()
            let domain = bare.hasPrefix("www.") ? String(bare.dropFirst(4)) : bare
            article.publication = KnownOutlets.named(forDomain: domain) ?? domain
        } else if article.publication == nil, let name = publications.first {
            article.publication = name.value
        }
        if article.kind == "news",
           (document.declared(.section) + document.declared(.type)).contains(where: { FrontMatterVocabulary.isOpinionSection($0.value) }) {
            article.kind = "op-ed"
        }
        article.warnings = document.warnings + article.warnings
    }

    static func prependToBody(_ paragraph: String, of article: inout ParsedArticle) {
        article.body = article.body.isEmpty ? paragraph : paragraph + "\n\n" + article.body
        article.wordCount = wordCount(article.body)
    }

    /// A declared date: ISO 8601 date or date-time first (`2021-03-04T10:00:00+01:00`,
    /// `2021-03-04 10:00:00 +0100`), else any form ``DateParser`` reads.
    static func declaredDate(_ text: String) -> DateParser.Found? {
        DateParser.isoPrefix(text) ?? DateParser.parseLine(text)
    }

    /// `www.example.com`, `example.co.uk`: a host, not a name people call the outlet.
    static func isHostName(_ text: String) -> Bool {
        let t = text.trimmed
        return t.contains(".") && !t.contains(" ") && t.lowercased() == t
    }
}
