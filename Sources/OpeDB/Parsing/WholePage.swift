/// Markdown made from a whole web page (markdownify, html2text, pandoc of a saved page): the
/// article sits among menus, share bars, teasers, comment forms and footers. This finds it.
///
/// A page is recognised by its navigation: many blocks that are mostly link text. The article's
/// text is then the stretch of blocks with the most words of prose in it — the maximum-sum run
/// over blocks scored +words for a paragraph of prose and negatively for link lists, images and
/// scraps (the idea of Finn, Kushmerick and Smyth's *Body Text Extraction*, over blocks rather
/// than tokens). A heading that opens comments, related links or a newsletter box ends it. The
/// title is the level-1 heading before that stretch (or the first one anywhere); the byline,
/// date and credit lines between the title and the text are kept for the header.
enum WholePage {
    /// The article's blocks — title first as a level-1 heading, header lines, the text — when
    /// `blocks` is a whole page; nil when it is an article already.
    static func article(in blocks: [Block]) -> [Block]? {
        let stats = blocks.map(Stats.init)
        guard isPage(stats, blocks) else { return nil }

        // The maximum-sum run; a stop heading cannot be crossed.
        var best: (sum: Int, range: Range<Int>)?
        var sum = 0
        var start = 0
        for (i, s) in stats.enumerated() {
            if s.isStop {
                sum = 0
                start = i + 1
                continue
            }
            if sum <= 0 {
                sum = 0
                start = i
            }
            sum += s.score
            if sum > (best?.sum ?? 0) { best = (sum, start..<(i + 1)) }
        }
        guard var body = best?.range, let bodySum = best?.sum, bodySum >= 20 else { return nil }
        // The run under a headline (a level-1 heading), when it holds half the prose of the
        // longest at least: a teaser's or a sidebar's longer text elsewhere is not the article
        // the page is headed with.
        // Comments under their heading (`# Kommentare`) may outweigh the text; they never
        // replace a text of its own under the headline before them.
        if let headed = headedRun(stats, blocks), !headed.range.overlaps(body),
           headed.sum * 2 >= bodySum || headed.sum >= Self.headedTextWords && commentsOpen(between: headed.range, and: body, in: blocks) {
            body = headed.range
        }

        // The title: a level-1 heading just before or at the top of the text, else the first
        // level-1 heading anywhere, else the nearest heading before the text, else the page's
        // first line (usually its `<title>`).
        var titleIndex: Int?
        var namedByPageTitle = false
        // The page's `<title>` (markdownify writes it first): the heading it contains is the
        // title, whatever its level — blogs set their name in the `h1` and the post in an `h2`.
        // A line that links is a menu's or a logo's, never the `<title>`.
        // It is the page's first line: a line after a heading is the page's text, not its
        // `<title>` (html2text writes no `<title>`; `## Navigation` then `Navigation` is a menu).
        let pageLine = blocks.prefix(3).first(where: { !$0.plainText.isEmpty })
            .flatMap { $0.kind == .paragraph && Inline.links(in: $0.markup).isEmpty ? $0.plainText : nil } ?? ""
        let pageTitle = TitleKey.make(pageLine)
        let searchEnd = min(blocks.count, body.lowerBound + 3)
        if pageTitle.count >= 8, let named = Self.headingNamed(in: pageTitle, blocks[..<searchEnd]) {
            titleIndex = named
            namedByPageTitle = true
        } else if let h1 = blocks[body].prefix(3).firstIndex(where: { isTitleHeading($0, level: 1) }) {
            titleIndex = h1
        } else {
            titleIndex = blocks[..<body.lowerBound].lastIndex { isTitleHeading($0, level: 1) }
                ?? blocks.firstIndex { isTitleHeading($0, level: 1) }
            if titleIndex == nil, let nearest = blocks[max(0, body.lowerBound - 12)..<body.lowerBound].lastIndex(where: isSectionTitle) {
                titleIndex = outerHeading(nearest, blocks, stats)
            }
            // No `<title>` line to fall back on (html2text and pandoc write none): a heading
            // opening the text is the post's (a blog's linked `## Post title`).
            if titleIndex == nil, blocks.first(where: { WordCount.of($0.plainText) > 0 })?.plainText != pageLine {
                titleIndex = blocks[body].prefix(3).firstIndex(where: isSectionTitle)
            }
        }
        // A section's link set as the page's `<h1>` (`# [Opinion](…/opinion/)`) right over the
        // headline's own heading, no prose between: the headline is the title, the section a
        // kicker (kept before it when it names the article's kind). A blog's post title links
        // to the post itself, with its text under it.
        var sectionKicker: Block?
        if let t = titleIndex, isSectionLink(blocks[t]),
           let next = blocks[(t + 1)..<min(blocks.count, t + 4)].firstIndex(where: { isSectionTitle($0) && !isSectionLink($0) }),
           !stats[next].isStop, stats[(t + 1)..<next].allSatisfy({ $0.score <= 0 }) {
            sectionKicker = blocks[t]
            titleIndex = next
        }
        // A heading the page's `<title>` names is the title, however short.
        if !namedByPageTitle, let t = titleIndex, t < body.lowerBound + 3,
           let inside = headingAfterWidget(blocks, stats, text: (t + 1)..<max(t + 1, body.upperBound), widget: t) {
            titleIndex = inside
        }
        if let t = titleIndex, body.contains(t) { body = (t + 1)..<max(t + 1, body.upperBound) }

        var result: [Block] = []
        if let kicker = sectionKicker, TitleMarker.kind(named: kicker.plainText) != nil {
            result.append(Block(.paragraph, kicker.plainText, line: kicker.line))
        }
        if let t = titleIndex {
            let markup = heading(blocks[t])?.markup ?? blocks[t].markup
            let names = t > 0 ? headlineNames(in: blocks[max(0, t - 40)..<t]) : []
            result.append(Block(.heading(level: 1), withoutKicker(markup, pageTitle: pageLine, names: names), line: blocks[t].line))
            if t < body.lowerBound {
                result += blocks[(t + 1)..<body.lowerBound].filter(isHeaderLine)
            }
        } else if let first = blocks.first(where: { WordCount.of($0.plainText) > 0 && $0.kind != .listItem && !Stats($0).isNavigation }) {
            let title = first.plainText == pageLine ? headline(inPageTitle: first.markup, blocks.dropFirst()) : nil
            result.append(Block(.heading(level: 1), title ?? first.markup, line: first.line))
        }
        for i in body where !stats[i].isNavigation && !stats[i].isCode && blocks[i].kind != .image {
            result.append(blocks[i])
        }
        return result
    }

