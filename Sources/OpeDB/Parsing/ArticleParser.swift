/// Parses one article into a ``ParsedArticle``: bytes → a reader's ``Document`` → roles for its
/// blocks → fields.
///
/// The work, in order: a reader makes blocks (Markdown here; see `Reading/`); the title is found
/// (``TitleClassifier``); the blocks after it split into three zones — the header
/// (``HeaderZone``: label, standfirst, byline, date, credit), the footer found from the end
/// (``FooterZone``: bios, disclaimer, source line) and the body between them (``BodyZone``) —
/// and each zone's classifiers give its blocks their roles. Declared metadata (front matter,
/// JSON-LD, meta tags) outranks what the text suggests. The parser is lenient (any part may be
/// missing) and never fails on text: only bytes that are not text are refused.
public struct ArticleParser: Sendable {
    public init() {}

    /// Parses the bytes of a file.
    public func parse(bytes: [UInt8]) throws(ParseError) -> ParsedArticle {
        var explanation = ParseExplanation()
        return try parse(document: read(bytes: bytes), explaining: &explanation)
    }

    /// Parses the bytes of a file and says why it believed each field.
    public func explain(bytes: [UInt8]) throws(ParseError) -> (article: ParsedArticle, explanation: ParseExplanation) {
        var explanation = ParseExplanation()
        let article = try parse(document: read(bytes: bytes), explaining: &explanation)
        return (article, explanation)
    }

    /// The document a file's bytes hold, read by the reader its content calls for: gzip is
    /// inflated, a web page goes to ``HTMLReader``, text to ``MarkdownReader`` (see ``ArticleSource``).
    public func read(bytes: [UInt8]) throws(ParseError) -> Document {
        try read(source: ArticleSource.read(bytes))
    }

    /// The document of an already-read source.
    public func read(source: ArticleSource) throws(ParseError) -> Document {
        if let page = source.page { return try HTMLReader.read(decoded: page) }
        var document = MarkdownReader.read(source.text)
        document.warnings = source.warnings + document.warnings
        return document
    }

    /// Parses already-decoded Markdown or plain text.
    public func parse(text: String) throws(ParseError) -> ParsedArticle {
        try parse(document: MarkdownReader.read(text))
    }

    /// Parses a document made by any reader.
    public func parse(document: Document) throws(ParseError) -> ParsedArticle {
        var explanation = ParseExplanation()
        return try parse(document: document, explaining: &explanation)
    }

