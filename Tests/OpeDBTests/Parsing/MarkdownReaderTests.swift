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

    @Test func plainTextGetsItsFirstLineAsABlock() {
        let document = MarkdownReader.read("A Title Line\nFirst sentence of the text.\n")
        #expect(document.blocks.map(\.markup) == ["A Title Line", "First sentence of the text."])
    }
}
