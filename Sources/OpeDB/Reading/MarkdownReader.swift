/// Reads Markdown and plain text — the seed's rendering of an article page, exports, notes —
/// into a ``Document``.
///
/// Paragraphs are runs of non-blank lines (see ``Paragraphs``); each becomes a block whose kind
/// the Markdown says: an ATX or setext heading, a rule, an image alone, a block quote, list items,
/// else a paragraph. A document with no heading where a title would be has its first line as a
/// block of its own: a plain-text file's first line is its title.
public enum MarkdownReader {
    public static func read(_ text: String) -> Document {
        var declared: [DeclaredField] = []
        var warnings: [String] = []
        var text = text
        var firstLine = 1
        if let front = FrontMatter.read(text) {
            declared = AuthorNames.withoutSite(AuthorNames.withoutSpelledHosts(PageTitle.cleaned(front.fields)))
            warnings = front.warnings
            text = front.remainder
            firstLine = front.lineCount + 1
            if let preamble = MarkDownloadPreamble.strip(text) {
                text = preamble.text
                if let excerpt = preamble.excerpt {
                    declared.append(DeclaredField(.subtitle, excerpt, source: .frontMatter, name: "Excerpt"))
                }
            }
        }
        if RawHTML.hasBlockTags(text) { text = RawHTML.strip(text) }
        text = droppingLeadingRules(text)
        let lines = Paragraphs.lines(of: text)
        var blocks = Self.joiningEmptyHeadings(Paragraphs.split(lines: lines, firstLine: firstLine)
            .flatMap { Self.blocks(of: $0.text, line: $0.line) })
        if let title = declared.first(where: { $0.key == .title }), isPlaceholder(title.value, declared),
           blocks.prefix(3).contains(where: { $0.isHeading && WordCount.of($0.plainText) > 0 }) {
            // An extractor's fallback title — the site's name, a comment form's heading — where
            // the text opens with a heading: the heading is the title.
            declared.removeAll { $0.key == .title }
        }
        if let index = declared.firstIndex(where: { $0.key == .title }) {
            let title = declared[index].value
            if let part = PageTitle.printedPart(of: title, texts: blocks.prefix(Self.printedTitleWindow).map { $0.plainText.collapsingWhitespace })
                ?? (Self.recordsPage(declared)
                    ? PageTitle.printedAfterKicker(of: title, texts: blocks.prefix(Self.kickerWindow).map { $0.plainText.collapsingWhitespace })
                    : nil) {
                declared[index].value = part
            }
        }
        if let title = declared.first(where: { $0.key == .title }) {
            if let headline = printedHeadline(in: blocks, declared: declared) {
                // The text's own headline, as for a page's `<h1>`: ``Document/headline`` keeps
                // it over a declared title written for search engines when they are variants.
                // A page's text that opens with its headline keeps it in any case, as the HTML
                // reader keeps a page's `<h1>`: the declared title is the page's metadata.
                if Self.opensWithHeadline(blocks, declared: declared, title: title.value) {
                    declared.removeAll { $0.key == .title }
                }
                declared.append(headline)
            } else if !blocks.prefix(TitleClassifier.levelOneWindow).contains(where: { $0.headingLevel == 1 }) {
                // Tools that write front matter often leave the title out of the text
                // (trafilatura, Obsidian): the declared title stands where a heading would, and a
                // subheading of the text stays one.
                let heading = Block(.heading(level: 1), MarkdownEscaping.escape(title.value.collapsingWhitespace), line: 0, hint: .title)
                if Self.opensWithTitleLine(blocks, declared: declared, title: title.value) {
                    // The text opens with the title as a plain line (a converter dropped the
                    // heading's markup): that line is the heading.
                    blocks[0] = Block(.heading(level: 1), blocks[0].markup, line: blocks[0].line)
                } else {
                    blocks.insert(heading, at: 0)
                }
            }
        } else if !blocks.isEmpty, TitleClassifier.titleIndex(in: blocks) == nil,
                  let first = lines.firstIndex(where: { !$0.isBlank }) {
            // A plain-text file: its first line is the title.
            let titleLine = Block(.paragraph, String(lines[first]), line: firstLine + first)
            blocks = [titleLine] + Self.joiningEmptyHeadings(Paragraphs.split(lines: lines[(first + 1)...], firstLine: firstLine + first + 1)
                .flatMap { Self.blocks(of: $0.text, line: $0.line) })
        }
        return Document(format: .markdown, declared: declared, blocks: blocks, warnings: warnings)
    }