    func parse(document: Document, explaining explanation: inout ParseExplanation) throws(ParseError) -> ParsedArticle {
        var blocks = Self.mergingListItems(document.blocks)
        // A whole page converted to Markdown; not a clipping that declares what it is.
        var isWholePage = false
        if document.format == .markdown, document.declared.isEmpty, let article = WholePage.article(in: blocks) {
            blocks = article
            isWholePage = true
        }
        guard !blocks.isEmpty || document.first(.title) != nil else { throw .blank }

        // Title: the heading the title classifier finds, else the first block.
        var kindHint: String?
        var leading: [Block] = []
        var rawTitle = ""
        var afterTitle = blocks.startIndex
        var titleWasFound = false
        if let titleIndex = TitleClassifier.titleIndex(in: blocks) {
            for block in blocks[..<titleIndex] where block.kind != .image {
                if let kind = TitleMarker.kind(named: block.plainText) {
                    kindHint = kind
                } else if !Self.isLabel(block) {
                    leading.append(block)
                }
            }
            rawTitle = blocks[titleIndex].plainText
            afterTitle = titleIndex + 1
            titleWasFound = true
            explanation.note(.title, titleIndex == 0 ? "first heading" : "heading near the top", line: blocks[titleIndex].line)
        } else if !blocks.isEmpty {
            // The first line with a word: a line of only marks (html2text's `__` for an icon) is none.
            let index = blocks.firstIndex { WordCount.of($0.plainText) > 0 } ?? blocks.startIndex
            rawTitle = TitleClassifier.plainTitle(blocks[index])
            afterTitle = index + 1
            explanation.note(.title, "first line", line: blocks[index].line)
        }
        let titleWasDeclared = afterTitle > 0 && blocks[afterTitle - 1].hint == .title
        // On a whole page, the headline's block: its byline, date and address stand around it.
        let pageHeadline = isWholePage && titleWasFound ? blocks[afterTitle - 1] : nil
        let (guessedTitle, marker) = TitleMarker.split(rawTitle)
        if marker != nil { explanation.note(.kind, "marker in the title", line: explanation.reason(for: .title)?.line) }

        let header = HeaderZone(blocks, from: afterTitle, explaining: &explanation)
        let rest = leading + blocks[header.end...]
        let bylineNames = header.byline?.names ?? []
        let (footerStart, footerRoles) = FooterZone.find(in: rest, bodyStart: 0, names: bylineNames.map(PersonName.init))
        var body = BodyZone(rest[..<footerStart], explaining: &explanation)
        if isWholePage { explanation.note(.body, "the longest run of prose on a whole page") }
        let footer = FooterZone(rest[footerStart...], roles: footerRoles, explaining: &explanation)

        var article = ParsedArticle(title: guessedTitle)
        article.subtitle = header.subtitle
        if titleWasDeclared, let standfirst = header.subtitle, document.first(.subtitle) == nil {
            // Under a title the text never had, a first heading or bold line starts the text.
            article.subtitle = nil
            body.paragraphs.insert(standfirst, at: 0)
        }
        article.imageCredit = header.credit
        article.related = body.related + footer.related
        article.quotes = body.quotes + footer.quotes
        article.disclaimer = footer.disclaimer ?? body.disclaimer
        article.url = header.url ?? footer.url
        // A whole page keeps no `<head>`, but links to itself.
        if article.url == nil, isWholePage,
           let found = WholePageAddress.find(title: pageHeadline.map { ($0, rawTitle) }, page: document.blocks),
           CanonicalURL.normalize(found.address) != nil {
            article.url = found.address
            explanation.note(.url, found.rule)
        }
        article.body = body.paragraphs.joined(separator: "\n\n")
        article.wordCount = WordCount.of(article.body)
        article.mentions = body.mentions

        // Date: the page's, unless it is only an update and the URL carries the original.
        var pageDate = header.date ?? header.byline?.date
        if header.date == nil, header.byline?.date != nil { explanation.note(.date, "date in the byline", line: explanation.reason(for: .authors)?.line) }
        // The line beside a whole page's headline that holds a date: read once, for the date and the writer.
        let headlineDateLine = pageHeadline.flatMap { WholePageDate.dateLine(page: document.blocks, titleLine: $0.line) }
        // A whole page's date line beside the headline, unless its address carries the date (a
        // teaser's or a comment's date may stand near the headline too). An update's date alone
        // in the header gives way to a published one there.
        if pageDate == nil || pageDate?.isUpdate == true, let pageHeadline, article.url.flatMap(DateParser.dateInURL) == nil,
           let found = headlineDateLine?.date ?? WholePageDate.onlyDate(after: pageHeadline.line, in: document.blocks),
           pageDate == nil || !found.isUpdate {
            pageDate = found
            explanation.note(.date, "date beside the headline on the whole page")
        }
        let urlDate = article.url.flatMap(DateParser.dateInURL)
        if let page = pageDate, page.isUpdate, urlDate != nil {
            pageDate = nil
            explanation.note(.date, "date in the URL (the page gave only an update)")
        }
        article.publishedOn = pageDate?.iso ?? urlDate
        article.dateIsUpdate = pageDate?.isUpdate ?? false
        if pageDate == nil, urlDate != nil, explanation.reason(for: .date)?.rule != "date in the URL (the page gave only an update)" {
            explanation.note(.date, "date in the URL")
        }

        // Authors: the byline's, else a wire story's reporters.
        var names = bylineNames
        if names.isEmpty, !footer.reportingBy.isEmpty {
            names = footer.reportingBy
            explanation.note(.authors, "reporting credit")
        }

        var kind = marker ?? header.kind ?? kindHint
        if marker == nil, header.kind == nil, kindHint != nil { explanation.note(.kind, "section label above the title") }
        Self.applyDeclared(document, to: &article, names: &names, kind: &kind, explaining: &explanation)
        // No byline and nothing declared: the writer may sign the text (`*Von Jane Doe*`,
        // `**Jane Doe**` closing it), as clippers and extractors keep it. HTML has its own rule.
        // Else the one person the date line under the title names.
        if names.isEmpty, document.format == .markdown, let closing = rest[..<footerStart].last(where: { $0.kind == .paragraph }),
           let signed = Self.signature(closing.markup) {
            names = signed
            explanation.note(.authors, "signature closing the text")
        } else if names.isEmpty, let pageHeadline,
                  case let named = WholePageHeader.names(page: document.blocks, titleLine: pageHeadline.line), !named.isEmpty {
            // A whole page's byline the header lines kept with the text did not hold.
            names = named
            explanation.note(.authors, "byline beside the headline on the whole page")
        } else if names.isEmpty, isWholePage, let textEnd = blocks.last?.line,
                  case let credited = WholePageHeader.creditedAfter(textEnd: textEnd, in: document.blocks), !credited.isEmpty {
            // A whole page's writer credited with a label under the text.
            names = credited
            explanation.note(.authors, "labelled credit under the text on the whole page")
        } else if names.isEmpty, document.format == .markdown, case let credited = Self.labelledCredit(closing: body.paragraphs), !credited.isEmpty {
            // `* Author: Jane Doe` in a meta list closing the text.
            names = credited
            explanation.note(.authors, "labelled credit closing the text")
        } else if names.isEmpty, document.format == .markdown, let dateline = header.dateline,
                  case let named = VisibleByline.datelineNames(in: Inline.plainText(dateline.text)), !named.isEmpty {
            // `11.12.2019 - Jane Doe`: the one person a date line names beside its date.
            names = named
            explanation.note(.authors, "name on the date line", line: dateline.line)
        } else if names.isEmpty, let line = headlineDateLine,
                  case let named = VisibleByline.datelineNames(in: line.text), !named.isEmpty {
            // The same beside the headline of a whole page.
            names = named
            explanation.note(.authors, "name on the date line beside the headline on the whole page")
        }

        // The writer's and date's lines a page theme sets around the text are not text.
        Self.removeMetaLines(from: &article, names: names, explaining: &explanation)

        // Publication: the disclaimer's outlet, else a wire dateline's, else the URL's domain.
        article.domain = article.url.flatMap(CanonicalURL.domain)
        if article.publication == nil {
            if let outlet = article.disclaimer.flatMap(Disclaimer.publication) {
                article.publication = outlet
                explanation.note(.publication, "outlet named in the disclaimer", line: explanation.reason(for: .disclaimer)?.line)
            } else if let domain = article.domain {
                article.publication = KnownOutlets.named(forDomain: domain) ?? domain
                explanation.note(.publication, "the URL's domain")
            } else if let first = body.paragraphs.first, let outlet = WireDateline.outlet(first) {
                article.publication = outlet
                explanation.note(.publication, "wire dateline")
            }
        }

        // An opinion disclaimer makes an unmarked article an op-ed; a republication note does not.
        if kind == nil, let disclaimer = article.disclaimer, Disclaimer.matches(disclaimer) {
            kind = "op-ed"
            explanation.note(.kind, "opinion disclaimer", line: explanation.reason(for: .disclaimer)?.line)
        }
        if kind == nil, let url = article.url, Self.isOpinionPath(url) {
            kind = "op-ed"
            explanation.note(.kind, "opinion section in the URL")
        }
        article.kind = kind ?? "news"
        if kind == nil { explanation.note(.kind, "default (no marker)") }

        let notes = NoteParser.parse(paragraphs: body.notes + footer.notes, authors: names)
        article.notes = notes.notes
        article.books = notes.books
        article.authors = names.map {
            ParsedAuthor(name: $0, aliases: notes.aliases[$0] ?? [], affiliation: notes.affiliations[$0])
        }
        if article.title.isEmpty { article.warnings.append("no title found") }
        if bylineNames.count > BylineParser.nameLimit {
            article.warnings.append("byline lists \(bylineNames.count) names, more than \(BylineParser.nameLimit); all were stored as authors")
        }
        article.warnings = document.warnings + article.warnings
        return article
    }

