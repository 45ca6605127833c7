/// One walk over the whole page that gathers everything read from outside the article text:
/// `<meta>`, `<link rel=canonical>`, `<title>`, JSON-LD scripts, microdata, visible bylines and
/// dates, and the elements that may hold the article (`itemprop=articleBody`, `<article>`,
/// `<main>`).
struct PageScan {
    var metas: [(name: String, content: String)] = []
    var canonical: String?
    /// The `href` of the oEmbed discovery link (`<link rel=alternate type=…+oembed>`).
    var oEmbed: String?
    var titleElement: String?
    /// The addresses the page's share buttons pass on (``ShareLinks``), outside comments.
    var shareTargets: [String] = []
    var jsonLD: [[UInt8]] = []
    var microdata: [DeclaredField] = []
    /// Texts of byline elements (`rel=author`, `itemprop=author` without a name, byline classes).
    var bylines: [String] = []
    /// Texts of elements outside boilerplate whose class names a byline in another language
    /// (`autor`, `auteur`), and how many the page has: a class repeated down a list of teasers
    /// names their writers, not the article's.
    var classBylines: [String] = []
    var classBylineCount = 0
    /// Short texts anywhere outside boilerplate that open with a byline word (`Posted by …`).
    var openerLines: [String] = []
    /// `<time datetime>` values; `strong` when marked `pubdate` or `itemprop=datePublished`.
    var times: [(value: String, strong: Bool)] = []
    /// Texts of date elements (a `dateline` or `date` class, a `<time>` without `datetime`).
    var datelines: [String] = []
    /// Byline texts and `<time datetime>` values inside boilerplate other than comments (a
    /// post's footer line, an `<aside class="meta">`, a theme's `sidebar` wrapped around the
    /// post): the page's byline when it sits in the article's own container.
    var boilerplateBylines: [(text: String, node: HTMLNode)] = []
    var boilerplateTimes: [(value: String, node: HTMLNode)] = []
    /// What follows a byline label standing in an element of its own (`<dt>Autor</dt><dd>Jane
    /// Doe</dd>`, `<strong>By</strong> Jane Doe`, a meta box's `<p class=label>By</p>` and the
    /// name in the next box), with the label's element; `boilerplate` when it sits in one.
    var labelledNames: [(text: String, node: HTMLNode, boilerplate: Bool)] = []
    var h1s: [HTMLNode] = []
    /// `<h1>`s in boilerplate: a breadcrumb's last item is often the page's headline as an `h1`.
    var boilerplateH1s: [HTMLNode] = []
    /// The first `<h2>`s: blogs often give the post's title an `h2` under a site-name `h1`.
    var h2s: [HTMLNode] = []
    var articleBodies: [HTMLNode] = []
    var articles: [HTMLNode] = []
    var mains: [HTMLNode] = []
    var body: HTMLNode?

    private let table: ElementTable
    /// How many microdata items of other works enclose the walk (``otherWorks``).
    private var otherWorkDepth = 0

    /// Microdata properties whose item is another work than the page's own: a reference the
    /// page cites, a comment, a review, an entry of a list, a related link. Their `author`,
    /// `headline` and dates are theirs (a paper's seventy cited authors are not its authors).
    static let otherWorks: Set<Substring> = ["citation", "comment", "review", "itemListElement", "relatedLink",
                                             "hasPart", "isPartOf", "workExample", "subjectOf"]

    init(root: HTMLNode, table: ElementTable) {
        self.table = table
        visit(root, boilerplate: false, comments: false)
    }

