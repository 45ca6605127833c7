import Foundation

/// The writers and the date of a whole page converted to Markdown, when the header lines kept
/// with the text give none: the lines a converter left around the headline as links, list
/// items or headings.
///
/// Writers: a byline (`#### Von [Jane Doe](…/authors/jane) | Oct 24, 2023`, `* [ von: Jane Doe
/// ](…)`, `Posted on May 3 by [Jane Doe](…)`), or, failing one, the headline's links to author
/// pages (`[Jane Doe](https://…/author/jane-doe/)`). Date: the first short line holding one.
///
/// Only the blocks around the headline are read — a few before it (a kicker line), more after
/// it — so a sidebar's "recent posts by", a teaser's date or a comment further down never counts.
enum WholePageHeader {
    /// The names, or empty; `titleLine` is the headline's line in `page`.
    static func names(page: [Block], titleLine: Int) -> [String] {
        let around = blocks(around: titleLine, in: page)
        var desk: [String] = []
        for block in around {
            let plain = plainLine(block)
            guard plain.count <= 200 else { continue }
            var found = bylineNames(plain)
            guard !found.isEmpty else { continue }
            // The byline links its writers' pages: their names end where the links do
            // (`von [Jane Doe](…/author/jane/)in [News](…)`).
            let linked = authorLinkNames(block)
            if !linked.isEmpty { found = linked }
            if found.allSatisfy({ VisibleByline.deskNames.contains($0.folded) }) {
                if desk.isEmpty { desk = found }
                continue
            }
            return found
        }
        for block in around {
            let names = authorLinkNames(block)
            if !names.isEmpty { return names }
        }
        return desk.isEmpty ? signedAnywhere(page) : desk
    }

    /// A byline anywhere on the page that links its writer's page (`Geschrieben von [Jane
    /// Doe](…/author/jane-doe/)` in the author box under the text), when every such line names
    /// the same people: a list of teasers by several writers names nobody. Both the opener and
    /// the link are needed — a bare "by" far from the headline is a credit or a footer's.
    private static func signedAnywhere(_ page: [Block]) -> [String] {
        var found: [String]?
        for block in page where block.kind != .quote && block.markup.utf8.count <= 1_000 {
            let linked = authorLinkNames(block)
            guard !linked.isEmpty else { continue }
            let plain = plainLine(block)
            guard plain.count <= 200, !bylineNames(plain).isEmpty else { continue }
            if let found, found != linked { return [] }
            found = linked
        }
        return found ?? []
    }

    /// The names of a block's links to author pages, in order.
    private static func authorLinkNames(_ block: Block) -> [String] {
        var names: [String] = []
        for link in Inline.links(in: block.markup) where isAuthorPage(link.target) {
            for name in VisibleByline.names(in: Inline.plainText(link.text), requireOpener: false) where !names.contains(name) {
                names.append(name)
            }
        }
        return Array(names.prefix(BylineParser.nameLimit))
    }

    /// The names a short line gives as a byline: opening with a byline word (`Von Jane Doe`),
    /// in a part of a meta line (`Meinung | By Jane Doe | May 3`), after the date and the word
    /// that introduces them (`02.02.2022, 11:30 Uhr von Jane Doe`).
    static func bylineNames(_ plain: String) -> [String] {
        let opened = VisibleByline.names(in: plain, requireOpener: true)
        if !opened.isEmpty { return opened }
        for part in VisibleByline.labelledParts(of: plain) {
            let found = VisibleByline.names(in: part, requireOpener: true)
            if !found.isEmpty { return found }
        }
        // Only a date (and a time) before the word: a sentence citing a date is no byline.
        if plain.count <= 120 {
            for connector in [" von ", " by ", " par ", " por "] {
                guard let range = plain.range(of: connector, options: .caseInsensitive),
                      case let before = String(plain[..<range.lowerBound]), before.count <= 40, DateText.find(before) != nil else { continue }
                let found = VisibleByline.names(in: String(plain[plain.index(after: range.lowerBound)...]), requireOpener: true)
                if !found.isEmpty { return found }
            }
        }
        return []
    }

    /// The date of the first short line around the headline that holds one.
    static func date(page: [Block], titleLine: Int) -> DateParser.Found? {
        for block in blocks(around: titleLine, in: page) {
            let plain = plainLine(block)
            guard plain.count <= 200 else { continue }
            if let found = DateParser.parseAnyLine(plain) { return found }
            let texts = [plain] + Inline.links(in: block.markup).map { Inline.plainText($0.text) }
            if let (published, _) = texts.lazy.compactMap(gluedDates).first { return published }
            if let iso = DateText.find(plain) { return DateParser.Found(iso: iso, isUpdate: false) }
        }
        return onlyDate(after: titleLine, in: page)
    }