    /// The body without the writer's and date's lines a page theme sets around the text (``MetaLine``).
    static func removeMetaLines(from article: inout ParsedArticle, names: [String], explaining explanation: inout ParseExplanation) {
        guard let paragraphs = MetaLine.removed(from: MetaLine.ends(of: article.body), names: names, published: article.publishedOn) else { return }
        article.body = paragraphs.joined(separator: "\n\n")
        article.wordCount = WordCount.of(article.body)
        explanation.note(.body, "paragraphs between the header and the footer, without the writer's and date's lines around them")
    }

    /// A few words over the headline that end no sentence: a section's name, a kicker, a
    /// breadcrumb or a button (`Promis`, `Zurück`, `Entretiens Méditerranée`), not the text.
    static func isLabel(_ block: Block) -> Bool {
        let text = block.plainText
        guard !text.containsASCII("\n"), text.count <= 60 else { return false }
        return text.split(separator: " ").count <= 4 && text.last.map { !$0.isSentenceTerminal } ?? true
    }

    /// The names a meta list in the last two paragraphs gives: a labelled credit line (`*
    /// Author: Jane Doe`) beside a date line (`* Published: 03 December 2019`), or the credit
    /// over the text's source as its last two paragraphs (`Autor: Jane Doe`, then `Quelle:
    /// Planet`). A credit without either is a book's or a song's (`Autor: …` over `Verlag: …`),
    /// not the text's.
    static func labelledCredit(closing paragraphs: [String]) -> [String] {
        let closing = paragraphs.suffix(2)
        let sourceCloses = closing.count == 2 && closing.last.map(isSourceLine) == true
        for paragraph in closing.reversed() where paragraph.utf8.count <= 1_000 {
            let lines = paragraph.split(separator: "\n").map { String(WholePage.withoutListMarker(String($0)) ?? $0) }
            guard sourceCloses || lines.contains(where: { DateParser.parseAnyLine($0) != nil }) else { continue }
            for line in lines {
                let names = VisibleByline.labelledCredit(line)
                if !names.isEmpty { return names }
            }
        }
        return []
    }

