/// Reads a saved web page into a ``Document``: what the page declares about itself, most trusted
/// first, and the article's blocks.
///
/// The steps, each its own type: ``HTMLCharset`` decides the encoding; ``RawTextFilter`` drops
/// scripts, styles and comments opedb never reads; ``HTMLTree`` (libxml2)
/// builds the tree; ``ElementTable`` measures every element once; ``PageScan`` gathers metadata
/// (``JSONLD``, microdata, ``MetaTags``, canonical link, visible bylines and dates, `<title>`);
/// ``MainText`` chooses the article's elements; ``BlockWriter`` writes them as blocks. Each step
/// is one linear walk, so reading is linear in the page's size.
public enum HTMLReader {
    /// Main text shorter than this (in visible characters) is no article: a home page, an index,
    /// a login or cookie wall.
    static let minimumArticleText = 200
    /// A page that says it is an article (`og:type=article`, a schema.org article type, an
    /// `<article>` element holding the text) may be a short one: a photo post, a brief.
    static let minimumDeclaredArticleText = 80

    public static func read(_ bytes: [UInt8]) throws(ParseError) -> Document {
        try read(decoded: HTMLCharset.decode(bytes))
    }

    static func read(decoded: HTMLCharset.Decoded) throws(ParseError) -> Document {
        let bytes = decoded.encoding == "UTF-8" ? RawTextFilter.filtered(decoded.bytes) : decoded.bytes
        guard let tree = HTMLTree(bytes: bytes, encoding: decoded.encoding), let root = tree.root else {
            throw .noArticleText
        }
        let table = ElementTable(root: root)
        let scan = PageScan(root: root, table: table)
        var warnings = decoded.warnings
        let roots = MainText.roots(scan: scan, table: table)

        var declared: [DeclaredField] = []
        var jsonLD = JSONLD()
        for script in scan.jsonLD { jsonLD.add(script: script) }
        declared += jsonLD.finish()
        warnings += jsonLD.warnings
        declared += scan.microdata
        declared += MetaTags.fields(scan.metas)
        // The oEmbed link's address comes after the canonical one, and may resolve a relative one.
        let oEmbed = scan.oEmbed.flatMap(DeclaredURLs.fromOEmbed).map { DeclaredField(.url, $0, source: .link, name: "oembed") }
        declared += canonical(scan, declared: declared + (oEmbed.map { [$0] } ?? []))
        if let oEmbed { declared.append(oEmbed) }
        // No address declared: the one the page was saved from, as the saving tool wrote it;
        // else the one the share buttons pass on.
        if !declared.contains(where: { $0.key == .url && HTMLText.isArticleURL($0.value) }) {
            if let saved = SavedPageAddress.address(in: decoded.bytes) {
                declared.append(DeclaredField(.url, saved, source: .link, name: "saved from"))
            } else if let shared = ShareLinks.pageAddress(scan.shareTargets) {
                declared.append(DeclaredField(.url, shared, source: .link, name: "share link"))
            }
        }
        declared = DeclaredURLs.filtered(declared)
        // A `<title>` holding markup (a broken page pasted scripts into it) keeps its text before.
        if let raw = scan.titleElement, let title = Optional(HTMLText.clean(String(raw.prefix(while: { $0 != "<" })))), !title.isEmpty {
            declared.append(DeclaredField(.title, title, source: .titleElement, name: "title"))
        }
        declared = PageTitle.cleaned(declared)
        let shown = elements(scan, roots: roots, table: table, declared: declared)
        declared += shown
        if let headline = shown.first(where: { $0.key == .title && $0.name == articleHeadline }) {
            let key = BlockWriter.key(headline.value)
            declared.removeAll { $0.key == .title && $0.source < .element && BlockWriter.key($0.value) != key }
        }

        let declaredDocument = Document(format: .html, declared: declared)
        let title = declaredDocument.headline?.value
        let site = declaredDocument.declaredDomain
        var writer = BlockWriter(table: table, title: title)
        // A lead set apart from the text, above it, is the text's first paragraph.
        if let first = roots.first, let lead = MainText.lead(before: first, table) { writer.write(lead) }
        let leadBlocks = writer.blocks.count
        for node in roots { writer.write(node) }
        writer.removeRepeated(first: leadBlocks)
        writer.markRelated(site: site)
        var blocks = writer.blocks
        var textLength = Self.textLength(of: blocks)
        if let gallery = GalleryCaptions.asText(blocks, otherText: textLength) {
            blocks = gallery
            textLength = Self.textLength(of: blocks)
        }
        let declaresArticle = declared.contains { $0.key == .type && Self.isArticleType($0.value) }
            || roots.contains { $0.tag == .article || $0.attribute("itemprop")?.contains("articleBody") == true }
        var titlePosition = writer.titlePosition
        if textLength < (declaresArticle ? minimumDeclaredArticleText : minimumArticleText) {
            // A page that draws its text with scripts still declares it for search engines: as an
            // article's body, or as the steps of a how-to.
            let articleBody = paragraphs(ofDeclaredBody: jsonLD.articleBody)
            guard let declaredBody = articleBody ?? paragraphs(ofDeclaredBody: DeclaredContent.howTo(scan.jsonLD)),
                  declaredBody.length > textLength else {
                throw DeclaredContent.declaresVideo(scan.jsonLD) ? .videoPage : .noArticleText
            }
            blocks = declaredBody.blocks
            titlePosition = 0
            warnings.append(articleBody != nil
                ? "the page shows too little text; its text was read from the JSON-LD articleBody it declares"
                : "the page shows too little text; its text was read from the JSON-LD HowTo steps it declares")
        }

        declared += visible(scan, blocks: blocks, declared: declared, roots: roots, table: table)
        declared = withoutSiteAuthors(declared)
        declared = refinedByByline(declared)
        declared = printedOverDeclared(declared)
        declared += siteOwner(declared, titleParts: scan.titleElement.map { PageTitle.parts($0) } ?? [])
        declared = localDates(declared)
        declared = shownDates(declared)
        declared = SiteName.chosen(declared, titleElement: scan.titleElement)
        if let title {
            blocks.insert(Block(.heading(level: 1), BlockWriter.blockMarkup(title), line: 0), at: titlePosition ?? 0)
        }
        return Document(format: .html, declared: declared, blocks: blocks, warnings: warnings)
    }

