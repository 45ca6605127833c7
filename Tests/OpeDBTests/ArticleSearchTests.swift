import Foundation
import SQLite
import Testing
@testable import OpeDB

@Suite struct ArticleSearchTests {
    static func fixtureArchive() throws -> ArchiveFixture {
        let f = try ArchiveFixture()
        for name in TestSupport.textFixtureArticles.map(\.lastPathComponent) { try f.addFixture(name) }
        return f
    }

    func search(_ f: ArchiveFixture, _ text: String, configure: (inout SearchOptions) -> Void = { _ in }) throws -> SearchResults {
        var options = SearchOptions()
        options.text = text
        options.limit = 100
        configure(&options)
        return try ArticleSearch(connection: f.connection).run(options)
    }

    func titles(_ results: SearchResults) -> [String] { results.hits.map(\.title) }

    @Test func titleHitBeatsBodyHit() throws {
        let f = try ArchiveFixture()
        try f.add(article(title: "Notes From the Coast", byline: "Ann Writer", url: "https://x.org/1",
                          date: "May 2, 2020", body: "We watched an osprey circle the bay for an hour."))
        try f.add(article(title: "The Osprey Returns", byline: "Ben Writer", url: "https://x.org/2",
                          date: "May 1, 2020", body: "A bird came back to the bay."))
        #expect(titles(try search(f, "osprey")) == ["The Osprey Returns", "Notes From the Coast"])
    }

    @Test func phraseBeatsScatteredWordsAndTiesGoToTheNewer() throws {
        let f = try ArchiveFixture()
        try f.add(article(title: "One", byline: "Ann Writer", url: "https://x.org/1", date: "May 1, 2020",
                          body: "The harbour was quiet. Later the pilots arrived from the north."))
        try f.add(article(title: "Two", byline: "Ann Writer", url: "https://x.org/2", date: "May 1, 2019",
                          body: "The harbour pilots arrived. Later it was quiet from the north."))
        #expect(titles(try search(f, "harbour pilots")) == ["Two", "One"])
        // Identical text: the newer article first.
        try f.add(article(title: "Same A", byline: "Ann Writer", url: "https://x.org/3", date: "May 1, 2018", body: "kittiwake"))
        try f.add(article(title: "Same A", byline: "Ann Writer", url: "https://x.org/4", date: "May 1, 2021", body: "kittiwake"))
        let ties = try search(f, "kittiwake")
        #expect(ties.hits.map(\.publishedOn) == ["2021-05-01", "2018-05-01"])
    }

    @Test func punctuationNeverTripsTheQuery() throws {
        let f = try Self.fixtureArchive()
        for query in ["U.S. officials", "Rabbani's", "Moscow–Kabul", "C++", "O'Connell-Ruiz", "Robert'); DROP TABLE articles;--",
                      "Note: Kabul", "harbour-pilots", "50%", "a_b", "#hashtag", "@user", "{title}", "[x]", "^start", "price: $5"] {
            _ = try search(f, query)
        }
        #expect(titles(try search(f, "C++ programmers")) == [#"Robert'); DROP TABLE articles;-- and Other "Names""#])
        #expect(titles(try search(f, "O'Connell-Ruiz")).count == 1)
        #expect(try f.count("articles") == TestSupport.textFixtureArticles.count)  // the SQL in a query or a title is only text
    }

    @Test func stemmingAndDiacritics() throws {
        let f = try Self.fixtureArchive()
        #expect(titles(try search(f, "quota")).contains("What the Fishing Quota Deal Really Means"))
        #expect(try search(f, "keeper").total == (try search(f, "keepers").total))
        #expect(titles(try search(f, "Novak")) == ["Ziemia obiecana: Rethinking Europe's Rail Map"])
        #expect(titles(try search(f, "Zoltowski")) == titles(try search(f, "Żółtowski")))
        #expect(titles(try search(f, "cafe")) == ["Café Culture Survives the Lockdown – Barely"])
    }

    @Test func prefixNearAndColumns() throws {
        let f = try Self.fixtureArchive()
        #expect(try search(f, "lightho*").total == 1)
        #expect(try search(f, "NEAR(satellite dot, 3)").total == 0)  // quotes are not indexed
        #expect(try search(f, "NEAR(harbour pilots, 2)").total >= 2)
        #expect(titles(try search(f, "title:harbour")).allSatisfy { $0.contains("Harbour") })
        #expect(try search(f, "authors:tollefsen").total == 2)
        #expect(try search(f, "notes:Gdansk").total == 2)
        #expect(try search(f, "kabul OR harbour").total == (try search(f, "harbour").total))
    }