    /// `Quelle: Planet`, `Source : Planet`: one short line naming where the text comes from.
    static func isSourceLine(_ paragraph: String) -> Bool {
        let plain = Inline.plainText(paragraph)
        guard plain.count <= 80, !plain.contains("\n"), let colon = plain.firstIndex(of: ":") else { return false }
        let label = plain[..<colon].trimmed.folded
        return ["quelle", "source", "fuente", "fonte"].contains(label) && !plain[plain.index(after: colon)...].trimmed.isEmpty
    }

    /// The names of a paragraph that signs a text: a full name alone set apart
    /// (``VisibleByline/signatureNames(markup:plain:)``), or a short emphasised byline (`*Von
    /// Jane Doe*`, `_By Jane Doe_`).
    static func signature(_ markup: String) -> [String]? {
        let plain = Inline.plainText(markup)
        guard plain.count <= 60, !markup.containsASCII("\n"), !WholePage.isStopHeading(plain) else { return nil }
        let signed = VisibleByline.signatureNames(markup: markup, plain: plain)
        if !signed.isEmpty { return signed }
        guard Emphasis.italicInner(markup) ?? Emphasis.boldInner(markup) != nil else { return nil }
        let names = VisibleByline.names(in: plain, requireOpener: true)
        return names.isEmpty ? nil : names
    }

    /// Consecutive list items of one list (on consecutive lines) as one block, their lines kept:
    /// a list is one body paragraph.
    static func mergingListItems(_ blocks: [Block]) -> [Block] {
        guard blocks.contains(where: { $0.kind == .listItem }) else { return blocks }
        var merged: [Block] = []
        merged.reserveCapacity(blocks.count)
        var lastItemLine = Int.min
        for block in blocks {
            if block.kind == .listItem, let last = merged.last, last.kind == .listItem, block.line == lastItemLine + 1 {
                merged[merged.count - 1].markup += "\n"
                merged[merged.count - 1].markup += Self.listLine(block)
            } else if block.kind == .listItem {
                var item = block
                item.markup = Self.listLine(block)
                merged.append(item)
            } else {
                merged.append(block)
            }
            lastItemLine = block.line
        }
        return merged
    }

    /// An item's line with its bullet: readers that give items without one (HTML) get `- `.
    private static func listLine(_ block: Block) -> String {
        Paragraphs.isListItem(Substring(block.markup)) ? block.markup : "- " + block.markup
    }

    /// `/opinion/`, `/op-ed/`, `/commentary/` in an address's path.
    static func isOpinionPath(_ url: String) -> Bool {
        let lower = url.lowercased()
        return ["/opinion/", "/opinions/", "/op-ed/", "/oped/", "/op-eds/", "/commentary/", "/comment/"]
            .contains { lower.fastContains($0) }
    }
}