    /// Characters of the article's own prose among `blocks`: paragraphs, lists and quotes, the
    /// standfirst and pull quotes; not headings, captions or boxes.
    private static func textLength(of blocks: [Block]) -> Int {
        blocks.reduce(0) { total, block in
            switch (block.kind, block.hint) {
            case (.paragraph, nil), (.quote, nil), (.listItem, nil), (.paragraph, .standfirst), (.quote, .pullQuote):
                return total + block.plainText.count
            default:
                return total
            }
        }
    }

    /// The paragraphs of a declared `articleBody` (one per line; markup and entities some
    /// outlets leave in it removed), or nil when they hold less than an article's worth of text.
    static func paragraphs(ofDeclaredBody body: String?) -> (blocks: [Block], length: Int)? {
        guard let body else { return nil }
        var blocks: [Block] = []
        var length = 0
        for line in body.split(whereSeparator: \.isNewline) {
            let text = HTMLText.clean(String(line))
            guard !text.isEmpty else { continue }
            blocks.append(Block(.paragraph, BlockWriter.blockMarkup(text)))
            length += text.count
        }
        return length >= minimumArticleText ? (blocks, length) : nil
    }

    private static func isArticleType(_ type: String) -> Bool {
        let lower = type.lowercased()
        return lower == "article" || JSONLD.articleTypes.contains(lower)
    }

    /// `<link rel=canonical>` when absolute, or resolved against an absolute `og:url`.
    private static func canonical(_ scan: PageScan, declared: [DeclaredField]) -> [DeclaredField] {
        guard let href = scan.canonical, !href.isEmpty else { return [] }
        if HTMLText.isArticleURL(href) { return [DeclaredField(.url, href, source: .link, name: "canonical")] }
        guard href.hasPrefix("/"), !href.hasPrefix("//"),
              let base = declared.first(where: { $0.key == .url && HTMLText.isArticleURL($0.value) })?.value,
              let schemeEnd = base.fastRange(of: "://") else { return [] }
        let hostEnd = base[schemeEnd.upperBound...].firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? base.endIndex
        let resolved = String(base[..<hostEnd]) + href
        return HTMLText.isArticleURL(resolved) ? [DeclaredField(.url, resolved, source: .link, name: "canonical")] : []
    }

