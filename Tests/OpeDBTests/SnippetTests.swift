import Foundation
import SQLite
import Testing
@testable import OpeDB

/// Snippets and highlights: the same choice as FTS5's `snippet()` on ordinary articles, bounded
/// work on huge ones (counted with `opedb_snippet_work()`, never timed), readable note sentences.
@Suite struct SnippetTests {
    func search(_ f: ArchiveFixture, _ text: String) throws -> SearchResults {
        var options = SearchOptions()
        options.text = text
        options.limit = 100
        return try ArticleSearch(connection: f.connection).run(options)
    }

    /// The work counter since its last reading (reading resets it).
    func work(_ f: ArchiveFixture) throws -> Int { try f.connection.scalar("SELECT opedb_snippet_work()").int ?? -1 }

    /// An article of `sentences` sentences, each with `lorem` once: FTS5's snippet() weighs every
    /// match against every other, so 70,000 of them took minutes.
    func longArticle(sentences: Int) -> String {
        let sentence = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. "
        var paragraphs: [String] = []
        for _ in 0..<(sentences / 10) { paragraphs.append(String(repeating: sentence, count: 10)) }
        return "# The Long Report\n\nBy Ann Writer\n\nMarch 3, 2020\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
    }

    @Test func aMultiMegabyteArticleCostsNoMoreThanAShortOne() throws {
        var counts: [Int] = []
        for sentences in [1_000, 70_000] {  // 55 KB and 4 MB
            let f = try ArchiveFixture()
            try f.add(longArticle(sentences: sentences))
            _ = try work(f)
            let hit = try #require(try search(f, "lorem").hits.first)
            #expect(hit.snippet.hasPrefix("[Lorem] ipsum dolor sit amet"))
            counts.append(try work(f))
        }
        // The window is found among the first matches and only its text is read: the same work.
        #expect(counts[0] > 0 && counts[0] < 20_000)
        #expect(counts[1] <= counts[0] + 100)
    }

    @Test func aLongQueryOnALongArticleStaysBounded() throws {
        let words = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit"]
            + (0..<(SearchQuery.maximumTerms - 8)).map { "absentword\($0)" }
        var counts: [Int] = []
        for sentences in [2_000, 20_000] {  // 64 terms, 16,000 and 160,000 matches
            let f = try ArchiveFixture()
            try f.add(longArticle(sentences: sentences))
            _ = try work(f)
            let hit = try #require(try search(f, words.joined(separator: " OR ")).hits.first)
            #expect(hit.matches.count >= 8)
            counts.append(try work(f))
        }
        // At most 512 windows weighed, each over the matches of 24 tokens: a bound, not the
        // square of 160,000 matches; the same work for both sizes.
        #expect(counts[1] < 250_000)
        #expect(counts[1] <= counts[0] + 100)
    }

    @Test func highlightIsLinearAndMarksEveryMatch() throws {
        let f = try ArchiveFixture()
        try f.add(longArticle(sentences: 20_000))
        _ = try work(f)
        let marked = try #require(try ArticleSearch(connection: f.connection).highlight(id: 1, text: "lorem", start: "<", end: ">"))
        #expect(marked.body.components(separatedBy: "<Lorem>").count - 1 == 20_000)
        // One step per token of the title, subtitle and body: 8 words a sentence, 20,000 sentences.
        #expect(try work(f) <= 20_000 * 8 + 100)
    }

    @Test func aMatchOnlyInTheNotesShowsItsSentence() throws {
        let f = try ArchiveFixture()
        try f.add(article(title: "Cliff Birds", byline: "Ann Writer",
                          note: "Ann Writer is a fellow at the Dr. K. Wrenfield Institute. She studies kittiwakes on the Faroe Islands.",
                          body: "Seabird colonies along the coast are recovering."))
        let hit = try #require(try search(f, "faroe").hits.first)
        #expect(hit.snippet == "She studies kittiwakes on the [Faroe] Islands.")
        // Abbreviations and initials do not end a sentence.
        #expect(try search(f, "wrenfield").hits.first?.snippet == "Ann Writer is a fellow at the Dr. K. [Wrenfield] Institute.")
    }

