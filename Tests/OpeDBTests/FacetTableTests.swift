import Foundation
import Testing
@testable import OpeDB

/// The in-memory facet table counts exactly what the SQL reference (``ArticleSearch/facets(_:limit:)``)
/// counts, for every kind of search: words, phrases, prefixes, filters, no terms at all.
@Suite struct FacetTableTests {
    static let searches: [(text: String, configure: @Sendable (inout SearchOptions) -> Void)] = [
        ("harbour", { _ in }),
        ("the", { _ in }),
        ("\"north atlantic\"", { _ in }),
        ("gambl*", { _ in }),
        ("harbour OR ferry", { $0.limit = 1 }),
        ("the", { $0.kind = "op-ed" }),
        ("the", { $0.since = "2019"; $0.until = "2021-06" }),
        ("", { _ in }),
        ("", { $0.author = "Tollefsen" }),
        ("", { $0.tags = ["budget"] }),
        ("the", { $0.publication = "Gazette" }),
        ("zzzunmatched", { _ in }),
    ]

    @Test func countsWhatTheSQLCounts() throws {
        let f = try ArticleSearchTests.fixtureArchive()
        let search = ArticleSearch(connection: f.connection)
        let table = try FacetTable(connection: f.connection)
        #expect(table.count == TestSupport.textFixtureArticles.count)
        for (text, configure) in Self.searches {
            var options = SearchOptions()
            options.text = text
            configure(&options)
            for limit in [2, 10] {
                #expect(try table.facets(options, search: search, limit: limit) == search.facets(options, limit: limit), "\(text) limit \(limit)")
            }
        }
    }

    /// Ranked by relevance without filters, the ranking's own pass gives every match's id, and
    /// the facets counted from them are the SQL's; otherwise no ids are claimed.
    @Test func theRankingKeepsEveryMatchForTheFacets() throws {
        let f = try ArticleSearchTests.fixtureArchive()
        let search = ArticleSearch(connection: f.connection)
        let table = try FacetTable(connection: f.connection)
        var kept = 0
        for (text, configure) in Self.searches {
            for sort in SearchOptions.Sort.allCases {
                var options = SearchOptions()
                options.text = text
                options.sort = sort
                configure(&options)
                // A filter naming nothing in the archive is refused (as the CLI refuses it).
                guard let results = try? search.run(options, keepingMatches: true) else { continue }
                let unranked = text.isEmpty || sort != .relevance || options.kind != nil || options.since != nil
                    || options.author != nil || options.publication != nil || !options.tags.isEmpty
                if unranked || results.total == 0 {
                    #expect(results.matchIDs == nil || results.matchIDs == [], "\(text) \(sort)")
                    continue
                }
                let ids = try #require(results.matchIDs, "\(text)")
                let expression = try SearchQuery(text).expression
                let all = try f.connection.all("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", [expression]) { $0.int(0) }
                #expect(ids.sorted() == all.sorted(), "\(text)")
                #expect(table.facets(ids: ids) == (try search.facets(options)), "\(text)")
                // The same search without asking keeps nothing, and collecting stopped.
                #expect(try search.run(options).matchIDs == nil)
                kept += 1
            }
        }
        #expect(kept >= 4)
        #expect(try f.connection.scalar("SELECT length(opedb_rank_ids())").int == 0)
    }

    @Test func tiesAndSharedBylinesOrderAsTheSQLDoes() throws {
        let f = try SearchFacetsTests().archive()
        let search = ArticleSearch(connection: f.connection)
        let table = try FacetTable(connection: f.connection)
        var options = SearchOptions()
        options.text = "harbour"
        let facets = try table.facets(options, search: search)
        // Ties by surname, as in SearchFacetsTests.
        #expect(facets.authors == [.init(value: "Ben Scribe", count: 2), .init(value: "Ann Writer", count: 2)])
        #expect(facets == (try search.facets(options)))
    }

    @Test func aMalformedQueryIsTheSearchError() throws {
        let f = try SearchFacetsTests().archive()
        let table = try FacetTable(connection: f.connection)
        var options = SearchOptions()
        options.text = "\"harbour"
        #expect(throws: SearchError.self) { try table.facets(options, search: ArticleSearch(connection: f.connection)) }
    }

    @Test func idsOfArticlesItDoesNotHoldAreSkipped() throws {
        let f = try SearchFacetsTests().archive()
        let table = try FacetTable(connection: f.connection)
        let all = table.facets(ids: [1, 2, 3, 4])
        #expect(table.facets(ids: [-1, 0, 1, 2, 3, 4, 99, 1_000_000]) == all)
        #expect(table.facets(ids: []) == SearchFacets())
    }
}
