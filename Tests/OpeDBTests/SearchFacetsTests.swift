import Foundation
import Testing
@testable import OpeDB

/// Facets count every match, not only the page, and follow the same filters as the search.
@Suite struct SearchFacetsTests {
    func archive() throws -> ArchiveFixture {
        let f = try ArchiveFixture()
        try f.add(article(title: "Harbour One", byline: "Ann Writer", url: "https://x.org/1", date: "May 1, 2020", body: "The harbour froze."))
        try f.add(article(title: "Harbour Two", byline: "Ann Writer and Ben Scribe", url: "https://x.org/2", date: "May 1, 2021",
                          body: "The harbour thawed."))
        try f.add(article(title: "Harbour Three", byline: "Ben Scribe", url: "https://x.org/3", date: "June 1, 2021", body: "The harbour again."))
        try f.add(article(title: "Inland", byline: "Cy Other", url: "https://x.org/4", date: "May 1, 2019", body: "No water here."))
        return f
    }

    @Test func countsEveryMatchBeyondThePage() throws {
        let f = try archive()
        var options = SearchOptions()
        options.text = "harbour"
        options.limit = 1
        let facets = try ArticleSearch(connection: f.connection).facets(options)
        // Ties by surname.
        #expect(facets.authors == [.init(value: "Ben Scribe", count: 2), .init(value: "Ann Writer", count: 2)])
        #expect(facets.years == [.init(value: "2021", count: 2), .init(value: "2020", count: 1)])
        #expect(facets.kinds == [.init(value: "op-ed", count: 3)])
    }

    @Test func followsTheFiltersAndTheSearchOptions() throws {
        let f = try archive()
        var options = SearchOptions()
        options.text = "harbour"
        options.since = "2021"
        let facets = try ArticleSearch(connection: f.connection).facets(options)
        #expect(facets.years == [.init(value: "2021", count: 2)])
        #expect(facets.authors.map(\.value) == ["Ben Scribe", "Ann Writer"])
        options.text = "\"harbour"
        #expect(throws: SearchError.self) { try ArticleSearch(connection: f.connection).facets(options) }
        // Without query text, every article counts.
        let all = try ArticleSearch(connection: f.connection).facets(SearchOptions())
        #expect(all.years.map(\.value) == ["2021", "2020", "2019"])
    }
}