    private mutating func visit(_ node: HTMLNode, boilerplate: Bool, comments: Bool) {
        for child in node.children where child.isElement {
            let tag = child.tag
            switch tag {
            case .meta:
                readMeta(child)
                continue
            case .link:
                if canonical == nil, let rel = child.attribute("rel"), rel.lowercased().split(separator: " ").contains("canonical"),
                   let href = child.attribute("href") {
                    canonical = href.trimmed
                } else if oEmbed == nil, let type = child.attribute("type"), type.lowercased().contains("oembed"),
                          let href = child.attribute("href") {
                    oEmbed = href.trimmed
                }
                continue
            case .title:
                if titleElement == nil { titleElement = child.text }
                continue
            case .script:
                if let type = child.attribute("type"), type.lowercased().contains("ld+json") {
                    var bytes: [UInt8] = []
                    for text in child.children where text.isText { text.withTextBytes { bytes.append(contentsOf: $0) } }
                    jsonLD.append(bytes)
                }
                continue
            case .style, .noscript, .template, .svg, .iframe:
                continue
            case .body:
                if body == nil { body = child }
            case .article:
                if !boilerplate { articles.append(child) }
            case .main:
                if !boilerplate { mains.append(child) }
            case .h1:
                if !boilerplate { h1s.append(child) } else if boilerplateH1s.count < 4 { boilerplateH1s.append(child) }
            case .h2:
                if !boilerplate && h2s.count < 20 { h2s.append(child) }
            case .time:
                if !boilerplate, let value = child.attribute("datetime") ?? child.attribute("content") {
                    times.append((value, child.hasAttribute("pubdate") || child.attribute("itemprop") == "datePublished"))
                } else if boilerplate, !comments, boilerplateTimes.count < 8, let value = child.attribute("datetime") {
                    boilerplateTimes.append((value, child))
                } else if !boilerplate, datelines.count < 6 {
                    datelines.append(child.text)
                }
            default:
                break
            }
            var inBoilerplate = boilerplate
            let cues = table.cues(of: child)
            if (table.isDropped(child) && !shownOnScreen(child)) || tag == .nav || tag == .aside { inBoilerplate = true }
            let inComments = comments || cues.isComments
            if let itemprop = child.attribute("itemprop") {
                readMicrodata(child, itemprop: itemprop, boilerplate: inBoilerplate)
                // A post's `itemprop=datePublished` in a meta bar the cues took for boilerplate
                // (a page builder's `widget` columns): kept like a `<time>` there.
                if inBoilerplate, !inComments, otherWorkDepth == 0, tag != .time, boilerplateTimes.count < 8,
                   itemprop.split(separator: " ").contains("datePublished") {
                    boilerplateTimes.append(((child.attribute("content") ?? child.attribute("datetime") ?? child.text).trimmed, child))
                }
            }
            // The bytes first: most links of a page are no share service's.
            if tag == .a, !inComments, shareTargets.count < 40, child.withAttributeBytes("href", ShareLinks.mayShare) == true,
               let href = child.attribute("href"), let target = ShareLinks.target(of: href) {
                shareTargets.append(target)
            }
            if inBoilerplate, !inComments, boilerplateBylines.count < 8, tag != .nav, tag != .header,
               cues.hint == .byline || (tag == .a && child.attribute("rel")?.lowercased().contains("author") == true) {
                boilerplateBylines.append((child.text, child))
            }
            if !inBoilerplate {
                if cues.hint == .byline && bylines.count < 4 && child.attribute("itemprop") == nil { bylines.append(child.text) }
                if cues.hint == nil, child.attribute("class").map(VisibleByline.isBylineClass) == true {
                    classBylineCount += 1
                    if classBylines.count < 2 { classBylines.append(child.text) }
                }
                if datelines.count < 8, tag != .time, let facts = table.facts(of: child),
                   facts.text > 5 || Self.hasMachineDate(child), facts.text <= 200,
                   cues.hint == .dateline || Self.mayHoldDate(child)
                    || ((tag == .h2 || tag == .h3 || tag == .h4) && Self.isDateOnly(child.text)) {
                    // `<abbr class="published" title="2010-12-08T…">`: the machine date first.
                    let machine = child.attribute("content") ?? child.attribute("title") ?? ""
                    datelines.append(machine + " " + child.text)
                }
                if openerLines.count < 4, tag == .p || tag == .span || tag == .div || tag == .li || tag == .small
                    || tag == .address || tag == .em || tag == .i || tag == .font || tag == .td,
                   let facts = table.facts(of: child), facts.text > 3, facts.text <= 120 {
                    let text = child.text
                    if VisibleByline.mayOpen(text), !VisibleByline.names(in: text, requireOpener: true).isEmpty { openerLines.append(text) }
                }
                if tag == .a, let rel = child.attribute("rel"), rel.lowercased().contains("author") { bylines.append(child.text) }
            }
            // The element table's text count first: only an element of a few words may be a label.
            if !inComments, labelledNames.count < 4, let facts = table.facts(of: child), facts.text > 0, facts.text <= 60,
               let value = Self.labelledValue(child) {
                labelledNames.append((value, child, inBoilerplate))
            }
            let otherWork = child.hasAttribute("itemscope")
                && child.attribute("itemprop").map { $0.split(separator: " ").contains(where: Self.otherWorks.contains) } == true
            if otherWork { otherWorkDepth += 1 }
            visit(child, boilerplate: inBoilerplate, comments: inComments)
            if otherWork { otherWorkDepth -= 1 }
        }
    }