    /// What the visible page says: the article's `<h1>`, its `<time>`, its byline.
    private static func elements(_ scan: PageScan, roots: [HTMLNode], table: ElementTable, declared: [DeclaredField]) -> [DeclaredField] {
        var fields: [DeclaredField] = []
        let scope = roots.map { articleScope(of: $0) }
        func inScope(_ node: HTMLNode) -> Bool { isInside(node, scope) }
        // The visible headline: the heading that repeats the declared title, else the article's h1.
        let document = Document(format: .html, declared: declared)
        let site = document.first(.publication)?.value
        let host = document.declaredDomain
        let declaredTitle = document.first(.title)?.value
        // A heading that is exactly one part of the `<title>` (`Site - Headline - Section`).
        let titleParts = Set((scan.titleElement.map { PageTitle.parts($0) } ?? []).map(BlockWriter.key).filter { $0.count >= 8 })
        let headings = scan.h1s.filter(inScope) + scan.h2s.filter(inScope) + scan.h1s.filter { !inScope($0) }
        // A heading that repeats the most trusted declared title whole (its kicker aside) is the
        // headline: the `<title>` may split that title at its own dash (`Interview with Jane Roe
        // – #Topic - Site`), a shorter heading may start it. An `<h1>` that repeats a less
        // trusted declaration (`og:title` beside a teaser in microdata) replaces the others.
        let declaredKey = declaredTitle.map(BlockWriter.key)
        let declaredKeys = Set(document.declared(.title).filter { $0.source < .element }.map { BlockWriter.key($0.value) })
        let plainHeadings = headings.map { ($0, PageTitle.withoutKicker($0)) }
        let trustedKey = document.declared(.title).first(where: { $0.source < .element }).map { BlockWriter.key($0.value) } ?? ""
        if trustedKey.count >= 8, let (heading, text) = plainHeadings.first(where: { BlockWriter.key($0.1) == trustedKey }) {
            fields.append(DeclaredField(.title, text, source: .element, name: heading.name))
            return fields
        }
        // An `<h1>` in the breadcrumb trail (its last item, the current page) that repeats the
        // trusted title whole confirms it: no shorter heading in the text that opens the same
        // way (a section's `Why it matters?` under `Why it matters and what it costs`) replaces it.
        // A heading that is the trusted title without its kicker (`Covid: How far it spread` over
        // `How far it spread`) still follows below.
        if trustedKey.count >= 8, scan.boilerplateH1s.contains(where: { BlockWriter.key(PageTitle.withoutKicker($0)) == trustedKey }),
           !plainHeadings.contains(where: { let key = BlockWriter.key($0.1); return key.count >= 8 && key != trustedKey && trustedKey.hasSuffix(key) }) {
            return fields
        }
        // An `<h1>` repeating a less trusted declaration, and not the trusted one with a kicker.
        if let (_, text) = plainHeadings.first(where: { heading, text in
            let key = BlockWriter.key(text)
            return heading.tag == .h1 && key.count >= 8 && declaredKeys.contains(key) && !key.contains(trustedKey)
        }) {
            fields.append(DeclaredField(.title, text, source: .element, name: articleHeadline))
            return fields
        }
        // Of several headings that are parts of the `<title>` (a blog's masthead `<h1>` and its
        // post's `<h2>`: `Blog » Archive » Post title`), the first in the article, else the
        // longest part: the site's name is the short one.
        let partHeadings = titleParts.isEmpty ? [] : (scan.h1s + scan.h2s).compactMap { heading -> (HTMLNode, Int)? in
            let key = BlockWriter.key(PageTitle.withoutKicker(heading))
            return titleParts.contains(key) ? (heading, key.count) : nil
        }
        if !titleParts.isEmpty, declaredKey.map({ !titleParts.contains($0) }) ?? true,
           let exact = partHeadings.first(where: { inScope($0.0) })?.0 ?? partHeadings.max(by: { $0.1 < $1.1 })?.0 {
            fields.append(DeclaredField(.title, PageTitle.withoutKicker(exact), source: .element, name: exact.name))
            return fields
        }
        for heading in headings {
            let text = PageTitle.withoutKicker(heading)
            guard !text.isEmpty, text.count <= 300, !PageTitle.isSiteName(text, site: site, host: host) else { continue }
            if let declaredTitle {
                guard Document.isVariant(text, of: declaredTitle) else { continue }
            } else if heading.tag != .h1 || !(inScope(heading) || scan.h1s.count == 1) {
                continue
            }
            fields.append(DeclaredField(.title, PageTitle.withoutAnonymousSuffix(text), source: .element, name: heading.name))
            break
        }
        // No heading repeats the declared title, but the article has one `<h1>` of its own: the
        // declared title is a search engine's or a share card's, the `<h1>` the headline a reader
        // sees over the text.
        let own = scan.h1s.filter(inScope)
        if fields.isEmpty, declaredTitle != nil, own.count == 1, let h1 = own.first, precedesText(h1, roots: roots, table: table) {
            let text = PageTitle.withoutAnonymousSuffix(PageTitle.withoutKicker(h1))
            // Not the declared title with more around it (a kicker), nor a part of it.
            let key = BlockWriter.key(text), declared = declaredKey ?? ""
            if text.count <= 300, text.split(separator: " ").count >= 3, !PageTitle.isSiteName(text, site: site, host: host),
               !key.contains(declared), !declared.contains(key) {
                fields.append(DeclaredField(.title, text, source: .element, name: articleHeadline))
            }
        }
        return fields
    }

