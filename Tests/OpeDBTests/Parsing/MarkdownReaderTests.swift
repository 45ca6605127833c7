import Testing
@testable import OpeDB

@Suite struct MarkdownReaderTests {
    @Test func blocksHaveKindsAndLines() {
        let document = MarkdownReader.read("# Title\n\nText *one*.\n\n> quoted\n\n- a\n- b\n\n---\n\n![x](y.png)\n")
        #expect(document.blocks.map(\.kind) == [.heading(level: 1), .paragraph, .quote, .listItem, .listItem, .rule, .image])
        #expect(document.blocks.map(\.line) == [1, 3, 5, 7, 8, 10, 12])
        #expect(document.blocks[1].markup == "Text *one*.")
        #expect(document.blocks[1].plainText == "Text one.")
    }

    /// html2text's `#` alone, the heading's words after a blank line: one heading.
    @Test func anEmptyHeadingTakesTheShortParagraphAfterIt() {
        let document = MarkdownReader.read("# \n\nWhy the tide tables survived\n\nThe clerk printed them every winter since 1871, in his spare time.\n")
        #expect(document.blocks.map(\.kind) == [.heading(level: 1), .paragraph])
        #expect(document.blocks[0].markup == "Why the tide tables survived")
    }

    /// html2text's `#` alone, then a kicker's link, then the headline: the headline.
    @Test func anEmptyHeadingSkipsAKickerLink() {
        let document = MarkdownReader.read("# \n\n[Harbour | ](https://tidewatch.example/harbour/)\n\nWhy the tide tables survived\n\nThe clerk printed them every winter since 1871.\n")
        #expect(document.blocks.map(\.kind) == [.heading(level: 1), .paragraph])
        #expect(document.blocks[0].markup == "Why the tide tables survived")
    }

    /// A `<br>` in the `<h1>` puts the headline on the line under the kicker (html2text): the
    /// headline is the heading; a kicker naming the kind stays as a line before it; a date or a
    /// byline under a heading is no headline.
    @Test(arguments: [
        ("# Harbour records\nWhy the tide tables survived\n", [Block.Kind.heading(level: 1)], "Why the tide tables survived"),
        ("# Opinion\nWhy the tide tables survived\n", [.paragraph, .heading(level: 1)], "Opinion"),
        ("# Harbour records\nMarch 3, 2021\n", [.heading(level: 1), .paragraph], "Harbour records"),
        ("# Harbour records\nBy Orla Quennell\n", [.heading(level: 1), .paragraph], "Harbour records"),
        ("# Harbour records\n\nWhy the tide tables survived\n", [.heading(level: 1), .paragraph], "Harbour records"),
        ("# The harbour records of Wrenmouth\nWhy the tide tables survived\n", [.heading(level: 1), .paragraph], "The harbour records of Wrenmouth"),
    ])
    func aHeadlineUnderAKickerLine(_ text: String, _ kinds: [Block.Kind], _ first: String) {
        let blocks = MarkdownReader.read(text).blocks
        #expect(blocks.map(\.kind) == kinds)
        #expect(blocks.first?.markup == first)
    }

    /// A kicker's span dropped from a heading leaves its separator: it goes too.
    @Test(arguments: ["# : Why the tide tables survived", "# – Why the tide tables survived", "## | Why the tide tables survived"])
    func aHeadingLosesALeadingSeparator(_ text: String) {
        #expect(MarkdownReader.read(text).blocks.first?.markup == "Why the tide tables survived")
    }

    @Test(arguments: [
        "# \n\n[Why the tide tables survived](https://tidewatch.example/)\n",
        "# \n\n" + String(repeating: "word ", count: 40) + "\n",
    ])
    func anEmptyHeadingKeepsALinkOrALongParagraphApart(_ text: String) {
        #expect(MarkdownReader.read(text).blocks.map(\.kind) == [.heading(level: 1), .paragraph])
        #expect(MarkdownReader.read(text).blocks[0].markup.isEmpty)
    }

    /// A setext heading's text may wrap (markdownify writes a heading holding a line break so);
    /// a first line of a few words over a level-1 headline is its kicker, and goes (one naming
    /// the kind stays as a line of its own); an underline after list items stays with the last item.
    @Test(arguments: [
        ("Harbour records\nWhy the tide tables survived\n============\n", [Block.Kind.heading(level: 1)], "Why the tide tables survived"),
        ("[Harbour |](https://tidewatch.example/harbour/)\nWhy the tide tables survived\n============\n", [Block.Kind.heading(level: 1)], "Why the tide tables survived"),
        ("Opinion\nWhy the tide tables survived\n============\n", [.paragraph, .heading(level: 1)], "Opinion"),
        ("The harbour records of Wrenmouth\nWhy the tide tables survived\n============\n", [.heading(level: 1)], "The harbour records of Wrenmouth Why the tide tables survived"),
        ("Harbour records\nWhy the tide tables survived\n------------\n", [.heading(level: 2)], "Harbour records Why the tide tables survived"),
        ("* [Why the tide tables survived](https://tidewatch.example/)\n  -----\n", [.heading(level: 2)], "* [Why the tide tables survived](https://tidewatch.example/)"),
        ("* [Home](/)\n* Links\n  -----\n", [.paragraph, .heading(level: 2)], "* [Home](/)"),
    ])
    func setextHeadingsMayWrap(_ text: String, _ kinds: [Block.Kind], _ first: String) {
        let blocks = MarkdownReader.read(text).blocks
        #expect(blocks.map(\.kind) == kinds)
        #expect(blocks.first?.markup == first)
    }

    @Test func plainTextGetsItsFirstLineAsABlock() {
        let document = MarkdownReader.read("A Title Line\nFirst sentence of the text.\n")
        #expect(document.blocks.map(\.markup) == ["A Title Line", "First sentence of the text."])
    }

    /// A date whose day opens the line (`7. Oktober 2019`), as markdownify and pandoc leave it
    /// unescaped, is a paragraph, not an item of a numbered list; so the date is read.
    @Test(arguments: ["7. Oktober 2019", "28. Januar 2022, 12:01", "18. Okt 2023", "3. März 2021"])
    func aDayAndMonthOpeningALineIsNoListItem(_ line: String) throws {
        let document = MarkdownReader.read("# Title\n\n\(line)\n\nThe text begins here.\n")
        #expect(document.blocks.map(\.kind) == [.heading(level: 1), .paragraph, .paragraph])
        let article = try ArticleParser().parse(text: "# Title\n\n\(line)\n\nThe text begins here.\n")
        #expect(article.publishedOn != nil)
        #expect(article.body == "The text begins here.")
    }

    @Test(arguments: ["1. Mix the flour and the salt.", "7. Oktoberfest", "12. Mai"])
    func aNumberedItemStaysAListItem(_ line: String) {
        #expect(MarkdownReader.read("# Title\n\n\(line)\n").blocks.last?.kind == .listItem)
    }
}