    private mutating func readMeta(_ meta: HTMLNode) {
        guard let content = meta.attribute("content") else { return }
        if let itemprop = meta.attribute("itemprop") {
            readMicrodata(meta, itemprop: itemprop, boilerplate: false)
        }
        guard let name = meta.attribute("property") ?? meta.attribute("name") else { return }
        metas.append((name.lowercased().trimmed, content))
    }

    private mutating func readMicrodata(_ node: HTMLNode, itemprop: String, boilerplate: Bool) {
        guard otherWorkDepth == 0 else { return }
        for prop in itemprop.split(separator: " ") {
            switch prop {
            case "articleBody":
                if !boilerplate { articleBodies.append(node) }
            case "headline":
                // `<div itemprop=headline><span class=highline>Kicker</span> Headline</div>`.
                add(.title, node.attribute("content") ?? PageTitle.withoutKicker(node), "headline", boilerplate)
            case "datePublished":
                add(.published, node.attribute("content") ?? node.attribute("datetime") ?? node.text, "datePublished", boilerplate)
            case "dateModified":
                add(.modified, node.attribute("content") ?? node.attribute("datetime") ?? node.text, "dateModified", boilerplate)
            case "author", "creator":
                guard !boilerplate else { continue }
                let name = node.attribute("content") ?? Self.descendant(of: node, itemprop: "name").map { $0.attribute("content") ?? $0.text } ?? node.text
                for person in HTMLText.personNames(name) { add(.author, person, "author", false) }
            default:
                break
            }
        }
    }

    private mutating func add(_ key: DeclaredField.Key, _ value: String, _ name: String, _ boilerplate: Bool) {
        guard !boilerplate else { return }
        let value = HTMLText.clean(value)
        guard !value.isEmpty, value.utf8.count < 400 else { return }
        microdata.append(DeclaredField(key, value, source: .microdata, name: name))
    }

    /// Class names that often hold a post's date without saying `date` alone: `entry-meta`,
    /// `post-info`, `timestamp`, German `datum`, Spanish `fecha`.
    private static func mayHoldDate(_ node: HTMLNode) -> Bool {
        guard let names = node.attribute("class") else { return false }
        let lower = names.lowercased()
        return ["date", "time", "datum", "fecha", "data-", "meta", "posted", "info", "publish"].contains { lower.fastRange(of: $0) != nil }
    }

    /// `<span class="published" title="2013-04-04T18:52:11+00:00"></span>`: the machine date
    /// microformats (hAtom's value-title) put in an attribute of an element that shows nothing.
    private static func hasMachineDate(_ node: HTMLNode) -> Bool {
        guard let value = (node.attribute("content") ?? node.attribute("title"))?.trimmed, value.utf8.count >= 10,
              value.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true else { return false }
        return DateParser.parseDate(String(value.prefix(10)))?.0 == String(value.prefix(10))
    }