    /// Whether `heading` stands before the first paragraph of the chosen text (a headline does;
    /// a box's heading after the article does not).
    private static func precedesText(_ heading: HTMLNode, roots: [HTMLNode], table: ElementTable) -> Bool {
        guard let position = table.index(of: heading), let start = roots.first.flatMap({ table.index(of: $0) }) else { return false }
        var i = start
        while i < table.facts.count {
            let facts = table.facts[i]
            if facts.isParagraphLike, !facts.dropped, facts.ownText > 40 { return position < i }
            i += 1
        }
        return true
    }

    /// The name of a title field read from the article's own `<h1>` against its declarations.
    static let articleHeadline = "h1 of the article"

    /// Bylines and dates as the page shows them: marked elements first (byline and date
    /// classes, `<time>`), then short blocks at the top (or, for bylines, the end) of the text
    /// that open with a byline word or hold a date; a date in the canonical URL's path too.
    private static func visible(_ scan: PageScan, blocks: [Block], declared: [DeclaredField], roots: [HTMLNode], table: ElementTable) -> [DeclaredField] {
        var fields: [DeclaredField] = []
        let document = Document(format: .html, declared: declared)
        let url = document.first(.url).flatMap { CanonicalURL.normalize($0.value) }
        let short = blocks.filter { $0.kind != .heading(level: 1) && $0.plainText.count <= 150 }
        let head = blocks.prefix(12).filter { $0.plainText.count <= 150 }
        let tail = short.suffix(4)

        // A byline in boilerplate (a post's footer line) counts when it sits in the post's own
        // container, and only after everything else.
        let containers = roots.compactMap { postContainer(of: $0) }
        func inPost(_ node: HTMLNode) -> Bool { isInside(node, containers) }
        // The sources of a byline, most telling first: byline elements, lines that open with a
        // byline word, date and meta lines that carry one (`Datum: … Autor: Jane Doe`), short
        // blocks at the top or the end of the text, the post's own footer line.
        // `labelled`: the page says these are the writers (`By`, `Autor:`), not only a class.
        var candidates: [(text: String, requireOpener: Bool, labelled: Bool)] = scan.bylines.map { ($0, false, false) }
        candidates += (scan.classBylineCount <= 2 ? scan.classBylines : []).map { ($0, false, false) }
        candidates += scan.openerLines.prefix(1).map { ($0, true, true) }
        // `Autor` in an element of its own, the name in the next (a meta box's label and value,
        // a `<dt>` and its `<dd>`).
        candidates += scan.labelledNames.filter { !$0.boilerplate || inPost($0.node) }.map { ($0.text, false, true) }
        candidates += scan.datelines.flatMap { VisibleByline.labelledParts(of: $0) }.map { ($0, true, true) }
        candidates += zip(head, head.dropFirst()).filter { VisibleByline.isLoneLabel($0.0.plainText) }.map { ($0.1.plainText, false, true) }
        candidates += (head + tail).map { ($0.plainText, $0.hint != .byline, false) }
        // `**Jane Doe**` or `(Jane Doe)` alone closing the text (nothing after it, not even a
        // list, as follows a bold `Further reading`): the writer's signature.
        if let closing = blocks.last(where: { $0.hint == nil }), closing.kind == .paragraph,
           let name = VisibleByline.signatureNames(markup: closing.markup, plain: closing.plainText).first {
            candidates.append((name, false, false))
        }
        candidates += scan.boilerplateBylines.filter { inPost($0.node) }.map { ($0.text, false, false) }
        // A desk signing (`Redaktion`) or the site's host spelled out (a logo marked up as the
        // author card) is the byline only when no source names a person.
        let host = document.declaredDomain
        var names: [String] = []
        var desk: [String] = []
        var labelled = false
        // After the site's host spelled out, only a byline the page labels names the writer (a
        // list of teasers further down names theirs).
        var afterSite = false
        for candidate in candidates {
            let found = VisibleByline.names(in: candidate.text, requireOpener: candidate.requireOpener)
            guard !found.isEmpty else { continue }
            if found.allSatisfy({ VisibleByline.spellsHost($0, host: host) }) {
                if desk.isEmpty { desk = found }
                afterSite = true
                continue
            }
            if afterSite, !candidate.labelled, VisibleByline.names(in: candidate.text, requireOpener: true).isEmpty { continue }
            if found.allSatisfy({ VisibleByline.deskNames.contains($0.folded) }) {
                if desk.isEmpty { desk = found }
                continue
            }
            names = found
            labelled = candidate.labelled || !VisibleByline.names(in: candidate.text, requireOpener: true).isEmpty
            break
        }
        if names.isEmpty { names = desk }
        // `von <a>Jane Doe</a>` in a byline element the cues took for boilerplate outside the
        // post's container (a theme's article navigation bar beside the headline): the writer,
        // when it stands by the headline before the text and is the page's only such line — a
        // list of teasers prints one per teaser, a sidebar stands apart from the headline.
        if names.isEmpty {
            let outside = Set(scan.boilerplateBylines.filter { !inPost($0.node) && byHeadline($0.node, scan: scan, roots: roots, table: table) }
                .map { VisibleByline.names(in: $0.text, requireOpener: true) }.filter { !$0.isEmpty })
            if outside.count == 1, let only = outside.first, scan.boilerplateBylines.count <= 2 {
                names = only
                labelled = true
            }
        }
        // `Jane Doe, 01.12.2021` in a date element, or in a line at the top that holds a date (not
        // a caption's `John Roe, chief from 1828 to 1866`): the name beside the date, when nothing
        // else gave one.
        let datedHead = head.prefix(6).map(\.plainText).filter { DateText.find($0) != nil }
        if names.isEmpty, let found = (scan.datelines + datedHead).lazy.map(VisibleByline.datelineNames).first(where: { !$0.isEmpty }) {
            names = found
        }
        // `11.12.2019 - Jane Doe` in the line under the headline, in the header beside the text
        // rather than in it: the name beside the date.
        if names.isEmpty, let found = headlineLines(scan.h1s.first).lazy.map(VisibleByline.datelineNames).first(where: { !$0.isEmpty }) {
            names = found
        }
        // Site names stay for now: ``withoutSiteAuthors`` keeps them when nobody else is named.
        for name in names {
            fields.append(DeclaredField(.author, name, source: .element, name: labelled ? labelledByline : "byline"))
        }

        if let time = scan.times.first(where: \.strong) ?? scan.times.first {
            fields.append(DeclaredField(.published, time.value.trimmed, source: .element, name: "time"))
        }
        // `27.1.2022 - The council met…`: a news dateline opening the first paragraphs.
        let datelined = blocks.prefix(12).compactMap { block -> String? in
            guard block.kind == .paragraph, block.plainText.count > 150 else { return nil }
            return leadingDateline(block.plainText)
        }
        let texts = scan.datelines + scan.bylines + scan.openerLines + head.map(\.plainText) + datelined
        if let date = texts.lazy.compactMap(DateText.find).first {
            fields.append(DeclaredField(.published, date, source: .element, name: "date text"))
        }
        if let url, let date = DateParser.dateInURL(url) {
            fields.append(DeclaredField(.published, date, source: .link, name: "date in URL"))
        }
        if scan.times.isEmpty, let time = scan.boilerplateTimes.first(where: { inPost($0.node) }) {
            fields.append(DeclaredField(.published, time.value.trimmed, source: .element, name: "time"))
        }
        return fields
    }

