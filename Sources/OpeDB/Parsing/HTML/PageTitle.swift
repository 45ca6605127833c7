/// A page title without the outlet's name around it: `Title | The Daily Planet`,
/// `Title - example.com`, `Planet: Title`.
///
/// The name is removed only when it matches what the page says the site is (its declared
/// publication) or its host, so a title that merely contains a dash keeps it.
enum PageTitle {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " : ", " // ", " / "]

    /// Declared titles without the site's name around them, the site and host taken from the
    /// same declarations: a page's `<title>` and `og:title`, and the front matter clippers and
    /// extractors write, which copy the page's `<title>` (`Title - Site` beside `sitename: Site`).
    /// A title of parts keeps the one its description repeats (``printedPart(of:texts:description:)``).
    static func cleaned(_ declared: [DeclaredField]) -> [DeclaredField] {
        guard declared.contains(where: { $0.key == .title }) else { return declared }
        let (site, host) = site(of: declared)
        let description = declared.first { $0.key == .subtitle }?.value
        return declared.map { field in
            guard field.key == .title else { return field }
            var field = field
            field.value = strip(field.value, site: site, host: host)
            // `Club - Headline - Desk` beside the description `Headline`.
            if let part = printedPart(of: field.value, texts: [], description: description) { field.value = part }
            return field
        }
    }

    /// The site's declared name and host, as titles are compared with them. A site name that is
    /// a title itself (an extractor's guess from the `<title>`) names nothing.
    static func site(of declared: [DeclaredField]) -> (site: String?, host: String?) {
        let document = Document(format: .html, declared: declared)
        let titles = Set(declared.filter { $0.key == .title }.map { BlockWriter.key($0.value) })
        let site = document.declared(.publication).first { !titles.contains(BlockWriter.key($0.value)) }?.value
        return (site, document.declaredDomain)
    }

    static func strip(_ title: String, site: String?, host: String?) -> String {
        // `Title » ☆☆☆ - Site`: the anonymous part may stand before the site's name or after it.
        let stripped = withoutAnonymousSuffix(stripSite(withoutAnonymousSuffix(withoutDanglingSeparator(title)), site: site, host: host))
        return withoutShortPart(scriptSiteSuffix(stripped)?.title ?? stripped)
    }

    /// Separators a title may be left with at an edge when the part beyond it is gone. Not `»`
    /// and `«`: French quotation marks open and close a quoted headline.
    static let edgeSeparators = ["-", "–", "—", "|", "›", "·", "•", "/", "//", "::"]

    /// `Headline -`: a separator left at the end when a template's site name was empty.
    static func withoutDanglingSeparator(_ title: String) -> String {
        for end in edgeSeparators where title.hasSuffix(" " + end) && title.count > end.count + 4 {
            return String(title.dropLast(end.count + 1)).trimmed
        }
        return title
    }

    /// `: Headline`, `– Headline`: a title that opens with a separator, the part before it
    /// dropped (a converter that left out a kicker's `<span>`, or a reader that dropped it). A
    /// colon may open one too: it ends a kicker, never a headline.
    static func withoutLeadingSeparator(_ title: String) -> String {
        for start in [":"] + edgeSeparators where title.hasPrefix(start + " ") && title.count > start.count + 4 {
            return String(title.dropFirst(start.count + 1)).trimmed
        }
        return title
    }

    /// `Headline | Sociedad`, `NWX Magazin | Headline`, `Headline › Blog Name`: a title in two
    /// parts around a bar or a `›`, one of a few words (a section or a site that calls itself
    /// otherwise than it declares) and one of a headline's length, is the headline. Dashes and
    /// colons join a headline's own parts too often to be read so; a section that names the
    /// article's kind (`Opinion | …`) stays for the kind to be read from it.
    static func withoutShortPart(_ title: String) -> String {
        var found: Range<String.Index>?
        for separator in [" | ", " › "] {
            for range in title.ranges(of: separator) {
                guard found == nil else { return title }
                found = range
            }
        }
        guard let cut = found else { return title }
        let head = title[..<cut.lowerBound].trimmed, tail = title[cut.upperBound...].trimmed
        let isShort = { (part: String) in part.split(separator: " ").count <= 3 && part.count <= 30 }
        let isLong = { (part: String) in part.split(separator: " ").count >= 4 }
        if isShort(tail), isLong(head), TitleMarker.kind(named: tail) == nil { return head }
        if isShort(head), isLong(tail), TitleMarker.kind(named: head) == nil { return tail }
        return title
    }

    /// `标题-新华网`, `标题_新浪网`: Chinese, Japanese and Korean titles join the site's name with
    /// a bare `-`, `_` or `|` — the scripts put no spaces around it — so the spaced separators
    /// above never see it. A short last segment of those scripts after a title in them is the
    /// site's name.
    static func scriptSiteSuffix(_ title: String) -> (title: String, site: String)? {
        guard let cut = title.lastIndex(where: { $0 == "-" || $0 == "_" || $0 == "|" || $0 == "－" || $0 == "｜" }) else { return nil }
        let head = title[..<cut], tail = title[title.index(after: cut)...]
        guard let last = head.last, isWideScript(last), let first = tail.first, isWideScript(first),
              head.filter(isWideScript).count >= 5, (2...10).contains(tail.count), !tail.contains(where: \.isWhitespace) else { return nil }
        return (String(head), String(tail))
    }

    /// A character of the scripts written without spaces between words: CJK ideographs, kana,
    /// Hangul, and their full-width punctuation (`！`, `：`).
    private static func isWideScript(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first?.value else { return false }
        return (0x3000...0x30FF).contains(scalar) || (0x3400...0x9FFF).contains(scalar)
            || (0xAC00...0xD7AF).contains(scalar) || (0xFF01...0xFF60).contains(scalar)
    }

    private static func stripSite(_ title: String, site: String?, host: String?) -> String {
        let keys = siteKeys(site: site, host: host)
        guard !keys.isEmpty else { return title }
        // The earliest separator followed by the site's name: a suffix may go on after it
        // (`Title | Site | Tagline`).
        var cuts: [(Range<String.Index>)] = []
        for separator in separators {
            var from = title.startIndex
            while let range = title[from...].fastRange(of: separator) {
                cuts.append(range)
                from = range.upperBound
            }
        }
        cuts.sort { $0.lowerBound < $1.lowerBound }
        for (n, cut) in cuts.enumerated() {
            let head = String(title[..<cut.lowerBound]).trimmed
            let segmentEnd = n + 1 < cuts.count ? cuts[n + 1].lowerBound : title.endIndex
            guard head.count >= 3, cut.upperBound <= segmentEnd else { continue }
            let segmentKey = BlockWriter.key(String(title[cut.upperBound..<segmentEnd]))
            if let key = matchedKey(segmentKey, keys), segmentKey.count <= 2 * key.count + 12 { return head }
        }
        // A prefix: `Site | Title`, `Site: Title`, `Site | Section | Title`. It opens with the
        // site's name and holds at most a short section more, so `Best of Site 2022: …` and
        // `Site | Title - more` keep their words.
        if let colon = title.fastRange(of: ": ") { cuts.append(colon) }
        for cut in cuts.reversed() {
            let head = BlockWriter.key(String(title[..<cut.lowerBound]))
            let tail = String(title[cut.upperBound...]).trimmed
            guard tail.count >= 3 else { continue }
            if let key = matchedKey(head, keys), head.hasPrefix(key) || key.hasPrefix(head), head.count <= key.count + 12 {
                return tail
            }
        }
        return title
    }

    /// `Title | example.net`, `Title » ☆☆☆☆☆`: a last part that is a host name or holds no
    /// letter or digit is a site's suffix, whatever the site calls itself.
    static func withoutAnonymousSuffix(_ title: String) -> String {
        var title = title
        while true {
            let cut = separators.compactMap { separator in title.ranges(of: separator).last }.max { $0.lowerBound < $1.lowerBound }
            guard let cut else { return title }
            let head = title[..<cut.lowerBound].trimmed, tail = title[cut.upperBound...].trimmed
            guard head.count >= 3, !tail.contains(where: { $0.isLetter || $0.isNumber }) || (!tail.contains(" ") && HTMLText.isHostLike(Substring(tail))) else {
                return title
            }
            title = head
        }
    }

    /// The part of a title the page itself prints alone — a line of its text, or its
    /// description — when the title joins it to other parts (`Site - Headline - Section`,
    /// `Headline | Desk | 23.05.2011`): the printed part is the headline, whatever the others
    /// name. A part of three words or more; the description confirms any part but the last,
    /// where a site's own tagline stands (`Headline | The site's tagline`).
    static func printedPart(of title: String, texts: [String], description: String? = nil) -> String? {
        let parts = parts(title)
        guard parts.count >= 2 else { return nil }
        let printed = Set(texts.map(BlockWriter.key))
        let descriptionKey = description.map(BlockWriter.key)
        let confirmed = parts.enumerated().filter { n, part in
            guard part.split(separator: " ").count >= 3 else { return false }
            let key = BlockWriter.key(part)
            return printed.contains(key) || n < parts.count - 1 && key == descriptionKey
        }
        return confirmed.map(\.element).max { $0.count < $1.count }
    }

    /// `Wahl: Jane Doe zur Präsidentin gewählt` declared, `Jane Doe zur Präsidentin gewählt`
    /// printed alone at the top of the text: the title with the topic a site puts before its
    /// headline in `og:title` and `<title>` (a kicker of one to four words and a colon); the
    /// printed headline is the article's. The headline must be printed alone, as a line of its
    /// own, among `texts` (the text's first blocks): a colon is as often the headline's own.
    static func printedAfterKicker(of title: String, texts: [String]) -> String? {
        guard let colon = title.fastRange(of: ": ") else { return nil }
        let kicker = title[..<colon.lowerBound], headline = title[colon.upperBound...].trimmed
        // A numbered kicker (`Chapter 3:`, `Teil 2:`) is part of a series' title, not a topic.
        guard (1...4).contains(kicker.split(separator: " ").count), kicker.count <= 40, !kicker.contains(where: \.isNumber),
              headline.split(separator: " ").count >= 3 else { return nil }
        let key = BlockWriter.key(headline)
        return texts.contains { BlockWriter.key($0) == key } ? headline : nil
    }

    /// The parts of a title between separators.
    static func parts(_ title: String) -> [String] {
        var parts = [title]
        for separator in separators {
            parts = parts.flatMap { part in
                var pieces: [String] = []
                var rest = Substring(part)
                while let range = rest.fastRange(of: separator) {
                    pieces.append(String(rest[..<range.lowerBound]))
                    rest = rest[range.upperBound...]
                }
                pieces.append(String(rest))
                return pieces
            }
        }
        return parts.map(\.trimmed).filter { !$0.isEmpty }
    }

    /// A heading's text without a kicker: `<h1><span class="kicker">Energy</span> <span>The
    /// headline</span></h1>` → `The headline`. A kicker is a first child element with a class,
    /// of a few words, followed by more heading text.
    ///
    /// A `<small>` inside the heading is its secondary text (`<h1>Headline <small>A subtitle
    /// </small></h1>`, as Bootstrap documents it) and is left out too.
    static func withoutKicker(_ heading: HTMLNode) -> String {
        if heading.children.contains(where: { $0.isElement && $0.tag == .small }) {
            let rest = heading.children.filter { !($0.isElement && $0.tag == .small) }
                .map { $0.isText ? $0.withTextBytes { String(decoding: $0, as: UTF8.self) } : " " + $0.text + " " }
                .joined().collapsingWhitespace
            if rest.split(separator: " ").count >= 2 { return rest }
        }
        let full = heading.text
        let elements = heading.children.filter { $0.isElement }
        // The kicker's element may be followed by elements or by the headline's bare text.
        guard let first = elements.first, first.attribute("class") != nil,
              elements.count >= 2 || heading.children.contains(where: { $0.isText && !$0.withTextBytes({ $0.allSatisfy { $0 <= 0x20 } }) })
        else { return full }
        switch first.tag {
        case .em, .i, .strong, .b, .a, .br, .img: return full
        default: break
        }
        // Only whitespace before the kicker.
        for child in heading.children {
            if child.pointer == first.pointer { break }
            if child.isText, !child.withTextBytes({ $0.allSatisfy { $0 <= 0x20 } }) { return full }
        }
        let kicker = first.text
        let words = kicker.split(separator: " ").count
        // A kicker is a word or more, never one letter (a drop cap).
        guard words >= 1, words <= 6, kicker.filter(\.isLetter).count >= 2 else { return full }
        var rest = ""
        var seen = false
        for child in heading.children {
            if child.pointer == first.pointer { seen = true; continue }
            if seen { rest += child.isText ? String(child.withTextBytes { String(decoding: $0, as: UTF8.self) }) : " " + child.text + " " }
        }
        rest = rest.collapsingWhitespace
        // A kicker that ends in a colon says so itself: a shorter headline may follow it.
        let minimum = kicker.trimmed.hasSuffix(":") ? 2 : 3
        // A lower-case word goes on with the kicker's sentence (`<span>Feud</span> of the two…`).
        guard rest.first(where: \.isLetter)?.isLowercase != true else { return full }
        return rest.split(separator: " ").count >= minimum ? rest : full
    }

    /// Whether `text` is only the site's name (a blog's `<h1>` masthead).
    static func isSiteName(_ text: String, site: String?, host: String?) -> Bool {
        let key = BlockWriter.key(text)
        guard !key.isEmpty else { return false }
        return siteKeys(site: site, host: host).contains { $0 == key || (key.count <= $0.count + 4 && key.contains($0)) }
            || spellsHost(key, host: host)
    }

    /// Whether `text` holds the site's name or a distinctive label of its host anywhere
    /// (`Welcome to the Wrenmouth Herald`): a masthead or a greeting, when a headline is looked for.
    static func namesSite(_ text: String, site: String?, host: String?) -> Bool {
        let key = BlockWriter.key(text)
        return !key.isEmpty && siteKeys(site: site, host: host).contains { key.contains($0) }
    }

    /// `Krimiblog-Archiv` for `archiv.krimiblog.de`: a name made of the host's own labels, in
    /// either order.
    private static func spellsHost(_ key: String, host: String?) -> Bool {
        guard let host else { return false }
        let labels = host.lowercased().split(separator: ".").dropLast().filter { $0 != "www" }.map { BlockWriter.key(String($0)) }
        guard labels.count == 2 else { return false }
        return key == labels[0] + labels[1] || key == labels[1] + labels[0]
    }

    /// The longest of the site's keys that `part` names, if any: the length bounds how much
    /// more than the name a removed part may hold (`Site Magazin`, not a sentence with it).
    private static func matchedKey(_ part: String, _ keys: [String]) -> String? {
        guard !part.isEmpty else { return nil }
        return keys.filter { key in part == key || part.contains(key) || (part.count >= 4 && key.contains(part)) }
            .max { $0.count < $1.count }
    }

    /// The site's name folded, and the distinctive labels of its host (`theguardian` of
    /// `www.theguardian.com`).
    private static func siteKeys(site: String?, host: String?) -> [String] {
        var keys: [String] = []
        if let site {
            let key = BlockWriter.key(site)
            if key.count >= 3 { keys.append(key) }
        }
        if let host {
            let labels = host.lowercased().split(separator: ".")
            for label in labels.dropLast() where label.count >= 4 && label != "www" {
                keys.append(BlockWriter.key(String(label)))
            }
        }
        return keys
    }
}