    /// The longest run of prose that starts right under one of the page's first level-1
    /// headings, not crossing a stop heading; the furniture between headline and text may cost
    /// up to ``headedRunFurniture``.
    static func headedRun(_ stats: [Stats], _ blocks: [Block]) -> (sum: Int, range: Range<Int>)? {
        var best: (sum: Int, range: Range<Int>)?
        let headings = blocks.indices.lazy.filter { isTitleHeading(blocks[$0], level: 1) && !stats[$0].isStop }.prefix(4)
        for heading in headings {
            var sum = 0
            var i = heading + 1
            // The text starts at its first prose: the furniture before it (a byline, a date, a
            // share bar) is the header's, kept or dropped as the header lines are.
            var start: Int?
            while i < stats.count, !stats[i].isStop {
                sum += stats[i].score
                // Furniture between the headline and the text (a tag line, a byline) may cost a
                // little; the run ends where the sum falls below it.
                if sum < -headedRunFurniture { break }
                if start == nil, stats[i].score > 0 { start = i }
                if let start, sum > (best?.sum ?? 0) { best = (sum, start..<(i + 1)) }
                i += 1
            }
        }
        return best
    }

    /// The words of prose under the headline that make a text of its own, before comments that
    /// run longer.
    static let headedTextWords = 100

    /// Whether a heading that opens the comments stands after `text` and before `later`.
    static func commentsOpen(between text: Range<Int>, and later: Range<Int>, in blocks: [Block]) -> Bool {
        text.upperBound <= later.lowerBound
            && blocks[text.upperBound..<later.lowerBound].contains { $0.isHeading && isCommentsHeading($0.plainText) }
    }

    /// How much furniture (in negative score: a tag line, a byline, a share bar) may stand
    /// between a headline and its text.
    static let headedRunFurniture = 30

    /// A block's heading level and markup, counting a heading a converter wrote inside a list
    /// item — blog pages set their post titles in lists (html2text's `* ## [Title](…)`,
    /// markdownify's underlined `* [Title](…)`), and a breadcrumb trail ends with the page's
    /// own heading (`1. [Home](/)` … `4. # Title`) — without the list marker.
    static func heading(_ block: Block) -> (level: Int, markup: String)? {
        switch block.kind {
        case .heading(let level):
            return (level, String(withoutListMarker(block.markup) ?? Substring(block.markup)))
        case .listItem:
            // The last line only (a merged menu has hundreds), and only when it holds a `#`.
            let markup = block.markup
            let last = markup.lastIndex(of: "\n").map { markup[markup.index(after: $0)...] } ?? Substring(markup)
            guard last.utf8.contains(UInt8(ascii: "#")), let rest = withoutListMarker(String(last)), rest.first == "#" else { return nil }
            return Emphasis.headingMarkup(String(rest))
        default:
            return nil
        }
    }

