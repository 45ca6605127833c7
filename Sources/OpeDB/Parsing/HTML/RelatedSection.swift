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
    ]

    /// Openers that go on with the site's or the topic's name (`Mehr aus dem Channel`, `More
    /// from The Herald`, `Mehr zum Thema auf example.de`).
    static let openingPhrases = [
        "mehr zum thema", "mehr aus", "mehr von", "more from", "more on", "zum weiterlesen",
        "lesen sie auch", "weitere artikel", "a lire aussi", "leggi anche",
    ]

    static func isOpener(_ text: String) -> Bool {
        guard text.count <= 60 else { return false }
        let words = text.folded.split(whereSeparator: { !$0.isLetter })
        let key = words.joined(separator: " ")
        return openers.contains(key)
            || words.count <= 6 && openingPhrases.contains { key.hasPrefix($0 + " ") }
    }

    /// Marks an opener and the links, list items and images that follow it. (`Read more` and
    /// `Weiterlesen` are not openers: pages use them for "continue reading".)
    static func mark(_ blocks: inout [Block]) {
        var i = 0
        while i < blocks.count {
            guard blocks[i].kind != .image, isOpener(blocks[i].plainText) else {
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