    @Test func everyFilterAloneAndCombined() throws {
        let f = try Self.fixtureArchive()
        let byAuthor = try search(f, "") { $0.author = "tollefsen" }
        #expect(byAuthor.hits.map(\.publishedOn) == ["2022-10-09", "2021-03-14"])  // newest first
        #expect(try search(f, "") { $0.author = "Miriam T. Tollefsen" }.total == 2)  // an alias
        #expect(try search(f, "") { $0.author = "NOVAK" }.total == 1)                // accents and case
        #expect(try search(f, "") { $0.author = "Tollef" }.total == 2)               // partial last name
        // An initial is not a wildcard; the miss names the authors it could have meant.
        #expect(throws: SearchError.noSuchValue(option: "--author", value: "Kenji Novikov",
                                                suggestions: ["Kenji C. Novikov", "Kenji R. Novikov"])) {
            try search(f, "") { $0.author = "Kenji Novikov" }
        }
        #expect(try search(f, "") { $0.publication = "harbour gazette" }.total == 1)
        #expect(try search(f, "") { $0.publication = "reuters.com" }.total == 2)  // by URL and by dateline
        #expect(try search(f, "") { $0.kind = "Op-Ed" }.hits.allSatisfy { $0.kind == "op-ed" })
        #expect(try search(f, "") { $0.since = "2023" }.hits.map(\.publishedOn) == ["2024-03-03", "2024-02-29", "2024-02-02", "2023-03-12", "2023-03-03", "2023-01-17"])
        #expect(try search(f, "") { $0.until = "2018-06" }.hits.map(\.publishedOn) == ["2018-06-30"])
        #expect(try search(f, "") { $0.since = "2019-03"; $0.until = "2019-03" }.total == 1)
        let combined = try search(f, "harbour") { $0.kind = "op-ed"; $0.since = "2019-06-01"; $0.until = "2021-12-31"; $0.publication = "The Moscow Times" }
        #expect(combined.hits.allSatisfy { $0.kind == "op-ed" && $0.publication == "The Moscow Times" })
        #expect(combined.hits.allSatisfy { ($0.publishedOn ?? "") >= "2019-06-01" && ($0.publishedOn ?? "9") <= "2021-12-31" })
        #expect(Set(titles(combined)) == ["Why the Harbour Pilots of Klaipėda Still Matter — A Reply", "The Lighthouse Keepers of the Baltic Have Gone Quiet"])
        #expect(throws: SearchError.invalidDate("2020-13")) { try search(f, "") { $0.since = "2020-13" } }
    }

    /// The match count comes from the ranking pass; a page past the end of a query with no match
    /// must not report a count left over from an earlier ranking query on the connection.
    @Test func anEmptyPageNeverReportsAStaleCount() throws {
        let f = try Self.fixtureArchive()
        let weights = ArticleSearch.weights.map { String($0) }.joined(separator: ", ")
        _ = try f.connection.all("""
            SELECT rowid, opedb_rank(articles_fts, 10, \(weights)) AS s FROM articles_fts
            WHERE articles_fts MATCH 'the' ORDER BY s LIMIT 10
            """) { $0.int(0) }
        let page = try search(f, "zzyzxnothing") { $0.offset = 20 }
        #expect(page.hits.isEmpty)
        #expect(page.total == 0)
    }

    /// Every page of every order, with and without a filter, reports the same total (counted by
    /// the ranking pass when relevance leads, by a count otherwise) and together they list each
    /// match once.
    @Test func pagingNeitherSkipsNorRepeats() throws {
        let f = try Self.fixtureArchive()
        let filters: [(inout SearchOptions) -> Void] = [{ _ in }, { $0.since = "2019" }]
        for sort in SearchOptions.Sort.allCases {
            for filter in filters {
                let all = try search(f, "the") { $0.sort = sort; $0.limit = 100; filter(&$0) }.hits.map(\.id)
                #expect(all.count > 10)
                var paged: [Int] = []
                for offset in stride(from: 0, to: all.count + 3, by: 3) {
                    let page = try search(f, "the") { $0.limit = 3; $0.offset = offset; $0.sort = sort; filter(&$0) }
                    #expect(page.total == all.count, "\(sort) offset \(offset)")
                    paged += page.hits.map(\.id)
                }
                #expect(paged == all)
            }
        }
    }

    @Test func snippetsMarkMatches() throws {
        let f = try Self.fixtureArchive()
        let hit = try #require(try search(f, "satellites").hits.first)
        #expect(hit.snippet.contains("[Satellites]"))
        #expect(hit.rank != nil)
        #expect(try search(f, "") { $0.author = "Tollefsen" }.hits.first?.rank == nil)
    }

    @Test func emptyArchiveAndNoMatches() throws {
        let empty = try ArchiveFixture()
        #expect(try search(empty, "anything").archiveIsEmpty)
        let f = try Self.fixtureArchive()
        let none = try search(f, "xylophonist")
        #expect(none.total == 0 && !none.archiveIsEmpty)
    }

    @Test func hostileQueriesGiveResultsOrASearchError() throws {
        let f = try Self.fixtureArchive()
        let long = String(repeating: "harbour ", count: 1_250)  // 10,000 characters
        let odd = ["AND", "OR", "NOT", "NEAR", "NEAR(", "NEAR()", "NEAR(a)", "(", ")", "\"", "\"\"", "*", "**", "a*b*",
                   "title:", ":", "nosuch:column", "{title}:x", "^", "a NOT", "(a OR)", "((((a))))", String(repeating: "(", count: 500),
                   "\u{FFFD}", long, "title:(a OR b)", "-title:x", "NEAR(a b, -1)", "\"a\"*", "a:b:c"]
        for query in odd {
            do {
                _ = try search(f, query)
            } catch is SearchError {
                // A clear message, by design.
            }
            do {
                _ = try search(f, query) { $0.raw = true }
            } catch is SearchError {}
        }
        // Bounded: 1,250 terms are refused in one sentence; 64 still search.
        #expect(throws: SearchError.tooManyTerms(1_250)) { try search(f, long) }
        #expect(try search(f, String(repeating: "harbour ", count: SearchQuery.maximumTerms)).total > 0)
    }

    @Test func highlightMarksTheFullText() throws {
        let f = try Self.fixtureArchive()
        let marked = try #require(try ArticleSearch(connection: f.connection).highlight(id: 1, text: "keepers", start: "<", end: ">"))
        #expect(marked.title.contains("<Keepers>"))
        #expect(marked.body.contains("<keepers>"))
        #expect(try ArticleSearch(connection: f.connection).highlight(id: 1, text: "xylophonist", start: "<", end: ">") == nil)
    }
}

