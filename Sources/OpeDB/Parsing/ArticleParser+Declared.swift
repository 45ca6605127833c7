extension ArticleParser {
    /// Replaces guessed fields with what the source declares about itself.
    ///
    /// Declared values outrank guesses — front matter, JSON-LD, microdata and meta tags are the
    /// page's own record — except where a declaration is weaker than the text: a `<title>` element
    /// (it carries the site's suffix) loses to a heading, a byline element to a byline line, and
    /// a declared description (often a teaser that is not on the page) to a standfirst.
    static func applyDeclared(_ document: Document, to article: inout ParsedArticle, names: inout [String],
                              kind: inout String?, explaining explanation: inout ParseExplanation) {
        guard !document.declared.isEmpty else { return }
        if let title = document.first(.title), title.source < .titleElement || article.title.isEmpty {
            let (text, marker) = TitleMarker.split(title.value.collapsingWhitespace)
            if !text.isEmpty {
                article.title = text
                explanation.note(.title, declared: title)
                if kind == nil, let marker {
                    kind = marker
                    explanation.note(.kind, declared: title)
                }
            }
        }
        let authors = document.declared(.author)
        if let best = authors.first, best.source < .element || names.isEmpty {
            let declaredNames = authors.filter { $0.source == best.source }.map { $0.value.collapsingWhitespace }
            var unique: [String] = []
            for name in declaredNames where !name.isEmpty && !unique.contains(name) { unique.append(name) }
            if !unique.isEmpty {
                names = unique
                explanation.note(.authors, declared: best)
            }
        }
        if let date = document.declared(.published).first(where: { Self.declaredDate($0.value) != nil }),
           date.source < .element || article.publishedOn == nil, let iso = Self.declaredDate(date.value) {
            article.publishedOn = iso
            article.dateIsUpdate = false
            explanation.note(.date, declared: date)
        } else if article.publishedOn == nil, let modified = document.declared(.modified).first(where: { Self.declaredDate($0.value) != nil }),
                  let iso = Self.declaredDate(modified.value) {
            article.publishedOn = iso
            article.dateIsUpdate = true
            explanation.note(.date, declared: modified)
        }
        if let url = document.declared(.url).first(where: { CanonicalURL.normalize($0.value) != nil }),
           let address = CanonicalURL.normalize(url.value) {
            article.url = address
            explanation.note(.url, declared: url)
        }
        let publications = document.declared(.publication)
        if let name = publications.first(where: { !Self.isHostName($0.value) }) {
            article.publication = name.value.collapsingWhitespace
            explanation.note(.publication, declared: name)
        } else if let host = publications.first, article.url == nil {
            let domain = host.value.lowercased().hasPrefix("www.") ? String(host.value.dropFirst(4)) : host.value
            article.publication = KnownOutlets.named(forDomain: domain) ?? domain
            explanation.note(.publication, declared: host)
        }
        if article.subtitle == nil, let subtitle = document.first(.subtitle) {
            article.subtitle = subtitle.value.collapsingWhitespace
            explanation.note(.subtitle, declared: subtitle)
        }
        if article.imageCredit == nil, let credit = document.first(.imageCredit) {
            article.imageCredit = credit.value.collapsingWhitespace
            explanation.note(.imageCredit, declared: credit)
        }
        if kind == nil, let field = (document.declared(.type) + document.declared(.section)).first(where: { isOpinionLabel($0.value) }) {
            kind = "op-ed"
            explanation.note(.kind, declared: field)
        }
    }

    /// `2017-05-08T10:00:00Z`, `2017-05-08`, `May 8, 2017`: the ISO date of a declared date.
    static func declaredDate(_ value: String) -> String? {
        let t = value.trimmed
        if t.utf8.count >= 10 {
            let head = String(t.prefix(10))
            if let (iso, _) = DateParser.parseDate(head), iso == head { return iso }
        }
        return DateParser.parseLine(t)?.iso
    }

    /// `OpinionNewsArticle`, `Opinion`, `Op-Ed`, `Commentary`, `Comment`.
    static func isOpinionLabel(_ value: String) -> Bool {
        let f = value.folded.trimmed
        return f == "opinionnewsarticle" || f == "opinion" || f == "opinions" || f == "op-ed" || f == "oped"
            || f == "op-eds" || f == "commentary" || f == "comment" || f == "comment is free" || f.hasPrefix("opinion/")
            || f.hasPrefix("opinion ")
    }

    /// `www.example.com`: a host name given where an outlet's name belongs (trafilatura's `hostname`).
    static func isHostName(_ value: String) -> Bool {
        let t = value.trimmed
        return !t.contains(" ") && t.contains(".") && t.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
            && t.lowercased() == t
    }
}
