import Testing
@testable import OpeDB

@Suite struct HeaderZoneTests {
    @Test(arguments: [
        ("**Photo: Getty Images**", String?.none, String?.some("Getty Images")),
        ("Photo credit: Ines Varga / Northlight", nil, "Ines Varga / Northlight"),
        ("**A standfirst that says what the piece argues.**", "A standfirst that says what the piece argues.", nil),
        ("## A subheading as standfirst", "A subheading as standfirst", nil),
        ("*An italic standfirst*", "An italic standfirst", nil),
    ])
    func standfirstOrCredit(_ line: String, _ subtitle: String?, _ credit: String?) throws {
        let article = try ArticleParser().parse(text: "# Title\n\n\(line)\n\nBy Ann Lee\n\nThe text begins here.\n")
        #expect(article.subtitle == subtitle)
        #expect(article.imageCredit == credit)
        #expect(article.authors.map(\.name) == ["Ann Lee"])
        #expect(article.body == "The text begins here.")
    }

    @Test func anUnreadableBylineDoesNotSwallowTheHead() throws {
        let article = try ArticleParser().parse(text: "# 标题\n\nBy 王小明\n\n2021-03-04\n\n第一段。\n")
        #expect(article.authors.map(\.name) == ["王小明"])
        #expect(article.publishedOn == "2021-03-04")
        #expect(article.body == "第一段。")
    }

    @Test func aSourceLineOnTopIsTheAddress() throws {
        let article = try ArticleParser().parse(text: "# T\n\nSource: https://www.example.com/a\n\nText.\n")
        #expect(article.url == "https://www.example.com/a")
        #expect(article.body == "Text.")
    }
}

@Suite struct BylineLimitTests {
    /// A labelled byline longer than the 12-name limit keeps every author and its date, with a
    /// warning; before, it was dropped whole (no authors, no date, no word).
    @Test func aBylineOverTheLimitIsKeptWithAWarning() throws {
        let names = (0..<15).map { "Writer\(Character(UnicodeScalar(65 + $0)!)) Person" }
        let byline = names.dropLast().joined(separator: ", ") + " and " + names.last!
        let article = try ArticleParser().parse(text: "# A Team Story\n\nBy \(byline) | March 3, 2021\n\nThe text begins here.\n")
        #expect(article.authors.map(\.name) == names)
        #expect(article.publishedOn == "2021-03-03")
        #expect(article.warnings.contains("byline lists 15 names, more than 12; all were stored as authors"))
    }

    @Test func creditsOverTheLimitAreStillNotNames() {
        let list = (0..<13).map { "Writer\(Character(UnicodeScalar(65 + $0)!)) Person" }.joined(separator: ", ")
        #expect(BylineParser.splitNames(list) == nil)
        #expect(BylineParser.splitNames(list, limit: nil)?.count == 13)
    }
}
