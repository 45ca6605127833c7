/// The writers of a whole page converted to Markdown, when the header lines kept with the text
/// name nobody: the byline a converter left beside the headline as a line of links or a list
/// item (`#### Von [Jane Doe](…/authors/jane) | Oct 24, 2023`, `* [ von: Jane Doe ](…)`,
/// `Posted on May 3 by [Jane Doe](…)`), or, failing one, the headline's links to author pages
/// (`[Jane Doe](https://…/author/jane-doe/)`).
///
/// Only the blocks around the headline are read — a few before it (a kicker line), more after
/// it — so a sidebar's "recent posts by" or a comment's author further down never counts.
enum WholePageByline {
    /// The names, or empty; `titleLine` is the headline's line in `page`.
    static func names(page: [Block], titleLine: Int) -> [String] {
        guard let title = page.firstIndex(where: { $0.line == titleLine }) else { return [] }
        let after = page[(title + 1)...].prefix(blocksAfter).filter { $0.kind != .quote }
        let before = page[max(0, title - blocksBefore)..<title].filter { $0.kind != .quote }
        var desk: [String] = []
        for block in after + before.reversed() {
            let plain = Inline.plainText(WholePage.withoutListMarker(block.markup) ?? Substring(block.markup))
            guard plain.count <= 200 else { continue }
            let found = VisibleByline.names(in: plain, requireOpener: true)
            guard !found.isEmpty else { continue }
            if found.allSatisfy({ VisibleByline.deskNames.contains($0.folded) }) {
                if desk.isEmpty { desk = found }
                continue
            }
            return found
        }
        for block in after + before.reversed() {
            var names: [String] = []
            for link in Inline.links(in: block.markup) where isAuthorPage(link.target) {
                for name in VisibleByline.names(in: Inline.plainText(link.text), requireOpener: false) where !names.contains(name) {
                    names.append(name)
                }
            }
            if !names.isEmpty { return Array(names.prefix(BylineParser.nameLimit)) }
        }
        return desk
    }

    /// How many blocks after and before the headline may hold its byline.
    static let blocksAfter = 15
    static let blocksBefore = 6

    /// Whether a link's address is a writer's page on the site (`/author/jane-doe/`,
    /// `/autor/…`, `/contributor/…`), a relative one too.
    static func isAuthorPage(_ target: String) -> Bool {
        let address = target.prefix(while: { $0 != " " }).lowercased()
        let path = address.range(of: "://").map { rest in address[rest.upperBound...].drop(while: { $0 != "/" }) } ?? Substring(address)
        let segments = path.split(separator: "/")
        // The writer's segment, then their handle (`/author/jane-doe`).
        return segments.dropLast().contains { authorSegments.contains(String($0)) } && !segments.contains("feed")
    }

    private static let authorSegments: Set<String> = [
        "author", "authors", "autor", "autoren", "autorin", "auteur", "auteurs", "autore", "autori", "autora", "autores",
        "contributor", "contributors", "writer", "writers", "journalist", "journalisten", "redakteur", "byline",
    ]
}
