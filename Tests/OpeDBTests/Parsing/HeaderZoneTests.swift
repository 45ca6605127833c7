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
