/// Finds the "read more" boxes pages put inside or after an article's text — a short heading
/// or line like `Related`, `Mehr zum Thema`, `À lire aussi`, then a run of links or teasers —
/// and hints them as ``Block/Hint/related``, so they are not read as the article's text.
enum RelatedSection {
    /// Folded, letters and spaces only.
    static let openers: Set<String> = [
        "related", "related articles", "related stories", "related posts", "related content", "read also", "also read", "see also", "more from", "more stories", "more on this", "more on this story",
        "you may also like", "you might also like", "recommended", "recommended for you", "further reading",
        "mehr zum thema", "auch interessant", "das konnte sie auch interessieren", "lesen sie auch",
        "schon gelesen", "weitere artikel", "ahnliche artikel", "ahnliche beitrage", "passend dazu",
        "mehr kolumnen", "mehr dazu", "zum thema", "zum weiterlesen", "das konnte dich auch interessieren", "empfehlungen",
        "a lire aussi", "lire aussi", "a lire egalement", "sur le meme sujet", "voir aussi", "articles similaires",
        "te puede interesar", "mas informacion", "lee tambien", "tambien te puede interesar", "noticias relacionadas",
        "leia tambem", "veja tambem", "leggi anche", "potrebbe interessarti", "lees ook", "zie ook", "czytaj takze",
        "most read", "most popular", "latest news", "related topics", "more stories from", "meistgelesen",
        "meistgelesene artikel", "meistdiskutierte artikel", "neueste artikel", "weitere themen", "mehr themen",
        "empfohlene beitrage", "empfohlene artikel", "lust auf mehr", "temas relacionados", "lo ultimo", "lo mas leido",
    ]

    /// Openers that go on with the site's or the topic's name (`Mehr aus dem Channel`, `More
    /// from The Herald`, `Mehr zum Thema auf example.de`).
    static let openingPhrases = [
        "mehr zum thema", "mehr aus", "mehr von", "more from", "more on", "zum weiterlesen",
        "lesen sie auch", "weitere artikel", "a lire aussi", "leggi anche", "mehr zu", "weitere beitrage",
        "weitere pressemitteilungen", "empfehlungen aus", "mas sobre",
    ]

    /// Lines that lead away from the article (back to its index, to a share bar): a line alone,
    /// the whole of it a link or a label, never the article's own text.
    static let navigationLines: Set<String> = [
        "teilen", "diese seite teilen", "artikel teilen", "beitrag teilen", "news teilen", "seite teilen",
        "share", "share this", "share this article", "share this story", "share this page", "partager",
        "partager cet article", "compartir", "compartir esta noticia", "condividi", "delen",
    ]

    /// Openings of a "back to the index" line (`Zurück zur Übersicht`, `Back to all news`).
    static let backLinkOpenings = ["zuruck zu", "zuruck zur", "zuruck zum", "back to", "retour a", "retour au",
                                   "volver a", "torna a", "terug naar"]

    /// A line alone that leads away from the article: a share label, or a line back to an index
    /// (a link, or a script's `history.back()` that is no link), short and not a sentence.
    static func isNavigationLine(_ block: Block) -> Bool {
        guard block.kind == .paragraph || block.isHeading, block.markup.utf8.count <= 300 else { return false }
        let plain = block.plainText
        guard plain.count <= 40, !plain.hasSuffix(".") else { return false }
        let key = plain.folded.split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
        return navigationLines.contains(key) || backLinkOpenings.contains { key.hasPrefix($0 + " ") }
    }

    static func isOpener(_ text: String) -> Bool {
        guard text.count <= 60 else { return false }
        let words = text.folded.split(whereSeparator: { !$0.isLetter })
        let key = words.joined(separator: " ")
        return openers.contains(key)
            || words.count <= 6 && openingPhrases.contains { key.hasPrefix($0 + " ") }
    }

    /// Whether a block's markup can hold a short enough opener, checked on its bytes before its
    /// plain text is rendered (which, for every paragraph of every page, was a tenth of the HTML
    /// reader's own time): 60 characters are at most 240 bytes, and a few escapes; only a link's
    /// target makes an opener's markup longer than that.
    static func mayOpen(_ markup: String) -> Bool {
        let bytes = markup.utf8
        return bytes.count <= 300 || markup.fastRange(of: "](") != nil
    }

    /// Marks an opener and the links, list items and images that follow it. (`Read more` and
    /// `Weiterlesen` are not openers: pages use them for "continue reading".)
    static func mark(_ blocks: inout [Block]) {
        var i = 0
        while i < blocks.count {
            guard blocks[i].kind != .image, mayOpen(blocks[i].markup), isOpener(blocks[i].plainText) else {
                if blocks[i].hint == nil, isNavigationLine(blocks[i]) { blocks[i].hint = .related }
                i += 1
                continue
            }
            let openerIsHeading = blocks[i].isHeading
            blocks[i].hint = .related
            var j = i + 1
            while j < blocks.count {
                let block = blocks[j]
                if block.isHeading && openerIsHeading { break }
                let plain = block.plainText
                let linked = Inline.links(in: block.markup).reduce(0) { $0 + $1.text.count }
                let isTeaser = block.kind == .listItem || block.kind == .image || linked * 2 >= plain.count
                guard isTeaser else { break }
                blocks[j].hint = .related
                j += 1
            }
            i = j
        }
    }
}