    /// `November 26, 2017November 26, 2017`, `15/01/201614/01/2016`: a blog's two `<time>`
    /// elements (published, then updated) a converter wrote without a space — halves of one
    /// length that are each a date. The first is the post's.
    static func gluedDates(_ text: String) -> (DateParser.Found, DateParser.Found)? {
        guard (12...80).contains(text.count), text.contains(where: \.isNumber) else { return nil }
        let half = text.count / 2
        for cut in [half, half + 1] where cut < text.count {
            let split = text.index(text.startIndex, offsetBy: cut)
            // Glued: the halves touch without a space.
            guard !text[text.index(before: split)].isWhitespace, !text[split].isWhitespace,
                  let first = DateParser.parseAnyLine(String(text[..<split])),
                  let second = DateParser.parseAnyLine(String(text[split...])) else { continue }
            return (first, second)
        }
        return nil
    }

    /// The date of the date lines after the headline, when they all give the same one: an
    /// article's date printed far from its headline (under the text, in a meta box), on a page
    /// with no comments' or teasers' dates, which differ. Date lines only: a date and a word or
    /// two (`Erschienen am: 01.11.2023`), without links — a phrase citing a date (`Anlässlich des
    /// 11. September 2001`) is no date line, and a linked title beside a date is a teaser. Above
    /// the headline, the site's header prints the day the page was saved (`Mittwoch, 8. Juli 2020`).
    private static func onlyDate(after titleLine: Int, in page: [Block]) -> DateParser.Found? {
        var found: DateParser.Found?
        for block in page where block.line > titleLine && block.kind != .quote && block.markup.utf8.count <= 200
            && !block.markup.contains("](") {
            let plain = plainLine(block)
            guard plain.split(separator: " ").count <= maximumDateLineWords,
                  let date = DateParser.parseAnyLine(plain), !date.isUpdate else { continue }
            if let found, found.iso != date.iso { return nil }
            found = date
        }
        return found
    }

    /// The blocks after the headline, then those before it nearest first; no quotes (an
    /// embedded post's).
    private static func blocks(around titleLine: Int, in page: [Block]) -> [Block] {
        guard let title = page.firstIndex(where: { $0.line == titleLine }) else { return [] }
        let after = page[(title + 1)...].prefix(blocksAfter).filter { $0.kind != .quote }
        let before = page[max(0, title - blocksBefore)..<title].filter { $0.kind != .quote }
        return after + before.reversed()
    }

    /// A block's visible text without a list item's marker; a link's text is a word of its own
    /// (`[Jane Doe](…)[@jdoe](…)` reads `Jane Doe @jdoe`, not `Jane Doe@jdoe`).
    private static func plainLine(_ block: Block) -> String {
        Inline.plainTextSeparatingLinks(WholePage.withoutListMarker(block.markup) ?? Substring(block.markup))
    }

    /// The most words a date line far from the headline holds, its date's included.
    static let maximumDateLineWords = 4

    /// How many blocks after and before the headline may hold its byline and date.
    static let blocksAfter = 15
    static let blocksBefore = 6

    /// Whether a link's address is a writer's page on the site (`/author/jane-doe/`,
    /// `/autor/…`, `/contributor/…`), a relative one too.
    static func isAuthorPage(_ target: String) -> Bool {
        let address = target.prefix(while: { $0 != " " }).lowercased()
        if let rest = address.range(of: "//") {
            let host = address[rest.upperBound...].prefix { $0 != "/" && $0 != "?" }
            if Vocabulary.socialHosts.contains(where: { host == $0 || host.hasSuffix("." + $0) }) { return false }
        }
        let path = address.range(of: "://").map { rest in address[rest.upperBound...].drop(while: { $0 != "/" }) } ?? Substring(address)
        let segments = path.split(separator: "/")
        // The writer's segment, then their handle (`/author/jane-doe`).
        return segments.dropLast().contains { authorSegments.contains(String($0)) } && !segments.contains("feed")
    }

    private static let authorSegments: Set<String> = [
        "author", "authors", "autor", "autoren", "autorin", "auteur", "auteurs", "autore", "autori", "autora", "autores",
        "contributor", "contributors", "writer", "writers", "journalist", "journalisten", "redakteur", "byline",
        // A member's or an editor's page (`/team/jane-doe`, `/user/jane-doe`, `/herausgeber/…`).
        "team", "user", "users", "profil", "profile", "staff", "editor", "editors", "herausgeber", "herausgeberin",
        "redakteurin", "autorinnen", "mitarbeiter",
    ]
}
