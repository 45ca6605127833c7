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

    @Test(arguments: [
        "# \n\n[Why the tide tables survived](https://tidewatch.example/)\n",
        "# \n\n" + String(repeating: "word ", count: 40) + "\n",
    ])
    func anEmptyHeadingKeepsALinkOrALongParagraphApart(_ text: String) {
        #expect(MarkdownReader.read(text).blocks.map(\.kind) == [.heading(level: 1), .paragraph])
        #expect(MarkdownReader.read(text).blocks[0].markup.isEmpty)
    }

    /// A setext heading's text may wrap (markdownify writes a heading holding a line break so);
    /// an underline after list items stays with the last item.
    @Test(arguments: [
        ("Harbour records\nWhy the tide tables survived\n============\n", [Block.Kind.heading(level: 1)], "Harbour records Why the tide tables survived"),
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
}