    /// How many blocks from the top may print a declared title's headline part alone.
    static let printedTitleWindow = 40
    /// How many blocks from the top may print the headline a declared title puts a kicker before.
    static let kickerWindow = 3

    /// The heading the text opens with (the title block: a level-1 heading near the top, else
    /// a first heading of any level), as a visible headline beside a declared title:
    /// extractors take the declared title from `og:title` or `<title>` (a kicker, a site's name,
    /// a search-engine wording), while the heading is the headline readers saw. Its site suffix
    /// goes as a declared title's does.
    static func printedHeadline(in blocks: [Block], declared: [DeclaredField]) -> DeclaredField? {
        guard let index = TitleClassifier.titleIndex(in: blocks),
              let title = declared.first(where: { $0.key == .title }) else { return nil }
        let (site, host) = PageTitle.site(of: declared)
        let text = PageTitle.strip(blocks[index].plainText.collapsingWhitespace, site: site, host: host)
        // A heading that ends in a colon announces what follows (`Dance at the depot:`): a
        // kicker line, not the headline.
        guard WordCount.of(text) > 0, !text.hasSuffix(":") else { return nil }
        // A lower heading opening the text (an extractor that left the `<h1>` out writes the
        // headline as `##`) is the headline only when it comes first and is a variant of the declared
        // title; else it is a section of the text and stays in the body.
        guard blocks[index].headingLevel == 1 || index == 0 && Document.isVariant(text, of: title.value) else { return nil }
        return DeclaredField(.title, headline(of: text, title: title.value) ?? text, source: .element, name: "heading")
    }

    /// A page's text (front matter that records the page's address: a clipper's, an
    /// extractor's) whose first block is a level-1 heading that reads as its headline — four
    /// words or more, no colon announcing what follows, not the site's name, and sharing a word
    /// of five letters or more with the declared title (a reworded headline, not the site's
    /// masthead, a cookie notice or the clipper's own note).
    static func opensWithHeadline(_ blocks: [Block], declared: [DeclaredField], title: String) -> Bool {
        guard recordsPage(declared), let first = blocks.first, first.headingLevel == 1 else { return false }
        let text = first.plainText.collapsingWhitespace
        guard text.split(separator: " ").count >= 4, !text.hasSuffix(":") else { return false }
        let (site, host) = PageTitle.site(of: declared)
        guard !PageTitle.isSiteName(text, site: site, host: host), !PageTitle.namesSite(text, site: site, host: host) else { return false }
        return !contentWords(text).isDisjoint(with: contentWords(title))
    }

    /// Whether front matter records the address of the page its text was taken from (a
    /// clipper's `source:`, an extractor's `url:`). A blog post's `link:` is the page it links
    /// to (a link post quoting another site's article), not its own.
    static func recordsPage(_ declared: [DeclaredField]) -> Bool {
        declared.contains { $0.key == .url && $0.source == .frontMatter && $0.name.lowercased() != "link" }
    }

