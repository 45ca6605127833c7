/// Which heading of a whole page is its article's title, and the headline in it: the heading
/// the page's `<title>` names, the one over the text, not a sidebar widget's, a section's link
/// or a kicker before the headline.
extension WholePage {
    /// A level-1 heading a little way into the text when the heading before the text is a
    /// sidebar widget's (`E-Mail-Abo`, `RSS-Feed`, `Archiv`): blogs set their sidebar before the
    /// post, and a widget's sentence (`Enter your address to follow this blog`) starts the run
    /// of prose early. The heading replaces a short one (at most three words, and fewer than its
    /// own) when less prose than ``widgetWords`` and no byline or date line stand before it,
    /// and most of the run's prose follows.
    static func headingAfterWidget(_ blocks: [Block], _ stats: [Stats], text: Range<Int>, widget: Int) -> Int? {
        let widgetWords = WordCount.of(blocks[widget].plainText)
        guard widgetWords <= 3 else { return nil }
        var prose = 0
        for i in text {
            if isTitleHeading(blocks[i], level: 1), !stats[i].isStop {
                let words = WordCount.of(blocks[i].plainText)
                let after = stats[(i + 1)..<text.upperBound].reduce(0) { $0 + max($1.score, 0) }
                return words > widgetWords && after >= 2 * prose && after >= 50 ? i : nil
            }
            // A byline or a date under the short heading makes it an article's headline.
            if isHeaderLine(blocks[i]) { return nil }
            prose += max(stats[i].score, 0)
            if prose > Self.widgetWords { return nil }
        }
        return nil
    }

    /// How much prose a sidebar widget before a post may hold (a subscription box's sentence).
    static let widgetWords = 60

    /// The heading without a kicker, a few words set before the headline
    /// (`Energy: Tidal mills return`, html2text's `Energy Tidal mills return`), when the page
    /// names the headline alone elsewhere: as one of the parts of its `<title>` between
    /// separators (`Tidal mills return | The Planet`), or, before the heading, as the last step
    /// of a breadcrumb trail (`Home / Energy / Tidal mills return`) or a link to the article
    /// (`Tidal mills return - Energy`). A heading named whole is kept as it is, so a headline
    /// with a colon of its own keeps it. Outside the `<title>` the headline must be most of the
    /// heading, so a teaser's `new turbines` does not cut `Tidal mills get new turbines`.
    static func withoutKicker(_ markup: String, pageTitle: String, names: [String] = []) -> String {
        guard !markup.contains("](") else { return markup }
        let headingKey = TitleKey.make(markup)
        guard headingKey.count >= 8 else { return markup }
        let named = (pageTitle.count >= 8 ? [(pageTitle, false)] : []) + names.map { ($0, true) }
        let keys = named.map { TitleKey.make($0.0) }
        guard !keys.contains(where: { $0.fastContains(headingKey) }) else { return markup }
        let headingWords = headingKey.split(separator: " ").count
        var best: String?
        for (text, strict) in named {
            let parts = PageTitle.parts(text)
            // A row of many separated words is a menu, not a name; and runs grow with its square.
            guard parts.count <= 12 else { continue }
            // Runs of consecutive parts: a headline may hold a separator itself.
            for i in parts.indices {
                for j in i..<parts.count {
                    let run = parts[i...j].joined(separator: " ")
                    let key = TitleKey.make(run)
                    guard key.count >= 8, key.count < headingKey.count, headingKey.hasSuffix(" " + key) else { continue }
                    let words = key.split(separator: " ").count
                    let kickerWords = headingKey.dropLast(key.count).split(separator: " ").count
                    guard kickerWords <= 6, words >= (strict ? 3 : 2), !strict || 2 * words >= headingWords,
                          key.count > (best.map { TitleKey.make($0).count } ?? 0) else { continue }
                    // The headline as the heading writes it: the suffix from a space with that key.
                    var from = markup.startIndex
                    while let space = markup[from...].firstIndex(of: " ") {
                        from = markup.index(after: space)
                        let suffix = String(markup[from...])
                        if TitleKey.make(suffix) == key {
                            // `Kicker : Headline`: the kicker's separator goes with it.
                            best = PageTitle.withoutLeadingSeparator(suffix)
                            break
                        }
                    }
                }
            }
        }
        return best ?? markup
    }

    /// The page's `<title>` without the site's name after it (`Headline | The Planet`), when the
    /// page prints the headline alone as a line or a link of its own: the name is then what the
    /// `<title>` adds. Only a suffix of at most five words and half the head's length goes, so a
    /// tag link `Kim Jong Un` does not cut `Kim Jong Un - The dictator is back`.
    static func headline(inPageTitle title: String, _ blocks: ArraySlice<Block>) -> String? {
        var cuts: [Range<String.Index>] = []
        for separator in PageTitle.separators { cuts += title.ranges(of: separator) }
        guard !cuts.isEmpty else { return nil }
        let printed = Set(printedNames(in: blocks, headings: true).map(TitleKey.make))
        // The longest head first: `Headline - Part 2 | Site` keeps its part.
        for cut in cuts.sorted(by: { $0.lowerBound > $1.lowerBound }) {
            let head = String(title[..<cut.lowerBound]).trimmed
            let tail = title[cut.upperBound...]
            let headKey = TitleKey.make(head)
            guard WordCount.of(String(tail)) <= 5, headKey.count >= 8, headKey.count >= 2 * TitleKey.make(String(tail)).count else { continue }
            if printed.contains(headKey) { return head }
        }
        return nil
    }