/// Ties go to the newer article, however many tie: with and without a filter, at every page,
/// in the order `ORDER BY bm25(…), published date DESC, id DESC` gives.
@Suite struct RankingTieTests {
    @Test func fortyIdenticalArticlesRankNewestFirstWithAndWithoutFilters() throws {
        let f = try ArchiveFixture()
        // Inserted oldest id first with the newest date, so rowid order is the reverse of date order.
        for i in 0..<40 {
            try f.add("# Kittiwake Colonies Return\n\nBy Ann Writer\n\nMarch 3, \(2040 - i)\n\nThe kittiwake colonies returned to the cliffs this spring.\n")
        }
        let weights = ArticleSearch.weights.map { String($0) }.joined(separator: ", ")
        let reference = try f.connection.all("""
            SELECT a.id FROM articles_fts JOIN article_facts a ON a.id = articles_fts.rowid WHERE articles_fts MATCH '"kittiwake"'
            ORDER BY bm25(articles_fts, \(weights)), a.published_on IS NULL, a.published_on DESC, a.id DESC
            """) { $0.int(0) }
        #expect(reference.count == 40)
        for (limit, offset) in [(3, 0), (3, 3), (10, 15), (1, 39), (20, 30)] {
            for kind in [nil, "news"] {
                var options = SearchOptions()
                options.text = "kittiwake"
                options.limit = limit
                options.offset = offset
                options.kind = kind
                let page = try ArticleSearch(connection: f.connection).run(options)
                #expect(page.hits.map(\.id) == Array(reference.dropFirst(offset).prefix(limit)), "limit \(limit) offset \(offset) kind \(kind ?? "-")")
                #expect(page.total == 40)
            }
        }
    }
}
