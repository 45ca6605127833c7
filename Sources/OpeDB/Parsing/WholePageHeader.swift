import Foundation

/// The writers of a whole page converted to Markdown, when the header lines kept with the text
/// give none: the lines a converter left around the headline as links, list items or headings.
/// (Its date: ``WholePageDate``, from the same blocks.)
///
/// A byline (`#### Von [Jane Doe](…/authors/jane) | Oct 24, 2023`, `* [ von: Jane Doe ](…)`,
/// `Posted on May 3 by [Jane Doe](…)`), or, failing one, the headline's links to author pages
/// (`[Jane Doe](https://…/author/jane-doe/)`), or a byline linking its writer's page anywhere.
///
/// Only the blocks around the headline are read for a plain byline — a few before it (a kicker
/// line), more after it — so a sidebar's "recent posts by" or a comment further down never counts.
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

    /// A writer credited under the text with a label (`Auteur : Anna Kubišta`, `Autor: Jan
    /// Nowak`), in the few blocks after the text's last (`textEnd` is its line), before any
    /// comments: a commenter's header is no labelled credit.
    static func creditedAfter(textEnd: Int, in page: [Block]) -> [String] {
        guard let start = page.firstIndex(where: { $0.line > textEnd }) else { return [] }
        for block in page[start...].prefix(creditBlocks) {
            if block.isHeading, WholePage.isCommentsHeading(block.plainText) { break }
            let names = VisibleByline.labelledCredit(plainLine(block))
            if !names.isEmpty { return names }
        }
        return []
    }

    /// How many blocks after the text may hold its labelled credit.
    static let creditBlocks = 6

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

    /// The blocks after the headline, then those before it nearest first; no quotes (an
    /// embedded post's).
    static func blocks(around titleLine: Int, in page: [Block]) -> [Block] {
        guard let title = page.firstIndex(where: { $0.line == titleLine }) else { return [] }
        let after = page[(title + 1)...].prefix(blocksAfter).filter { $0.kind != .quote }
        let before = page[max(0, title - blocksBefore)..<title].filter { $0.kind != .quote }
        return after + before.reversed()
    }

    /// A block's visible text without a list item's marker; a link's text is a word of its own
    /// (`[Jane Doe](…)[@jdoe](…)` reads `Jane Doe @jdoe`, not `Jane Doe@jdoe`).
    static func plainLine(_ block: Block) -> String {
        Inline.plainTextSeparatingLinks(WholePage.withoutListMarker(block.markup) ?? Substring(block.markup))
    }

    /// How many blocks after and before the headline may hold its byline and date.
    static let blocksAfter = 15
    static let blocksBefore = 6

    /// Whether a link's address is a writer's page on the site (`/author/jane-doe/`,
    /// `/autor/…`, `/contributor/…`), a relative one too.
    static func isAuthorPage(_ target: String) -> Bool {
        let address = target.prefix(while: { $0 != " " }).lowercased()
        let hostStart = address.range(of: "//")?.upperBound
        if let hostStart {
            let host = address[hostStart...].prefix { $0 != "/" && $0 != "?" }
            if Vocabulary.socialHosts.contains(where: { host == $0 || host.hasSuffix("." + $0) }) { return false }
        }
        let path = address.range(of: "://").map { rest in address[rest.upperBound...].drop(while: { $0 != "/" }) } ?? Substring(address)
        let segments = path.split(separator: "/")
        guard let last = segments.last, !segments.contains("feed"), !accountActions.contains(String(last)) else { return false }
        // The writer's segment, then their handle (`/author/jane-doe`); a member's page only on
        // the site itself (a relative link): another site's `/user/…` is its member's.
        return segments.dropLast().contains { segment in
            authorSegments.contains(String(segment)) || hostStart == nil && memberSegments.contains(String(segment))
        }
    }

    /// A member's account pages: signing in and out, not a writer.
    private static let accountActions: Set<String> = [
        "login", "logout", "log-in", "log-out", "signin", "signout", "sign_in", "sign_out", "sign-in", "sign-out",
        "register", "edit", "settings", "anmelden", "abmelden", "registrieren",
    ]

    /// A site's member pages (`/user/jane-doe`): a writer's only on the site itself.
    private static let memberSegments: Set<String> = ["user", "users"]

    private static let authorSegments: Set<String> = [
        "author", "authors", "autor", "autoren", "autorin", "auteur", "auteurs", "autore", "autori", "autora", "autores",
        "contributor", "contributors", "writer", "writers", "journalist", "journalisten", "redakteur", "byline",
        // A team member's or an editor's page (`/team/jane-doe`, `/herausgeber/…`).
        "team", "profil", "profile", "staff", "editor", "editors", "herausgeber", "herausgeberin",
        "redakteurin", "autorinnen", "mitarbeiter",
    ]
}