    /// `<h2>2019-01-01</h2>`, `<h3>Montag, 12. Januar 2019</h3>`: a heading that is a date and
    /// little else — the date a blog theme prints over its post.
    private static func isDateOnly(_ text: String) -> Bool {
        let t = text.trimmed
        guard t.count <= 40, DateText.find(t) != nil else { return false }
        return t.split(whereSeparator: { !$0.isLetter }).count <= 3
    }

    /// Whether a dropped element is dropped only for a class that hides it when printed
    /// (`hide-for-print`, `d-print-none`): a reader sees it on screen, so the date and byline
    /// it holds are the page's. Its other classes and its id must say nothing against it.
    private func shownOnScreen(_ node: HTMLNode) -> Bool {
        guard let classes = node.attribute("class"), let facts = table.facts(of: node),
              !facts.hardDropped, !facts.softDropped, node.tag != .footer else { return false }
        let tokens = classes.lowercased().split(whereSeparator: \.isWhitespace)
        let kept = tokens.filter { !Vocabulary.printHiddenClasses.contains(String($0)) }
        guard kept.count < tokens.count else { return false }
        var cues = ClassCues(classAndID: kept.joined(separator: " "))
        if let id = node.attribute("id") { cues = cues.combined(with: ClassCues(classAndID: id)) }
        return !cues.isNegative
    }

    /// The text that follows `node` when `node` is a byline label alone (`Autor`, `By:`): the next
    /// sibling that holds text, of the label or of the wrappers that hold nothing but the label
    /// (a meta box prints each label and value in boxes of their own). Only a few short elements
    /// are read, so the check costs little on every element.
    static func labelledValue(_ node: HTMLNode) -> String? {
        guard let label = shortText(of: node, limit: 24), VisibleByline.isLoneLabel(label) else { return nil }
        var current = node
        for _ in 0..<4 {
            var sibling = current.nextSibling
            while let next = sibling {
                if next.isText || next.isElement, next.tag != .script, next.tag != .style {
                    let text = next.isText ? String(decoding: next.withTextBytes { Array($0) }, as: UTF8.self).collapsingWhitespace : next.text
                    if !text.isEmpty { return text.count <= 120 ? text : nil }
                }
                sibling = next.nextSibling
            }
            guard let parent = current.parent, shortText(of: parent, limit: 24) == label else { return nil }
            current = parent
        }
        return nil
    }

    /// The text of `node` when it holds at most `limit` bytes in at most a dozen nodes; nil when
    /// it holds more (it is no lone label).
    static func shortText(of node: HTMLNode, limit: Int) -> String? {
        var bytes: [UInt8] = []
        var visited = 0
        func walk(_ n: HTMLNode) -> Bool {
            visited += 1
            guard visited <= 12 else { return false }
            if n.isText {
                n.withTextBytes { bytes.append(contentsOf: $0.prefix(limit + 1)) }
                return bytes.count <= limit
            }
            guard n.isElement, n.tag != .script, n.tag != .style else { return true }
            if n.tag == .br || n.tag.isBlock { bytes.append(0x20) }
            for child in n.children where !walk(child) { return false }
            return bytes.count <= limit
        }
        guard walk(node) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self).collapsingWhitespace
        return text.isEmpty ? nil : text
    }

    /// The first descendant with `itemprop` containing `name`, depth-first.
    private static func descendant(of node: HTMLNode, itemprop name: Substring) -> HTMLNode? {
        for child in node.children where child.isElement {
            if let prop = child.attribute("itemprop"), prop.split(separator: " ").contains(name) { return child }
            if let found = descendant(of: child, itemprop: name) { return found }
        }
        return nil
    }
}
