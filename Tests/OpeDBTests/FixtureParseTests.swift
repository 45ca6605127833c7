import Foundation
import Testing
@testable import OpeDB

/// Every fixture in `Fixtures/` parses to exactly its `.expected.json`, field by field.
@Suite struct FixtureParseTests {
    static let cases = TestSupport.fixtureArticles.map(\.lastPathComponent)

    @Test func thereAreEnoughFixtures() {
        #expect(Self.cases.count >= 15)
    }

    @Test(arguments: cases)
    func parsesAsExpected(_ name: String) throws {
        let url = TestSupport.fixtures.appendingPathComponent(name)
        let expectedURL = url.deletingPathExtension().appendingPathExtension("expected.json")
        let expected = try JSONDecoder().decode(ParsedArticle.self, from: Data(contentsOf: expectedURL))
        let actual = try ArticleParser().parseWithFrontMatter(bytes: TestSupport.bytes(url))
        #expect(actual.title == expected.title)
        #expect(actual.kind == expected.kind)
        #expect(actual.subtitle == expected.subtitle)
        #expect(actual.authors == expected.authors)
        #expect(actual.publishedOn == expected.publishedOn)
        #expect(actual.dateIsUpdate == expected.dateIsUpdate)
        #expect(actual.imageCredit == expected.imageCredit)
        #expect(actual.url == expected.url)
        #expect(actual.publication == expected.publication)
        #expect(actual.domain == expected.domain)
        #expect(actual.related == expected.related)
        #expect(actual.quotes == expected.quotes)
        #expect(actual.notes == expected.notes)
        #expect(actual.books == expected.books)
        #expect(actual.mentions == expected.mentions)
        #expect(actual.disclaimer == expected.disclaimer)
        #expect(actual.body == expected.body)
        #expect(actual.wordCount == expected.wordCount)
        #expect(actual.warnings == expected.warnings)
    }

    /// The expectations themselves hold the facts each fixture was written to exercise.
    @Test func expectationsCoverTheVariations() throws {
        func load(_ name: String) throws -> ParsedArticle {
            try ArticleParser().parseWithFrontMatter(bytes: TestSupport.bytes(TestSupport.fixtures.appendingPathComponent(name)))
        }
        let full = try load("01-op-ed-full.md")
        #expect(full.kind == "op-ed")
        #expect(full.authors.first?.aliases == ["Miriam T. Tollefsen"])
        #expect(full.books.first?.publisher == "Farrar, Straus and Giroux")
        #expect(full.books.last?.title == "Salt, Stone, and Signal")
        #expect(full.books.last?.forthcoming == true)
        #expect(full.related == ["Why the Harbour Pilots of Klaipeda Still Matter", "Radio Silence on the Northern Route"])
        // Joined across a related line; a capitalised paragraph after an unterminated one stays apart.
        #expect(full.body.contains("That belief is not always wrong. But it is worth asking"))
        #expect(full.body.contains("is simple\n\nThere is a cheaper way."))
        #expect(full.body.contains("would no longer be collected"))
        #expect(full.mentions == ["Harbour Gazette"])

        let unicode = try load("03-three-authors-unicode.md")
        #expect(unicode.authors.map(\.name) == ["Zoë Ångström", "Jiří Novák", "Łukasz Żółtowski"])
        #expect(unicode.notes.map(\.author) == ["Zoë Ångström", "Jiří Novák", "Łukasz Żółtowski"])

        let windows = try load("07-windows-1252.txt")
        #expect(windows.warnings == ["not valid UTF-8; read as Windows-1252"])
        #expect(windows.title == "Café Culture Survives the Lockdown – Barely")

        let crlf = try load("06-crlf-bom.md")
        #expect(crlf.title == "Snow Budgets and the Politics of Winter")
        #expect(!crlf.body.contains("\r"))

        #expect(try load("08-updated-date.md").publishedOn == "2021-07-20")  // the URL's date beats Updated:
        #expect(try load("19-updated-no-url.md").publishedOn == "2023-03-03")
        #expect(try load("04-news-no-extras.md").kind == "news")
        #expect(try load("04-news-no-extras.md").publication == "Reuters")
        #expect(try load("05-plain-text.txt").title == "Night Markets Return to the Old Port")
        #expect(try load("12-editorial-no-byline.md").publication == "The Harbour Gazette")
    }
}
