extension ArticleParser {
    /// Declared metadata replaces what the parser guessed from the text: the one place that says
    /// how, for every reader (front matter, JSON-LD, meta tags).
    ///
    /// Declared values outrank guesses — they are the source's own record — except where a
    /// declaration is weaker than the text: a `<title>` element (it carries the site's suffix)
    /// loses to a heading, a byline or date element to a byline or date line.
    /// - Title, URL: the most trusted declared value.
    /// - Subtitle: the declared one; a guessed standfirst it replaces returns to the body.
    /// - Authors: every declared author of the most trusted source that names any — decided
    ///   before the notes are read, so bios attach to the declared names.
    /// - Date: the declared publication date; else, when the text gave none, a declared
    ///   modification date (an update), else a fallback such as a clipping date
    ///   (``FrontMatterVocabulary/isFallback(_:)``).
    /// - Publication: a declared name; a host name (`www.example.com`, trafilatura's `hostname`)
    ///   or another fallback only when nothing better is known.
    /// - Kind: a declared opinion section or type makes an unmarked article an op-ed.
    static func applyDeclared(_ document: Document, to article: inout ParsedArticle, names: inout [String],
                              kind: inout String?, explaining explanation: inout ParseExplanation) {
        guard !document.declared.isEmpty else { return }
        if let title = document.headline, title.source < .titleElement || article.title.isEmpty {
            // Declared titles are plain text as written (`Expert*innen` keeps its star): front
            // matter as typed, a page's metadata and headings as its text (entities decoded,
            // tags dropped by ``HTMLText``). A separator left by a kicker (`: Title`) goes.
            let value = withoutLeadingSeparator(title.value.collapsingWhitespace)
            let (text, marker) = TitleMarker.split(value)
            if !text.isEmpty {
                article.title = text
                explanation.note(.title, declared: title)
                if kind == nil, let marker {
                    kind = marker
                    explanation.note(.kind, declared: title)
                }
            }
        }
        if let subtitle = document.first(.subtitle) {
            let value = subtitle.value.collapsingWhitespace
            // The paragraph taken for a standfirst was text of the page: when a declared summary
            // replaces it, it goes back to the start of the body rather than vanish.
            if let guessed = article.subtitle, guessed != value { prependToBody(guessed, of: &article) }
            article.subtitle = value
            explanation.note(.subtitle, declared: subtitle)
        }
        let authors = document.declared(.author)
        if let best = authors.first, best.source < .element || names.isEmpty {
            var unique: [String] = []
            for field in authors where field.source == best.source {
                let name = field.value.collapsingWhitespace
                if !name.isEmpty, !unique.contains(where: { $0.lowercased() == name.lowercased() }) { unique.append(name) }
            }
            if !unique.isEmpty {
                names = unique
                explanation.note(.authors, declared: best)
            }
        }
        let published = document.declared(.published).filter { declaredDate($0.value) != nil }
        if let date = published.first(where: { !FrontMatterVocabulary.isFallback($0) }),
           date.source < .element || article.publishedOn == nil, let iso = declaredDate(date.value) {
            article.publishedOn = iso
            article.dateIsUpdate = false
            explanation.note(.date, declared: date)
        } else if article.publishedOn == nil,
                  let modified = document.declared(.modified).first(where: { declaredDate($0.value) != nil }),
                  let iso = declaredDate(modified.value) {
            article.publishedOn = iso
            article.dateIsUpdate = true
            explanation.note(.date, declared: modified)
        } else if article.publishedOn == nil, let date = published.first, let iso = declaredDate(date.value) {
            article.publishedOn = iso
            article.dateIsUpdate = false
            explanation.note(.date, declared: date)
        }
        if let url = document.declared(.url).first(where: { CanonicalURL.normalize($0.value) != nil }),
           let address = CanonicalURL.normalize(url.value) {
            article.url = address
            explanation.note(.url, declared: url)
        }
        let publications = document.declared(.publication)
        if let name = publications.first(where: { !isHostName($0.value) && !FrontMatterVocabulary.isFallback($0) }) {
            article.publication = name.value.collapsingWhitespace
            explanation.note(.publication, declared: name)
        } else if article.url == nil, article.publication == nil, let host = publications.first(where: { isHostName($0.value) }) {
            // `https://www.example.org/`: a site's address given for its name is its host.
            let bare = host.value.trimmed.lowercased()
            let domain = CanonicalURL.domain(of: bare) ?? (bare.hasPrefix("www.") ? String(bare.dropFirst(4)) : bare)
            article.publication = KnownOutlets.named(forDomain: domain) ?? domain
            explanation.note(.publication, declared: host)
        } else if article.url == nil, article.publication == nil, let name = publications.first(where: { !isHostName($0.value) }) {
            article.publication = name.value.collapsingWhitespace
            explanation.note(.publication, declared: name)
        }
        if article.imageCredit == nil, let credit = document.first(.imageCredit) {
            article.imageCredit = credit.value.collapsingWhitespace
            explanation.note(.imageCredit, declared: credit)
        }
        if kind == nil, let field = (document.declared(.type) + document.declared(.section))
            .first(where: { FrontMatterVocabulary.isOpinionSection($0.value) }) {
            kind = "op-ed"
            explanation.note(.kind, declared: field)
        }
    }

    /// `: Title`, `– Title`, `| Title`: what a kicker printed apart from the headline leaves.
    static func withoutLeadingSeparator(_ title: String) -> String {
        let separators: Set<Character> = [":", "-", "–", "—", "|", "·", "•", "»", "/"]
        var rest = Substring(title)
        while let first = rest.first, separators.contains(first), rest.dropFirst().first?.isWhitespace == true {
            rest = rest.dropFirst().drop(while: \.isWhitespace)
        }
        return rest.isEmpty ? title : String(rest)
    }

    static func prependToBody(_ paragraph: String, of article: inout ParsedArticle) {
        article.body = article.body.isEmpty ? paragraph : paragraph + "\n\n" + article.body
        article.wordCount = WordCount.of(article.body)
    }

    /// `2017-05-08T10:00:00Z`, `2017-05-08 10:00 +0100`, `May 8, 2017`, `8. Mai 2017`: the ISO date of a declared date.
    static func declaredDate(_ value: String) -> String? {
        let t = value.trimmed
        if t.utf8.count >= 10 {
            let head = String(t.prefix(10))
            if let (iso, _) = DateParser.parseDate(head), iso == head { return iso }
        }
        // `19. Oktober 2019`: a page's microdata on a visible date, in its own language.
        return DateParser.parseLine(t)?.iso ?? (t.count <= 80 ? DateText.find(t) : nil)
    }

    /// `www.example.com`, `example.co.uk`: a host, not a name people call the outlet.
    static func isHostName(_ value: String) -> Bool {
        let t = value.trimmed
        return t.contains(".") && !t.contains(" ") && t.lowercased() == t
    }
}
