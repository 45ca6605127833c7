extension ArticleParser {
    /// Parses the bytes of a file, reading front matter first: what `opedb parse` and `add` use.
    ///
    /// The hook between ``FrontMatter`` and the Markdown parser, kept apart from the parser
    /// itself so the classifier pipeline can take it over: front matter becomes a
    /// ``Document``'s declared fields, the rest of the file is parsed as before, and the
    /// declared values replace the guessed ones exactly as for any other reader
    /// (``applyDeclared(_:to:)``).
    public func parseWithFrontMatter(bytes: [UInt8]) throws(ParseError) -> ParsedArticle {
        let decoded = try SourceDecoder.decode(bytes)
        var article = try parseWithFrontMatter(text: decoded.text)
        article.warnings = decoded.warnings + article.warnings
        return article
    }

    /// Parses already-decoded text, reading front matter first.
    public func parseWithFrontMatter(text: String) throws(ParseError) -> ParsedArticle {
        guard let front = FrontMatter.read(text) else { return try parse(text: Self.droppingLeadingRules(text)) }
        var document = Document(format: .markdown, declared: front.fields, warnings: front.warnings)
        var rest = front.remainder
        if let preamble = MarkDownloadPreamble.strip(rest) {
            rest = preamble.text
            if let excerpt = preamble.excerpt {
                document.declared.append(DeclaredField(.subtitle, excerpt, source: .frontMatter, name: "Excerpt"))
            }
        }
        rest = Self.droppingLeadingRules(rest)
        // Tools that write front matter often leave the title out of the text (trafilatura,
        // Obsidian). Without a heading the parser would take the first body line as the title
        // and lose it from the body, so the declared title is put back as one.
        let synthesizedTitle = document.first(.title) != nil && !Self.hasTitleHeading(rest)
        if synthesizedTitle, let title = document.first(.title)?.value {
            rest = "# " + title.collapsingWhitespace + "\n\n" + rest
        }
        var article: ParsedArticle
        do {
            article = try parse(text: rest)
        } catch .blank {
            // Front matter and nothing else: an article with only its declared metadata.
            guard let title = document.first(.title)?.value else { throw .blank }
            article = ParsedArticle(title: title)
        }
        // Under a title the text never had, its first heading or bold paragraph is the start of
        // the text, not a standfirst.
        if synthesizedTitle, document.first(.subtitle) == nil, let guessed = article.subtitle {
            Self.prependToBody(guessed, of: &article)
            article.subtitle = nil
        }
        applyDeclared(document, to: &article)
        return article
    }

    /// Whether the parser will find a `#` title near the top (the same window it looks in).
    private static func hasTitleHeading(_ text: String) -> Bool {
        Paragraphs.split(text).prefix(6).contains { Emphasis.heading($0)?.level == 1 }
    }

    /// The text without thematic breaks (`---`, `***`, `___`) or an unclosed TOML fence (`+++`)
    /// before its first words: they carry nothing, and the parser must never take one for a title.
    static func droppingLeadingRules(_ text: String) -> String {
        // Most texts start with a word: answer from the first byte that is not a space.
        guard let c = text.utf8.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }),
              c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "_") || c == UInt8(ascii: "+") else { return text }
        let lines = Paragraphs.lines(of: text)
        var first = 0
        while first < lines.count {
            let line = lines[first].trimmed.filter { $0 != " " }
            if line.isEmpty { first += 1; continue }
            guard line.count >= 3, let c = line.first, "-*_+".contains(c), line.allSatisfy({ $0 == c }) else { break }
            first += 1
        }
        guard first > 0 else { return text }
        return first < lines.count ? String(lines[first].base[lines[first].startIndex...]) : ""
    }
}
