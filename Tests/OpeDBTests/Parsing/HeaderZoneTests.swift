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

    /// Date lines as pages in other languages print them, under the title, with a byline.
    @Test(arguments: [
        ("Stand: 28.04.2020 18:00 Uhr", "2020-04-28", false),
        ("Veröffentlicht am 3. Mai 2021", "2021-05-03", false),
        ("Publié le 21 octobre 2019", "2019-10-21", false),
        ("Aktualisiert am 05.06.2022", "2022-06-05", true),
    ])
    func dateLinesInOtherLanguages(_ line: String, _ iso: String, _ isUpdate: Bool) throws {
        let article = try ArticleParser().parse(text: "# Titel\n\nVon Lene Maurer\n\n\(line)\n\nDer Text beginnt hier.\n")
        #expect(article.publishedOn == iso)
        #expect(article.dateIsUpdate == isUpdate)
        #expect(article.authors.map(\.name) == ["Lene Maurer"])
        #expect(article.body == "Der Text beginnt hier.")
    }

    /// A sentence that holds a date is text, not a date line.
    @Test func aSentenceWithADateIsNoDateLine() throws {
        let text = "# Titel\n\nAm 3. Mai 2021 begann der Umbau des alten Bahnhofs am Hafen.\n\nDer Text geht weiter.\n"
        let article = try ArticleParser().parse(text: text)
        #expect(article.publishedOn == nil)
        #expect(article.body.hasPrefix("Am 3. Mai 2021 begann"))
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

    /// A German compound job title after a name is the writer's role; a surname that merely
    /// ends like one (`Schleiter`) is a second writer.
    @Test(arguments: [("Fenna Brookhart, Pressesprecherin des Vereins", ["Fenna Brookhart"]),
                      ("Fenna Brookhart, Projektleiter", ["Fenna Brookhart"]),
                      ("Orla Quennell, Ivo Schleiter", ["Orla Quennell", "Ivo Schleiter"])])
    func germanCompoundRolesAreNoWriters(_ byline: String, _ expected: [String]) {
        #expect(BylineParser.splitNames(byline) == expected)
    }

    @Test func creditsOverTheLimitAreStillNotNames() {
        let list = (0..<13).map { "Writer\(Character(UnicodeScalar(65 + $0)!)) Person" }.joined(separator: ", ")
        #expect(BylineParser.splitNames(list) == nil)
        #expect(BylineParser.splitNames(list, limit: nil)?.count == 13)
    }
}