    /// `rest` of `* rest`, `- rest`, `+ rest`, `4. rest`, `4) rest`; nil without a marker.
    static func withoutListMarker(_ markup: String) -> Substring? {
        let t = markup.drop { $0 == " " }
        guard let c = t.first else { return nil }
        if c == "*" || c == "-" || c == "+" {
            guard t.dropFirst().first == " " else { return nil }
            return t.dropFirst().drop { $0 == " " }
        }
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let rest = t.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return rest.dropFirst().drop { $0 == " " }
    }

    /// A line between the title and the text worth keeping for the header.
    static func isHeaderLine(_ block: Block) -> Bool {
        guard block.kind == .paragraph, block.markup.utf8.count <= 600 else { return false }
        return BylineParser.parse(block.markup) != nil || DateParser.parseAnyLine(block.markup) != nil
            || ImageCredit.labelled(block.markup) != nil
    }

    /// Whether the page opens with its `<title>` (markdownify writes it as the first line) and a
    /// heading further down prints it, or its headline part (`Tidal mills return | The Planet`
    /// over `# Tidal mills return`): a page with little navigation is still a whole page then.
    static func echoesItsTitle(_ blocks: [Block]) -> Bool {
        guard let first = blocks.first(where: { !$0.plainText.isEmpty }), first.kind == .paragraph,
              !first.markup.containsASCII("\n"), Inline.links(in: first.markup).isEmpty else { return false }
        let pageTitle = TitleKey.make(first.plainText)
        guard pageTitle.count >= 8 else { return false }
        return blocks.prefix(200).dropFirst().contains { block in
            guard let level = heading(block)?.level, level <= 3, WordCount.of(block.plainText) >= 3 else { return false }
            let key = TitleKey.make(block.plainText)
            return key.count >= 8 && pageTitle.fastContains(key)
        }
    }

    /// Whether a menu stands before the page's first level-1 heading, with no prose before it: a
    /// site's navigation over its article, however long the article and its comments run (an
    /// article alone never opens with a list of links).
    static func opensWithAMenu(_ blocks: [Block], _ stats: [Stats]) -> Bool {
        guard let headline = blocks.firstIndex(where: { $0.headingLevel == 1 }) else { return false }
        let before = stats[..<headline]
        return before.reduce(0) { $0 + $1.navigationLines } >= menuLines && !before.contains { $0.score > 0 }
    }

    /// How many lines of links make a menu.
    static let menuLines = 5

    /// Whether blocks with these stats are a whole page: navigation makes up a good part of it.
    /// A menu of forty links is one list block but forty lines of navigation, so lines count too:
    /// a converted page's menus, archives and link lists are merged into few blocks. With less
    /// navigation, a menu before the first `<h1>` or the `<title>` line a heading repeats says so.
    static func isPage(_ stats: [Stats], _ blocks: [Block]) -> Bool {
        let navigation = stats.filter(\.isNavigation).count
        // Scraps: short lines of a page's furniture whose links a converter dropped ("Sign in").
        let scraps = stats.filter(\.isScrap).count
        if navigation >= 8 && navigation * 5 >= stats.count { return true }
        if navigation >= 3 && navigation + scraps >= 20 && (navigation + scraps) * 5 >= stats.count * 2 { return true }
        let navigationLines = stats.reduce(0) { $0 + $1.navigationLines }
        let lines = stats.reduce(0) { $0 + $1.lines }
        if navigationLines >= 12 && navigationLines * 4 >= lines { return true }
        return opensWithAMenu(blocks, stats) || navigation >= 3 && echoesItsTitle(blocks)
    }

    /// What the run needs to know of a block.
    struct Stats {
        var score: Int
        var isNavigation: Bool
        var isStop: Bool
        /// A short paragraph that is neither a link list nor prose.
        var isScrap: Bool
        /// A script or a style sheet a converter wrote out as text (html2text keeps some).
        var isCode: Bool
        /// The block's lines (a list's items), and how many of them are mostly link text.
        var lines = 1
        var navigationLines = 0

