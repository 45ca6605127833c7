/// Finds the "read more" boxes pages put inside or after an article's text — a short heading
/// or line like `Related`, `Mehr zum Thema`, `À lire aussi`, then a run of links or teasers —
/// and hints them as ``Block/Hint/related``, so they are not read as the article's text; and
/// removes the list of the article's tags under a `Tags`/`Themen`/`Temas` heading.
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
        "auch lesen", "le puede interesar", "puede interesarte", "lea tambien", "ver tambien",
    ]

    /// Openers that, followed by `:` or `»` and a link on the same line, make the line a pointer
    /// to another article (`À lire aussi » Title`, `Lesen Sie auch: Title`, `Read more: Title`).
    static let inlineOpeners: Set<String> = ["read more", "weiterlesen", "mehr lesen", "lire la suite", "leer mas"]

    /// Headings of an author's box after the text (`Über den Autor`, `About the author`).
    static let bioHeadings: Set<String> = [
        "about the author", "about the authors", "uber den autor", "uber die autorin", "uber die autoren",
        "autoreninfo", "zur person", "a propos de l auteur", "sobre el autor", "sobre la autora", "l auteur",
    ]

    /// Openers that go on with the site's or the topic's name (`Mehr aus dem Channel`, `More
    /// from The Herald`, `Mehr zum Thema auf example.de`).
    static let openingPhrases = [
        "mehr zum thema", "mehr aus", "mehr von", "more from", "more on", "zum weiterlesen",
        "lesen sie auch", "weitere artikel", "a lire aussi", "leggi anche", "mehr zu", "weitere beitrage", "mehr kolumnen",
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
    static func isNavigationLine(_ block: Block, _ plain: String) -> Bool {
        guard block.kind == .paragraph || block.isHeading, plain.count <= 40, !plain.hasSuffix(".") else { return false }
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

    /// `Lesen Sie auch: [Title](…)`: an opener, a `:` or `»`, then mostly a link, on one line.
    static func isInlinePointer(_ block: Block, _ plain: String) -> Bool {
        guard block.kind == .paragraph || block.kind == .listItem, block.markup.fastRange(of: "](") != nil else { return false }
        guard let cut = plain.prefix(40).firstIndex(where: { $0 == ":" || $0 == "»" || $0 == "›" }) else { return false }
        let head = String(plain[..<cut])
        let key = head.folded.split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
        guard isOpener(head) || inlineOpeners.contains(key) else { return false }
        let rest = String(plain[plain.index(after: cut)...]).trimmed
        let linked = Inline.links(in: block.markup).reduce(0) { $0 + $1.text.count }
        return !rest.isEmpty && linked * 2 >= rest.count
    }

    /// Whether a block's markup can hold a short enough opener, checked on its bytes before its
    /// plain text is rendered (which, for every paragraph of every page, was a tenth of the HTML
    /// reader's own time): 60 characters are at most 240 bytes, and a few escapes; only a link's
    /// target makes an opener's markup longer than that.
    static func mayOpen(_ markup: String) -> Bool {
        let bytes = markup.utf8
        return bytes.count <= 300 || markup.fastRange(of: "](") != nil
    }

    static func isBioHeading(_ text: String) -> Bool {
        guard text.count <= 40 else { return false }
        return bioHeadings.contains(text.folded.split(whereSeparator: { !$0.isLetter }).joined(separator: " "))
    }

    /// Hints the short blocks after a bio heading (a name, a line or two about the writer, a
    /// link to their other articles) as the author's bio, up to the next heading, and removes
    /// the heading itself (a label, neither text nor bio); returns the index after them.
    static func markBio(_ blocks: inout [Block], from start: Int) -> Int {
        blocks.remove(at: start)
        var j = start
        while j < blocks.count, j < start + 4, !blocks[j].isHeading, blocks[j].plainText.count <= 400 {
            blocks[j].hint = .authorBio
            j += 1
        }
        return j
    }

    /// The longest keyword of a tag list, in characters.
    static let tagLength = 60

    /// `Themen im Artikel` then a list of keywords (items or lines that are links, each to the
    /// tag's page): the end of
    /// the run of keywords after the heading at `start`, nil when it is no tag list's heading or
    /// no keyword follows it (a section of the text titled `Themen`).
    static func tagListEnd(_ blocks: [Block], heading start: Int, _ plain: String) -> Int? {
        guard plain.count <= 40, !plain.hasSuffix(".") else { return nil }
        let key = plain.folded.split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
        guard Vocabulary.tagListHeadings.contains(key) else { return nil }
        var j = start + 1
        while j < blocks.count, blocks[j].kind == .listItem || blocks[j].kind == .paragraph {
            let item = blocks[j].plainText
            guard !item.isEmpty, item.count <= tagLength else { break }
            let linked = Inline.links(in: blocks[j].markup).reduce(0) { $0 + $1.text.count }
            guard linked * 2 >= item.count else { break }
            j += 1
        }
        return j > start + 1 ? j : nil
    }

    /// The longest heading or line (characters) removed when nothing of the text follows it.
    static let introLine = 80
    /// The most words of a line ending with `:` removed when nothing of the text follows it
    /// (`Quellen:`, `Ein Beitrag von:`); a longer one is the text's own sentence.
    static let introWords = 4

    /// Removes the headings, and the short lines ending with `:`, that nothing of the text or
    /// its images follows: the titles of boxes after the article whose content was left out or
    /// hinted away (a FAQ widget, a shop's offers, links to other stories). A heading is no text
    /// by itself. Only after the text's last paragraph, list item, quote or image (a heading
    /// inside the text keeps the text's order), and not a numbered heading (a listicle's item).
    /// Returns the indices removed, in order.
    @discardableResult
    static func removeEmptySections(_ blocks: inout [Block]) -> [Int] {
        guard let last = blocks.lastIndex(where: { block in
            block.kind == .image || block.headingLevel == nil && block.kind != .rule && isText(block.hint)
                && !isSectionTitle(block)
        }) else { return [] }
        let empty = ((last + 1)..<blocks.count).filter { blocks[$0].hint == nil && isSectionTitle(blocks[$0]) }
        guard !empty.isEmpty else { return [] }
        let removed = Set(empty)
        blocks = blocks.indices.filter { !removed.contains($0) }.map { blocks[$0] }
        return empty
    }

    /// A heading below the title (not numbered: `12. The Scarecrow` is an item of a list the
    /// text is made of), or a line of a few words ending with `:`, short enough to title a box.
    private static func isSectionTitle(_ block: Block) -> Bool {
        if let level = block.headingLevel {
            let plain = block.plainText
            return level > 1 && plain.count <= introLine && plain.first?.isNumber != true
        }
        return block.kind == .paragraph && block.markup.hasSuffix(":") && block.markup.utf8.count <= 4 * introLine
            && block.plainText.split(separator: " ").count <= introWords
    }

    /// A block with this hint is read as the article's text.
    private static func isText(_ hint: Block.Hint?) -> Bool {
        hint == nil || hint == .standfirst || hint == .pullQuote
    }

    /// Marks an opener and the links, list items and images that follow it. (`Read more` and
    /// `Weiterlesen` are not openers: pages use them for "continue reading".)
    static func mark(_ blocks: inout [Block]) {
        var i = 0
        while i < blocks.count {
            // The plain text is rendered once per block, and only for a block that may open.
            guard blocks[i].kind != .image, mayOpen(blocks[i].markup) else {
                i += 1
                continue
            }
            let plain = blocks[i].plainText
            // A tag list is removed: its keywords are no article's titles.
            if let end = tagListEnd(blocks, heading: i, plain) {
                blocks.removeSubrange(i..<end)
                continue
            }
            guard isOpener(plain) else {
                if blocks[i].hint == nil, isNavigationLine(blocks[i], plain) || isInlinePointer(blocks[i], plain) {
                    blocks[i].hint = .related
                } else if blocks[i].hint == nil, isBioHeading(plain) {
                    i = markBio(&blocks, from: i)
                    continue
                }
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
