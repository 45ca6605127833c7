import Testing
@testable import OpedbCLI

@Suite struct TableTests {
    @Test func displayWidthCountsWideAndCombiningCharacters() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("北京") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.truncate("北京欢迎你", to: 5) == "北京…")
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
    }

    @Test func tablesAlignAndShrinkFlexibleColumns() {
        let table = Table(columns: [.init(title: "id", alignment: .right), .init(title: "title", flexible: true)],
                          rows: [["1", "北京 and a long title"], ["22", "short"]])
        #expect(table.render(width: 80, style: Style(enabled: false)) == "id  title\n 1  北京 and a long title\n22  short")
        #expect(table.render(width: 14, style: Style(enabled: false)) == "id  title\n 1  北京 and …\n22  short")
    }

    @Test func tableCellsShowControlCharactersEscaped() {
        let table = Table(columns: [.init(title: "name")], rows: [["Eve\u{1B}]0;pwned\u{7}"]])
        let text = table.render(width: 80, style: Style(enabled: false))
        #expect(!text.contains("\u{1B}"))
        #expect(text == "name\nEve\\x1B]0;pwned\\x07")
    }
}