    @Test func longNoteSentencesAreCutAroundTheMatch() {
        let long = "Ann Writer " + String(repeating: "has written widely ", count: 20) + "about \u{1}kittiwakes\u{2} and " +
            String(repeating: "other birds ", count: 20) + "for years."
        let snippet = Snippet.note(highlighted: long)
        #expect(snippet.hasPrefix("…") && snippet.hasSuffix("…"))
        #expect(snippet.contains("\u{1}kittiwakes\u{2}"))
        #expect(snippet.count <= Snippet.noteSentenceLength + 30)
    }

    /// On ordinary articles the window is FTS5's own: the same text, the same marks.
    @Test func theSameSnippetsAsFTS5OnTheFixtures() throws {
        let f = try ArticleSearchTests.fixtureArchive()
        let queries = ["harbour pilots", "the", "sea OR port", "pilot*", "\"prime minister\"", "NEAR(harbour pilots, 3)",
                       "water", "kittiwake", "title:harbour", "city council", "market"]
        var compared = 0
        for text in queries {
            let expression = try SearchQuery(text).expression
            try f.connection.query("""
                SELECT rowid, snippet(articles_fts, -1, '[', ']', '…', 24), opedb_snippet(articles_fts, -1, '[', ']', '…', 24)
                FROM articles_fts WHERE articles_fts MATCH ?
                """, [expression]) {
                compared += 1
                #expect($0.string(1) == $0.string(2), "query \(text), article \($0.int(0))")
            }
        }
        #expect(compared > 50)
    }

    /// A search asks for each row's best column, its snippet and (authors, notes) the column
    /// again: the window is weighed once for all three, not once each.
    @Test func aRowsWindowIsChosenOnceForItsColumnAndSnippet() throws {
        let f = try ArchiveFixture()
        try f.add(longArticle(sentences: 1_000))
        let snippet = "opedb_snippet(articles_fts, -1, '[', ']', '…', 24)"
        _ = try work(f)
        let alone = try f.connection.scalar("SELECT \(snippet) FROM articles_fts WHERE articles_fts MATCH 'lorem'").string
        let once = try work(f)
        let together = try f.connection.first("""
            SELECT opedb_snippet_column(articles_fts, 24), \(snippet),
                   CASE WHEN opedb_snippet_column(articles_fts, 24) IN (2, 3) THEN opedb_snippet_column(articles_fts, 24) END
            FROM articles_fts WHERE articles_fts MATCH 'lorem'
            """) { ($0.int(0), $0.string(1), $0.optionalInt(2)) }
        #expect(together?.0 == 2 && together?.1 == alone && together?.2 == 2)
        let twice = try work(f)
        #expect(once > 0 && twice == once)
    }

    /// The window kept for a row belongs to the statement it was chosen in: the next statement
    /// over the same row, with other terms or another column, chooses its own.
    @Test func aKeptWindowIsNotReusedByAnotherQueryOrColumn() throws {
        let f = try ArchiveFixture()
        try f.add(article(title: "Cliff Birds", byline: "Ann Writer", note: nil,
                          body: "Seabird colonies along the coast are recovering. Kittiwakes nest on the cliffs."))
        func snippet(_ match: String, column: Int) throws -> String? {
            try f.connection.scalar("""
                SELECT opedb_snippet(articles_fts, ?, '[', ']', '…', 24) FROM articles_fts WHERE articles_fts MATCH ?
                """, [column, match]).string
        }
        for _ in 0..<2 {
            let seabird = try snippet("seabird", column: -1), kittiwakes = try snippet("kittiwakes", column: -1)
            let title = try snippet("cliff", column: 0), body = try snippet("cliff", column: 2)
            #expect(seabird?.contains("[Seabird]") == true)
            #expect(kittiwakes?.contains("[Kittiwakes]") == true)
            #expect(title == "[Cliff] Birds")
            #expect(body?.contains("the [cliffs]") == true)
        }
    }
}
