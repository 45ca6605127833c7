import Testing
@testable import OpeDB

/// The writer's and date's line a page theme sets over the text: furniture, never body.
@Suite struct MetaLineTests {
    @Test(arguments: [
        ("Redaktion am 3. Februar 2022 um 21:17", ["Redaktion"]),
        ("Mara Vinter — 31. Oktober 2023", ["Mara Vinter"]),
        // A date alone, the article's own.
        ("- 2 Apr, 2016", []),
        ("April 7, 2020", []),
        ("1.11.23 20:19 von Ole Brandt Lesezeit: 4 Min.", ["Ole Brandt"]),
        ("By Ann Lee/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020 4:17 pm EST", ["Ann Lee"]),
        // A date run into the next one and into the name, as two elements' texts without a space.
        ("6. November 20236. November 2023 Tomas Egli", ["Tomas Egli"]),
        ("Ann Lee", ["Ann Lee"]),
        ("Por Rosa Ibáñez | 03/05/2022 20:36", ["Rosa Ibáñez"]),
        ("Published on August 19, 2019 • 31 Likes • 16 Comments", []),
        ("Last updated on 20 Feb, 2020. 3 min read", []),
        ("Lesezeit: ca. 3 Minuten", []),
    ])
    func readsMetaLines(_ line: String, _ names: [String]) {
        let published = DateText.find(line)
        #expect(MetaLine.matches(line, names: names, published: published))
    }

    @Test(arguments: [
        // A place's dateline, a category list, a count, a sentence, another person's name.
        ("Berlin, 3. Mai 2021", ["Ann Lee"]),
        ("1. Februar 2022 Ann Kaufratgeber, Katzen, Beschäftigung", ["Ann Lee"]),
        ("4 Kommentare", []),
        ("Am 3. Mai 2021 begann der Umbau des alten Bahnhofs.", []),
        ("Mara Vinter", ["Ann Lee"]),
        ("Januar 2022", []),
        // A duration alone: a recipe's or a video's, not a reading time.
        ("30 Min.", []),
        ("", []),
        // A date that is not the article's: an obituary's life dates, a diary's day, an event's.
        ("May 3, 1931 – June 5, 2021", []),
        ("Thursday, June 10, 2021", []),
        ("Saturday, May 8, 2021, at 7 p.m.", []),
    ])
    func leavesText(_ line: String, _ names: [String]) {
        #expect(!MetaLine.matches(line, names: names, published: "2021-06-14"))
    }

    /// Two meta lines in a row at the top both go; at the end, a date line goes and a name alone
    /// (the writer signing) stays.
    @Test func removesMetaLinesAroundTheText() {
        let paragraphs = ["Mara Vinter", "Aktualisiert: 11.04.2020, 10:27", "Erster Absatz.", "Zweiter Absatz.",
                          "Mara Vinter", "Publiziert: 03.04.2020, 12:35"]
        #expect(MetaLine.removed(from: paragraphs, names: ["Mara Vinter"], published: "2020-04-03")
            == ["Erster Absatz.", "Zweiter Absatz.", "Mara Vinter"])
        #expect(MetaLine.removed(from: ["Erster Absatz.", "Zweiter Absatz."], names: ["Mara Vinter"], published: nil) == nil)
        // `By` set apart from the names it introduces goes with them.
        #expect(MetaLine.removed(from: ["By", "Mara Vinter", "Erster Absatz.", "Zweiter Absatz.", "Dritter."], names: ["Mara Vinter"],
                                 published: nil) == ["Erster Absatz.", "Zweiter Absatz.", "Dritter."])
        // An answer over a date line is no label: it stays.
        #expect(MetaLine.removed(from: ["No.", "Posted May 3, 2021", "Erster Absatz.", "Zweiter.", "Dritter."], names: [],
                                 published: nil) == ["No.", "Erster Absatz.", "Zweiter.", "Dritter."])
        // Never the whole text.
        #expect(MetaLine.removed(from: ["3. Mai 2021", "Published: 4. Mai 2021"], names: [], published: "2021-05-03") == nil)
    }

    /// A text's ends split as its paragraphs, the middle whole: joined again, the same text.
    @Test func endsKeepTheText() {
        #expect(MetaLine.ends(of: "a\n\nb") == ["a", "b"])
        let paragraphs = (1...14).map { "Paragraph \($0)" + ($0 == 7 ? "\nwith a line" : "") }
        let text = paragraphs.joined(separator: "\n\n")
        let ends = MetaLine.ends(of: text)
        #expect(ends.count == 8 + 1 + 3)
        #expect(Array(ends.prefix(8)) == Array(paragraphs.prefix(8)))
        #expect(Array(ends.suffix(3)) == Array(paragraphs.suffix(3)))
        for count in 0...14 {
            let text = paragraphs.prefix(count).joined(separator: "\n\n")
            #expect(MetaLine.ends(of: text).joined(separator: "\n\n") == text)
        }
    }

    /// A page whose theme prints the writer and the date between the headline and the text: the
    /// text starts with its first paragraph, and the fields still come from what the page declares.
    @Test func aPagesMetaLineIsNotBody() throws {
        let head = """
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tide tables survive",
            "author": {"@type": "Person", "name": "Mara Vinter"}, "datePublished": "2022-02-03T21:17:00+01:00"}</script>
            """
        let body = "<article><h1>Tide tables survive</h1><div class=\"info\">Mara Vinter am 3. Februar 2022 um 21:17</div>\(TestSupport.prose)</article>"
        let article = try ArticleParser().parse(bytes: TestSupport.page(head: head, body: body))
        #expect(article.authors.map(\.name) == ["Mara Vinter"])
        #expect(article.publishedOn == "2022-02-03")
        #expect(article.body.hasPrefix("The tide tables for the Wrenmouth estuary"))
    }

    /// A meta line above the headline (a blog theme's date over the post title) is not body either.
    @Test func aMetaLineAboveTheHeadlineIsNotBody() throws {
        let body = "<article><p>- 2 Apr, 2016</p><h1>Tide tables survive</h1>\(TestSupport.prose)</article>"
        let article = try ArticleParser().parse(bytes: TestSupport.page(body: body))
        #expect(article.title == "Tide tables survive")
        #expect(article.body.hasPrefix("The tide tables for the Wrenmouth estuary"))
    }

    /// A text that is only such a line is kept: nothing else would be left.
    @Test func aBodyOfOnlyAMetaLineIsKept() throws {
        let article = try ArticleParser().parse(text: "# Tide tables\n\nBy Ann Lee\n\nAnn Lee\n")
        #expect(article.authors.map(\.name) == ["Ann Lee"])
        #expect(article.body == "Ann Lee")
        // A body of one date line that says what it is (the header took the first date): it stays.
        let dated = try ArticleParser().parse(text: "# Tide tables\n\nBy Ann Lee\n\nMay 3, 2021\n\nUpdated: May 4, 2021\n")
        #expect(dated.publishedOn == "2021-05-03")
        #expect(dated.body == "Updated: May 4, 2021")
    }
}