        init(_ block: Block) {
            let plain = block.plainText
            let words = WordCount.of(plain)
            let linkCharacters = Inline.links(in: block.markup).reduce(0) { $0 + $1.text.count }
            let characters = max(plain.count, 1)
            let density = Double(linkCharacters) / Double(characters)
            isNavigation = block.kind == .image || (words > 0 && density >= 0.6) || (words == 0 && block.markup.contains("]("))
            isStop = block.isHeading ? WholePage.isStopHeading(plain) : WholePage.isStopLine(block, plain: plain, words: words)
            isScrap = !isNavigation && !block.isHeading && words < 6
            isCode = !block.isHeading && WholePage.isCode(plain)
            if block.kind == .listItem, block.markup.containsASCII("\n") {
                let items = block.markup.split(separator: "\n")
                lines = items.count
                navigationLines = items.count { item in
                    let text = WholePage.withoutListMarker(String(item)) ?? item
                    return WholePage.isLinkLine(Inline.plainText(text), Inline.links(in: text))
                }
            } else {
                navigationLines = isNavigation ? 1 : 0
            }
            let isProse = block.kind == .paragraph || block.kind == .quote || block.kind == .listItem
            if block.isHeading {
                score = 0
            } else if isProse, !isNavigation, !isCode, words >= 10, density < 0.35 {
                score = words
            } else {
                score = isNavigation ? -max(3, min(words, 25)) : -2
            }
        }
    }

    /// Text that is a script or a style sheet (`.share { height: 20px; }`,
    /// `(ads = window.ads || []).push({});`): braces and a statement's semicolon, and code's
    /// punctuation in a density prose never has.
    static func isCode(_ plain: String) -> Bool {
        var braces = 0, semicolons = 0, equals = 0, characters = 0
        for byte in plain.utf8 {
            characters += 1
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "}"): braces += 1
            case UInt8(ascii: ";"): semicolons += 1
            case UInt8(ascii: "="): equals += 1
            default: break
            }
        }
        let code = braces + semicolons + equals
        return braces >= 2 && semicolons >= 1 && code >= 4 && code * 60 >= characters
    }

    /// A line that is mostly link text, or links with no text (images).
    static func isLinkLine(_ plain: String, _ links: [Inline.Link]) -> Bool {
        let linkCharacters = links.reduce(0) { $0 + $1.text.count }
        if plain.isEmpty || WordCount.of(plain) == 0 { return !links.isEmpty }
        return Double(linkCharacters) / Double(max(plain.count, 1)) >= 0.6
    }

    /// A paragraph set as a heading would be: a few words, no sentence's end, opening with the
    /// words of a heading after an article (`Über den Autor`, `Pour approfondir`, `Mehr Kolumnen
    /// auf MeinMMO:`) — converters write a styled `<div>` or `<p>` as a plain line.
    static func isStopLine(_ block: Block, plain: String, words: Int) -> Bool {
        guard block.kind == .paragraph, (1...5).contains(words), let last = plain.trimmed.last,
              last != ".", last != "!", last != "?", !block.markup.contains("](") else { return false }
        let folded = plain.folded
        return Vocabulary.afterArticleHeadings.contains { folded.hasPrefix($0) }
    }

    /// A heading that opens what follows an article: comments, related links, a newsletter box.
    static func isStopHeading(_ text: String) -> Bool {
        let f = text.folded
        guard f.count <= 60 else { return false }
        // French `Comment …` (how) opens a question, not the comments: `Comment une rumeur
        // devient réalité`.
        if f.hasPrefix("comment "), f.split(separator: " ").count >= 3 { return false }
        return Vocabulary.afterArticleHeadings.contains { f.containsStopWord($0) }
    }

    /// A heading that opens the comments (`32 Kommentare`, `Leave a reply`).
    static func isCommentsHeading(_ text: String) -> Bool {
        let f = text.folded
        return f.count <= 60 && Vocabulary.commentHeadings.contains { f.containsStopWord($0) }
    }
}

private extension String {
    /// Whether `word` stands at a word's start (`3 Kommentare`, `Leave a reply`), or as the last
    /// part of a compound (`Leserkommentare`) — not inside a word (`Jeder ist verantwortlich`).
    func containsStopWord(_ word: String) -> Bool {
        // Most headings hold no stop word at all: a byte search answers those.
        guard fastContains(word) else { return false }
        return ranges(of: word).contains { range in
            range.lowerBound == startIndex || !self[index(before: range.lowerBound)].isLetter
                || self[range.upperBound...].prefix(while: \.isLetter).count <= 2
        }
    }
}
