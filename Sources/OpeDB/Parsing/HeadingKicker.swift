/// A kicker a converter set on a line of its own above the headline: a `<br>` or a block
/// element inside the `<h1>` (`<h1><span>Energy</span><br>Tidal mills return</h1>`) becomes
/// html2text's `# Energy` with `Tidal mills return` on the next line, and markdownify's
/// two-line setext heading. The headline is the second line; a kicker that names the
/// article's kind (`Opinion`) is kept apart for the kind to be read from it.
enum HeadingKicker {
    /// Whether `first` (a heading's first line, Markdown) is a kicker over `second` (the line
    /// under it): a few words, or a link of a few words, over a headline of two words or more
    /// without links that is no byline or date line.
    static func isKicker(_ first: String, over second: String) -> Bool {
        isKickerLine(first) && isHeadline(second)
    }

    /// A few words (one to four), plain or one link that holds them all (`[Politics |](…)`).
    static func isKickerLine(_ markup: String) -> Bool {
        let words = WordCount.of(Inline.plainText(markup))
        guard (1...4).contains(words) else { return false }
        let links = Inline.links(in: markup)
        return links.isEmpty || links.count == 1 && WordCount.of(Inline.plainText(links[0].text)) == words
    }

    /// One line of two to thirty words, without links, that is no byline or date line.
    static func isHeadline(_ markup: String) -> Bool {
        guard !markup.containsASCII("\n"), Inline.links(in: markup).isEmpty,
              (2...30).contains(WordCount.of(Inline.plainText(markup))) else { return false }
        return BylineParser.parse(markup) == nil && DateParser.parseAnyLine(markup) == nil
    }

    /// Whether the kicker names the article's kind, and so stays (as a line before the heading).
    static func namesKind(_ kicker: String) -> Bool {
        TitleMarker.kind(named: Inline.plainText(kicker)) != nil
    }
}
