import Testing
@testable import OpeDB

/// What stands over the headline: a section's name or a kicker is no text; a sentence is.
@Suite struct AboveTheHeadlineTests {
    @Test(arguments: ["Promis", "Zurück", "Entretiens Méditerranée", "- Chronik", "Research & Innovation"])
    func aLabelOverTheHeadlineIsNotBody(_ label: String) throws {
        let body = "<article><p>\(label)</p><h1>Tide tables survive</h1>\(TestSupport.prose)</article>"
        let article = try ArticleParser().parse(bytes: TestSupport.page(body: body))
        #expect(article.title == "Tide tables survive")
        #expect(article.body.hasPrefix("The tide tables for the Wrenmouth estuary"))
    }

    @Test func aSentenceOverTheHeadlineIsBody() throws {
        let body = "<article><p>The harbour office answered every letter.</p><h1>Tide tables survive</h1>\(TestSupport.prose)</article>"
        let article = try ArticleParser().parse(bytes: TestSupport.page(body: body))
        #expect(article.body.hasPrefix("The harbour office answered every letter."))
    }

    /// A kind's label over the headline still gives the kind.
    @Test func aKindLabelOverTheHeadlineGivesTheKind() throws {
        let article = try ArticleParser().parse(text: "Opinion\n\n# Tide tables survive\n\nThe text begins here.\n")
        #expect(article.kind == TitleMarker.kind(named: "Opinion"))
        #expect(article.kind != "news")
        #expect(article.body == "The text begins here.")
    }
}