    /// The folded words of five letters or more.
    private static func contentWords(_ text: String) -> Set<String> {
        Set(text.folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).filter { $0.count >= 5 }.map(String.init))
    }

    /// A page's text (front matter with the page's address) that opens with its declared title
    /// as a plain line of a headline's length, followed by more text: the converter dropped the
    /// heading's markup. A blog's own post whose title is its first line (a poem, a status)
    /// has no address, and keeps the line as text.
    static func opensWithTitleLine(_ blocks: [Block], declared: [DeclaredField], title: String) -> Bool {
        guard recordsPage(declared), blocks.count >= 2, let first = blocks.first, first.kind == .paragraph else { return false }
        let key = BlockWriter.key(title)
        return !key.isEmpty && WordCount.of(first.plainText) <= 25 && BlockWriter.key(first.plainText) == key
    }

    /// `Interne Unterlagen im Netz Daten von Rheinmetall gehackt` under the declared title `Daten
    /// von Rheinmetall gehackt - Interne Unterlagen im Netz`: a heading that is the title's two
    /// parts run together, a kicker and the headline whose line break the converter dropped
    /// (`ZoonosenWie …`), is the headline — the part it ends with.
    static func headline(of heading: String, title: String) -> String? {
        let parts = PageTitle.parts(title)
        // A heading that prints the separator is the two-part title itself (`Bad Grades – Until Now`).
        guard parts.count == 2, !PageTitle.separators.contains(where: { heading.contains($0) }) else { return nil }
        let key = BlockWriter.key(heading)
        for (kicker, headline) in [(parts[0], parts[1]), (parts[1], parts[0])]
        where !BlockWriter.key(kicker).isEmpty && key == BlockWriter.key(kicker) + BlockWriter.key(headline) {
            return headline
        }
        return nil
    }

    /// A declared title that names no article: the site's own name, or a heading of what
    /// follows an article (`Leave a Reply`).
    static func isPlaceholder(_ title: String, _ declared: [DeclaredField]) -> Bool {
        let (site, host) = PageTitle.site(of: declared)
        return WholePage.isStopHeading(title) || PageTitle.isSiteName(title, site: site, host: host)
            || Vocabulary.navigationTitles.contains(title.folded.trimmed)
    }

    /// The text without thematic breaks (`---`, `***`, `___`) or an unclosed TOML fence (`+++`)
    /// before its first words: they carry nothing, and none may become a title.
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

    /// A heading whose words a converter set apart from it, joined back: html2text writes `#`
    /// alone when the `<h1>` holds a block element, its text after a blank line — after a
    /// kicker's link of its own too (`[Politics](…/politics/)`), which goes; and a `<br>` in
    /// the `<h1>` puts the headline on the line under a kicker (see ``HeadingKicker``).
    static func joiningEmptyHeadings(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        var i = 0
        while i < blocks.count {
            var block = blocks[i]
            if block.isHeading, block.markup.isEmpty {
                // The paragraph after the heading, or after a kicker's link standing alone.
                var next = i + 1
                if next + 1 < blocks.count, isKickerLink(blocks[next]) { next += 1 }
                if next < blocks.count, isHeadingText(blocks[next]) {
                    block.markup = blocks[next].markup
                    result.append(block)
                    i = next + 1
                    continue
                }
            } else if block.headingLevel == 1, i + 1 < blocks.count, blocks[i + 1].line == block.line + 1,
                      blocks[i + 1].kind == .paragraph, HeadingKicker.isKicker(block.markup, over: blocks[i + 1].markup) {
                if HeadingKicker.namesKind(block.markup) {
                    result.append(Block(.paragraph, block.markup, line: block.line))
                }
                block.markup = blocks[i + 1].markup
                result.append(block)
                i += 2
                continue
            }
            result.append(block)
            i += 1
        }
        return result
    }

    /// A paragraph that can be a heading's text: one line of up to 30 words, without links.
    private static func isHeadingText(_ block: Block) -> Bool {
        block.kind == .paragraph && !block.markup.containsASCII("\n") && Inline.links(in: block.markup).isEmpty
            && (1...30).contains(WordCount.of(block.plainText))
    }

    /// A kicker set as a link of its own: a paragraph that is one link of a few words.
    private static func isKickerLink(_ block: Block) -> Bool {
        block.kind == .paragraph && !block.markup.containsASCII("\n") && !Inline.links(in: block.markup).isEmpty
            && HeadingKicker.isKickerLine(block.markup)
    }

    /// `7. Oktober 2019`, `28. Januar 2022, 12:01` on a line of their own: a date as German and
    /// other languages print it, which converters that do not escape a line's leading `7.`
    /// (markdownify, pandoc) leave looking like an item of a numbered list.
    static func isDayAndMonth(_ line: String) -> Bool {
        let day = line.prefix(while: \.isNumber)
        guard (1...2).contains(day.count), line.dropFirst(day.count).hasPrefix(". "),
              case let month = line.dropFirst(day.count + 2).prefix(while: { $0 != " " }).prefix(20),
              DateText.isMonthName(month.folded.filter(\.isLetter)) else { return false }
        return DateParser.parseAnyLine(line) != nil
    }

    /// The blocks of one paragraph: usually one, one per item for a list.
    static func blocks(of paragraph: String, line: Int) -> [Block] {
        if Emphasis.isRule(paragraph) { return [Block(.rule, "", line: line)] }
        if Emphasis.isImageOnly(paragraph) { return [Block(.image, paragraph.trimmed, line: line)] }
        if let heading = Emphasis.headingMarkup(paragraph) {
            return [Block(.heading(level: heading.level), heading.markup, line: line)]
        }
        if paragraph.hasPrefix(">") {
            return [Block(.quote, String(paragraph.drop(while: { $0 == ">" || $0 == " " })), line: line)]
        }
        if paragraph.containsASCII("\n") {
            let items = paragraph.split(separator: "\n")
            if items.allSatisfy(Paragraphs.isListItem) {
                return items.enumerated().map { Block(.listItem, String($1), line: line + $0) }
            }
        } else if Paragraphs.isListItem(Substring(paragraph)), !isDayAndMonth(paragraph) {
            return [Block(.listItem, paragraph, line: line)]
        }
        return [Block(.paragraph, paragraph, line: line)]
    }
}