    /// The texts of the few elements right after the page's `<h1>`, short ones only: the date
    /// and name line a header prints under the headline.
    static func headlineLines(_ headline: HTMLNode?) -> [String] {
        var lines: [String] = []
        var sibling = headline?.nextSibling
        var seen = 0
        while let node = sibling, seen < 3 {
            sibling = node.nextSibling
            guard node.isElement else { continue }
            seen += 1
            // A bounded read: the sibling may be the whole text of the article.
            if let text = PageScan.shortText(of: node, limit: 240), text.count <= 120 { lines.append(text) }
        }
        return lines
    }

    /// The dateline a paragraph opens with, up to the dash after it (`27.1.2022 – `, `BERLIN,
    /// 27 January 2022 — `): a few words, then the text.
    static func leadingDateline(_ paragraph: String) -> String? {
        let head = paragraph.prefix(60)
        guard let dash = [" - ", " – ", " — "].compactMap({ head.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let line = String(head[..<dash.lowerBound])
        return DateText.find(line) != nil ? line : nil
    }

    /// A declared timestamp in UTC (`2023-11-09T05:30:59Z`, HTTP's `Wed, 09 Nov 2023 05:30:59
    /// GMT`) is the outlet's local date shifted:
    /// when the page shows a date one day off (its `<time>`, a date line), the shown date is the
    /// one the outlet and its readers give the article.
    static func localDates(_ declared: [DeclaredField]) -> [DeclaredField] {
        let declared = declared.map(localMidnight)
        guard let shown = declared.first(where: { $0.key == .published && $0.source == .element })
            .flatMap({ ArticleParser.declaredDate($0.value) }), let shownDay = dayNumber(shown) else { return declared }
        return declared.map { field in
            guard field.key == .published, field.source < .element, isUTC(field.value),
                  let date = ArticleParser.declaredDate(field.value), let day = dayNumber(date),
                  let hour = hourOfDay(field.value),
                  // West of Greenwich the local day is the one before, in the UTC morning; east of
                  // it the one after, late in the UTC day (offsets up to nine hours).
                  (shownDay == day - 1 && hour < 12) || (shownDay == day + 1 && hour >= 15) else { return field }
            var local = field
            local.value = shown
            return local
        }
    }

    /// The date a page shows its reader (its `<time>`, a date line) outranks a declared
    /// publication date that disagrees with it when the page's own declarations back the shown
    /// one — it repeats another declared publication date, or a declared modification made
    /// after the declared publication (the article was revised and shows its update; an earlier
    /// "modification" is a draft saved before a scheduled post went out) — or when the
    /// disagreeing date comes only from a generic `date` meta and is later than the shown one
    /// (Dublin Core's "a date of the resource", which content systems fill with the page's last
    /// change or build date: it cannot precede the publication).
    static func shownDates(_ declared: [DeclaredField]) -> [DeclaredField] {
        guard let shown = declared.first(where: { $0.key == .published && $0.source == .element })
            .flatMap({ ArticleParser.declaredDate($0.value) }) else { return declared }
        let document = Document(format: .html, declared: declared)
        let published = document.declared(.published).filter { $0.source < .element }
        guard let top = published.lazy.compactMap({ field in ArticleParser.declaredDate(field.value).map { (field, $0) } }).first,
              top.1 != shown else { return declared }
        let modified = document.declared(.modified).filter { $0.source < .element }.compactMap { ArticleParser.declaredDate($0.value) }
        // ISO dates compare as strings.
        let confirmed = published.contains { ArticleParser.declaredDate($0.value) == shown }
            || modified.contains { $0 == shown && $0 > top.1 }
        let weak = top.0.source == .metaTag && MetaTags.genericDates.contains(top.0.name) && shown < top.1
        guard confirmed || weak else { return declared }
        return declared.filter { field in
            !(field.key == .published && field.source < .element && ArticleParser.declaredDate(field.value) != shown)
        }
    }

    /// `2022-11-06T23:00:00.000Z`: a date without a time, stored as midnight in Central Europe
    /// and written in UTC — the date meant is the next day. Only a whole hour of 22 or 23 reads
    /// so; a real publication time is rarely on the hour to the second.
    static func localMidnight(_ field: DeclaredField) -> DeclaredField {
        guard field.key == .published || field.key == .modified, isUTC(field.value) else { return field }
        let value = field.value.trimmed
        let time = value.dropFirst(11).prefix(while: { $0 != "Z" && $0 != "+" })
        guard value.dropFirst(10).first == "T", time == "22:00:00" || time == "23:00:00" || time == "22:00:00.000" || time == "23:00:00.000",
              let day = dayNumber(String(value.prefix(10))) else { return field }
        var local = field
        local.value = isoDate(day: day + 1)
        return local
    }

    /// The ISO date of a day number (days since 1970-01-01), the inverse of ``dayNumber(_:)``.
    static func isoDate(day: Int) -> String {
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }

    private static func isUTC(_ value: String) -> Bool {
        let t = value.trimmed
        return t.count > 10 && (t.hasSuffix("Z") || t.hasSuffix("+00:00") || t.hasSuffix("+0000") || t.hasSuffix(" GMT") || t.hasSuffix(" UTC"))
    }

    /// The hour of a timestamp: the first `HH:MM` in it (`2023-11-09T05:30:59Z`, `Thu, 09 Nov
    /// 2023 05:30:59 GMT`).
    static func hourOfDay(_ value: String) -> Int? {
        let b = Array(value.utf8.prefix(64))
        func digit(_ i: Int) -> Bool { i >= 0 && i < b.count && b[i] >= 0x30 && b[i] <= 0x39 }
        var i = 0
        while i + 4 < b.count {
            if digit(i), digit(i + 1), !digit(i - 1), b[i + 2] == UInt8(ascii: ":"), digit(i + 3), digit(i + 4) {
                let hour = Int(b[i] - 0x30) * 10 + Int(b[i + 1] - 0x30)
                return hour < 24 ? hour : nil
            }
            i += 1
        }
        return nil
    }

    /// Days since 1970-01-01 of an ISO date (`2023-11-09`), for comparing dates.
    static func dayNumber(_ iso: String) -> Int? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let (y0, m, d) = (parts[0], parts[1], parts[2])
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Author fields that only name the site (`CNN`, `example.com`) or its staff (`Redaktion`)
    /// are the outlet, not a person — unless the page names nobody else: a personal blog is
    /// named after its writer, and a page signed only by its outlet or its desk declares that
    /// as its author.
    private static func withoutSiteAuthors(_ declared: [DeclaredField]) -> [DeclaredField] {
        let document = Document(format: .html, declared: declared)
        let site = document.declared(.publication).first(where: { $0.source != .element })?.value
        let host = document.declaredDomain
        // `Jane Doe - Planet`: the site's name printed beside a person goes first.
        let declared = declared.map { field in
            guard field.key == .author else { return field }
            var field = field
            field.value = HTMLText.withoutSiteName(field.value, site: site, host: host)
            return field
        }
        // `Headline | Planet`: a site name that repeats the title names the site in one of its parts.
        let siteParts = site.map { PageTitle.parts($0).filter { $0.count >= 3 } } ?? []
        func isOutlet(_ field: DeclaredField) -> Bool {
            field.key == .author && (PageTitle.isSiteName(field.value, site: site, host: host)
                || siteParts.contains { BlockWriter.key($0) == BlockWriter.key(field.value) }
                || VisibleByline.deskNames.contains(field.value.folded) || HTMLText.isOrganisationName(field.value)
                // `Planet – Das Magazin für Wissen`: metadata naming no person the way names are written.
                || (field.source < .element && !VisibleByline.isNameShaped(field.value)))
        }
        let people = declared.filter { $0.key == .author && !isOutlet($0) }
        // A login name (`jdoe`) gives way to a person's name as printed, when the page has one.
        let printedNames = people.contains { !HTMLText.isHandle($0.value) && $0.value.contains(" ") && VisibleByline.isNameShaped($0.value) }
        return declared.filter { field in
            guard field.key == .author else { return true }
            if VisibleByline.notNames.contains(field.value.folded) { return false }
            if printedNames, HTMLText.isHandle(field.value) { return false }
            return people.isEmpty || !isOutlet(field)
        }
    }

    /// The page's byline when it completes the one author the metadata declares: `Jane Doe,
    /// John Roe` where the JSON-LD lists only `Jane Doe`, `Jane Doe` where it declares the
    /// first name `Jane` — metadata often keeps only the account that posted. Every other name
    /// the byline adds must be written as a person's (two or three capitalised words, no
    /// acronym, no desk or body), so a role or employer read from the line never joins.
    static func refinedByByline(_ declared: [DeclaredField]) -> [DeclaredField] {
        let authors = declared.filter { $0.key == .author }
        guard let best = authors.map(\.source).min(), best < .element else { return declared }
        let stated = authors.filter { $0.source == best }.map { $0.value.folded }
        let shown = authors.filter { $0.source == .element }.map(\.value)
        guard stated.count == 1, let name = stated.first, !shown.isEmpty, shown.map(\.folded) != stated,
              let kept = shown.firstIndex(where: { $0.folded == name || (!name.contains(" ") && $0.folded.hasPrefix(name + " ")) }),
              shown.indices.allSatisfy({ $0 == kept || isPersonName(shown[$0]) }) else { return declared }
        return declared.filter { $0.key != .author || $0.source == .element }
    }

    /// The name of an author field read from a byline the page labels as one (`By`, `Von`,
    /// `Autor:`, `<dt>Auteur</dt>`).
    static let labelledByline = "labelled byline"

    /// A byline the page prints under its own label (`By Jane Doe`, `Autor: Jane Doe`) naming
    /// other people than the metadata: the metadata keeps the account that filed the post (an
    /// editor, the web team, the site's owner), the printed byline names the writer a reader
    /// sees. Only names written as people's replace the metadata — full names, or a blogger's
    /// one capitalised name alone (`Von Jane`, not a login's `jdoe`) — and only when no word of
    /// theirs is in a declared name (`Jane` declared, `Jane Doe` printed is the same person,
    /// completed by ``refinedByByline(_:)``).
    static func printedOverDeclared(_ declared: [DeclaredField]) -> [DeclaredField] {
        let authors = declared.filter { $0.key == .author }
        let printed = authors.filter { $0.source == .element && $0.name == labelledByline }.map(\.value)
        let stated = authors.filter { $0.source < .element }.map(\.value)
        guard !printed.isEmpty, !stated.isEmpty, printed.allSatisfy(isPersonName) || (printed.count == 1 && isGivenName(printed[0])) else { return declared }
        let printedWords = Set(printed.flatMap { $0.folded.split(separator: " ") })
        guard stated.allSatisfy({ $0.folded.split(separator: " ").allSatisfy { !printedWords.contains($0) } }) else { return declared }
        return declared.filter { $0.key != .author || $0.source == .element }
    }

    /// A personal site that names nobody as the author: the person the site is named after,
    /// when the host spells that name (`Jane Doe` on `janedoe.example`, `Dr. Jane Doe` on
    /// `jane-doe.example`). The site's name (a declared one, or a part of the `<title>`) alone
    /// is no author: outlets are named like people too.
    static func siteOwner(_ declared: [DeclaredField], titleParts: [String]) -> [DeclaredField] {
        guard !declared.contains(where: { $0.key == .author }) else { return [] }
        let document = Document(format: .html, declared: declared)
        guard let host = document.declaredDomain else { return [] }
        let labels = Set(host.split(separator: ".").dropLast().map { $0.filter { $0.isLetter || $0.isNumber }.lowercased() })
        let sites = document.declared(.publication).map(\.value) + titleParts
        for site in sites {
            let name = BylineParser.withoutHonorific(site.collapsingWhitespace)
            guard isPersonName(name), let first = name.split(separator: " ").first,
                  !Vocabulary.leadingArticles.contains(first.folded), labels.contains(name.folded.filter { $0.isLetter || $0.isNumber }) else { continue }
            return [DeclaredField(.author, name, source: .element, name: "site owner")]
        }
        return []
    }

    /// `John Roe`, `Ana de la Cruz`: two or three words, each capitalised but particles, none
    /// an acronym, no organisation or desk.
    private static func isPersonName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return (2...4).contains(words.count) && VisibleByline.isNameShaped(name) && !HTMLText.isOrganisationName(name)
            && !VisibleByline.deskNames.contains(name.folded)
            && words.allSatisfy { word in !(word.count >= 2 && word.allSatisfy { !$0.isLetter || $0.isUppercase }) }
    }

    /// `Jane`: one word of three letters or more, capitalised, the rest lowercase letters — a
    /// name as a person signs, not a login (`jdoe`, `JDoe77`), an acronym or a desk.
    private static func isGivenName(_ name: String) -> Bool {
        guard let first = name.first, first.isUppercase, name.count >= 3, !name.contains(" ") else { return false }
        return name.dropFirst().allSatisfy { $0.isLetter && $0.isLowercase } && !VisibleByline.deskNames.contains(name.folded)
            && !VisibleByline.notNames.contains(name.folded) && !HTMLText.isOrganisationName(name)
    }

    /// Whether `node` is one of `containers` or inside one.
    private static func isInside(_ node: HTMLNode, _ containers: [HTMLNode]) -> Bool {
        var current: HTMLNode? = node
        while let c = current {
            if containers.contains(where: { $0.pointer == c.pointer }) { return true }
            current = c.parent
        }
        return false
    }

    /// The post around a chosen root: the root when it is an `<article>`, else the nearest
    /// `<article>` above it, else the nearest element whose classes say article or post (`post
    /// hentry`, `entry`); nil when there is none.
    private static func postContainer(of root: HTMLNode) -> HTMLNode? {
        // An `<article>` chosen whole is the post: its header's `<aside class="meta">` is its own.
        if root.tag == .article { return root }
        // The `<article>` above first: a post's body sits in a `content` element inside it, and
        // the byline beside that element.
        var current = root.parent
        var positive: HTMLNode?
        while let c = current, c.tag != .body, c.tag != .html {
            if c.tag == .article || isWordPressPost(c) { return c }
            if positive == nil, ClassCues(classAndID: c.attribute("class")).isPositive { positive = c }
            current = c.parent
        }
        return positive
    }

    /// Whether `node` stands before the text and within a few elements of the page's headline
    /// (an `<h1>`), in the order of the page.
    private static func byHeadline(_ node: HTMLNode, scan: PageScan, roots: [HTMLNode], table: ElementTable) -> Bool {
        guard let position = table.index(of: node), precedesText(node, roots: roots, table: table) else { return false }
        return scan.h1s.contains { h1 in table.index(of: h1).map { abs($0 - position) <= headlineNeighbourhood } ?? false }
    }

    /// How many elements apart a byline and the headline may stand (a meta bar's list items and
    /// icons between them).
    private static let headlineNeighbourhood = 30

    /// Whether `node` is a WordPress post's element (`post_class()`: `post-12 post type-post
    /// hentry`, whatever the tag): the post whole, its meta bar and its text.
    private static func isWordPressPost(_ node: HTMLNode) -> Bool {
        guard let classes = node.attribute("class"), classes.contains("type-") || classes.contains("hentry") else { return false }
        return classes.split(separator: " ").contains { $0 == "hentry" || $0 == "type-post" }
    }

    /// The `<article>` around a chosen root (its head holds the h1 and the byline), or the root.
    private static func articleScope(of node: HTMLNode) -> HTMLNode {
        var current: HTMLNode? = node
        while let c = current {
            if c.tag == .article { return c }
            current = c.parent
        }
        return node.parent ?? node
    }
}