    /// Texts before the title heading that may name the headline alone: each line of a short
    /// block (a breadcrumb trail) and each link's text (a teaser of the article itself). Not
    /// headings: a blog's tagline (`## on the harbour's tides`) is no name of the post.
    static func headlineNames(in blocks: ArraySlice<Block>) -> [String] {
        printedNames(in: blocks, headings: false)
    }

    /// What short blocks print as names: each line's text, without a list marker, and each
    /// link's text, of at most 40 words.
    static func printedNames(in blocks: ArraySlice<Block>, headings: Bool) -> [String] {
        var names: [String] = []
        for block in blocks where (headings || !block.isHeading) && block.markup.utf8.count <= 2000 {
            for line in block.markup.split(separator: "\n") {
                names.append(Inline.plainText(String(WholePage.withoutListMarker(String(line)) ?? line)))
            }
            names += Inline.links(in: block.markup).map { Inline.plainText($0.text) }
        }
        return names.filter { WordCount.of($0) <= 40 }
    }

    /// The heading (level 3 or above, not the site's name) that the page's `<title>` holds: the
    /// one holding most of it — a section's name is in the `<title>` too (`Headline | Sport`) —
    /// the later one of equals.
    static func headingNamed(in pageTitle: String, _ blocks: ArraySlice<Block>) -> Int? {
        var best: (index: Int, length: Int)?
        for i in blocks.indices {
            guard let level = heading(blocks[i])?.level, level <= 3, !isSiteName(blocks[i]) else { continue }
            let key = TitleKey.make(blocks[i].plainText)
            guard key.count >= 6, key.count >= (best?.length ?? 0), pageTitle.fastContains(key) else { continue }
            best = (i, key.count)
        }
        return best?.index
    }

    /// The heading of higher rank right above the heading at `index`, with nothing but
    /// furniture between them: the headline over the text's first subheading (`## Headline`,
    /// `### First section`). Three words at least, so a sidebar's `## Archive` is not taken,
    /// and no date (a blog's `## Saturday, 9 September 2017` over its post's title).
    static func outerHeading(_ index: Int, _ blocks: [Block], _ stats: [Stats]) -> Int {
        guard let level = heading(blocks[index])?.level else { return index }
        var j = index - 1
        while j >= max(0, index - 4), stats[j].score <= 0 {
            if let outer = heading(blocks[j])?.level {
                let isHeadline = outer < level && isSectionTitle(blocks[j]) && !stats[j].isStop && WordCount.of(blocks[j].plainText) >= 3
                    && DateParser.parseAnyLine(blocks[j].markup) == nil
                return isHeadline ? j : index
            }
            j -= 1
        }
        return index
    }

    /// A heading that is one link of a few words to a page of the site other than its home:
    /// a section's name (`# [Opinion](https://example.org/opinion/)`).
    static func isSectionLink(_ block: Block) -> Bool {
        guard let markup = heading(block)?.markup else { return false }
        let links = Inline.links(in: markup)
        guard links.count == 1, let link = links.first, !isHomeLink(link.target) else { return false }
        let words = WordCount.of(Inline.plainText(link.text))
        return (1...3).contains(words) && WordCount.of(block.plainText) == words
    }

    /// A heading of level 3 or above with words, not the site's name: a post's title where the
    /// page has no level-1 heading for it.
    static func isSectionTitle(_ block: Block) -> Bool {
        (heading(block)?.level ?? 9) <= 3 && WordCount.of(block.plainText) > 0 && !isSiteName(block)
    }

    /// A heading of `level` that can be the article's title: it has words and is not the site's name.
    static func isTitleHeading(_ block: Block, level: Int) -> Bool {
        heading(block)?.level == level && !isSiteName(block) && WordCount.of(block.plainText) > 0
    }

    /// A heading that only links to the site's home page: the site's name, not the article's.
    static func isSiteName(_ block: Block) -> Bool {
        let links = Inline.links(in: block.markup)
        guard links.count == 1, let target = links.first?.target else { return false }
        return isHomeLink(target)
    }

    /// `https://example.org/`, `/`, `https://example.org "Home"`: a link to a site's home page.
    static func isHomeLink(_ target: String) -> Bool {
        let address = target.split(separator: " ").first.map(String.init) ?? target
        if address == "/" { return true }
        guard let scheme = address.fastRange(of: "://") else { return false }
        let path = address[scheme.upperBound...].drop { $0 != "/" }
        return path.isEmpty || path == "/"
    }
}
