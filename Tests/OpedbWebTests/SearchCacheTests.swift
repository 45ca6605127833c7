import Foundation
import Hummingbird
import HummingbirdTesting
import OpeDB
@testable import OpedbWeb
import Testing

/// Search pages come from the cache when asked again, and never from before a write that
/// another process committed while the site served.
@Suite struct SearchCacheTests {
    @Test func aRepeatedSearchIsAnsweredFromTheCache() async throws {
        let fixture = try WebFixture()
        defer { fixture.cleanUp() }
        let site = Site(pool: try ArchivePool(path: fixture.database))
        try await fixture.withClient(site) { client in
            let first = try await client.page("/search?q=harbour")
            #expect(site.cache.hits == 0)
            let again = try await client.page("/search?q=harbour")
            #expect(again.body == first.body)
            #expect(site.cache.hits == 1)
            // The same search spelled another way (order, defaults, an empty field) is the same entry.
            let respelled = try await client.page("/search?limit=10&author=&q=harbour&sort=relevance")
            #expect(respelled.body == first.body)
            #expect(site.cache.hits == 2)
            // The JSON twin, another page and another order are entries of their own.
            for uri in ["/search.json?q=harbour", "/search.json?q=harbour&facets=1", "/search?q=harbour&offset=1", "/search?q=harbour&sort=newest"] {
                _ = try await client.page(uri)
                #expect(site.cache.hits == 2, "\(uri)")
            }
            let json = try await client.page("/search.json?q=harbour")
            #expect(site.cache.hits == 3)
            #expect(json.headers[.init("X-Total-Count")!] != nil)
            #expect(json.headers[.contentType] == "application/json; charset=utf-8")
            // Failures are not kept: a bad query is worked out (and refused) every time.
            _ = try await client.page("/search?q=%22open")
            _ = try await client.page("/search?q=%22open")
            #expect(site.cache.hits == 3)
        }
        // The facet table was built once for all those searches.
        #expect(site.facetTables.builds == 1)
    }

    /// Warmed, the site's first burst of searches opens no connection (which would start a new
    /// generation and empty the caches) and builds no facet table.
    @Test func aWarmedSiteServesItsFirstBurstFromOneGeneration() async throws {
        let fixture = try WebFixture()
        defer { fixture.cleanUp() }
        let site = Site(pool: try ArchivePool(path: fixture.database), gate: RequestGate(width: 4))
        try site.warm()
        #expect(site.facetTables.builds == 1)
        let generation = site.pool.generation
        try await fixture.withClient(site) { client in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for word in ["harbour", "pilots", "tide", "study", "plan", "port", "river", "city"] {
                    group.addTask { _ = try await client.page("/search?q=\(word)") }
                }
                try await group.waitForAll()
            }
        }
        #expect(site.pool.generation == generation)
        #expect(site.facetTables.builds == 1)
    }

    @Test func anotherPageOrOrderOfASearchReusesItsFacets() async throws {
        let fixture = try WebFixture()
        defer { fixture.cleanUp() }
        let site = Site(pool: try ArchivePool(path: fixture.database))
        let uncached = Site(pool: try ArchivePool(path: fixture.database), cache: PageCache(capacity: 0))
        try await fixture.withClient(site) { client in
            try await fixture.withClient(uncached) { reference in
                _ = try await client.page("/search?q=harbour")
                #expect(site.facetCache.hits == 0)
                var hits = 0
                for uri in ["/search?q=harbour&offset=1", "/search?q=harbour&sort=newest", "/search?q=harbour&limit=2&offset=2",
                            "/search.json?q=harbour&facets=1&sort=oldest"] {
                    let page = try await client.page(uri)
                    hits += 1
                    #expect(site.facetCache.hits == hits, "\(uri)")
                    // The same page as a server that counts every time.
                    #expect(try await reference.page(uri).body == page.body, "\(uri)")
                }
                // Other terms or another filter are other counts.
                for uri in ["/search?q=harbour&kind=op-ed", "/search?q=pilots"] {
                    _ = try await client.page(uri)
                    #expect(site.facetCache.hits == hits, "\(uri)")
                }
                #expect(uncached.facetCache.hits == 0)
                // A write by another process: counts from before it are never reused.
                try fixture.addArticle(title: "The Harbour Zeppelin", body: "A zeppelin moored over the harbour for a week.")
                for uri in ["/search.json?q=harbour&facets=1&offset=3", "/search.json?q=harbour&facets=1&offset=4"] {
                    let page = try await client.page(uri)
                    #expect(page.body.contains("\"Ada Newcomer\""), "\(uri)")
                    #expect(try await reference.page(uri).body == page.body, "\(uri)")
                }
            }
        }
    }

    @Test func aWriteByAnotherProcessIsSeenByTheNextRequest() async throws {
        let fixture = try WebFixture()
        defer { fixture.cleanUp() }
        let site = Site(pool: try ArchivePool(path: fixture.database))
        try await fixture.withClient(site) { client in
            let uris = ["/search?q=zeppelin", "/search.json?q=zeppelin", "/search.json?q=zeppelin&facets=1", "/search?q=harbour"]
            var before: [String: String] = [:]
            for uri in uris + uris { before[uri] = try await client.page(uri).body }  // twice: now cached
            #expect(site.cache.hits == uris.count)
            #expect(before["/search?q=zeppelin"]?.contains("No matches.") == true)
            #expect(before["/search.json?q=zeppelin"]?.contains("\"id\"") == false)
            let generation = site.pool.generation

            try fixture.addArticle(title: "The Harbour Zeppelin", body: "A zeppelin moored over the harbour for a week.")

            let page = try await client.page("/search?q=zeppelin")
            #expect(page.body.contains("1 match."))
            #expect(page.body.contains("Ada Newcomer"))
            #expect(site.pool.generation > generation)
            let json = try await client.page("/search.json?q=zeppelin")
            let cli = try fixture.cli(["search", "zeppelin", "--json"])
            #expect(json.body == String(decoding: cli.stdout, as: UTF8.self))
            #expect(json.body.contains("\"id\""))
            let faceted = try await client.page("/search.json?q=zeppelin&facets=1")
            #expect(faceted.body.contains("\"Ada Newcomer\""))
            let harbour = try await client.page("/search?q=harbour")
            #expect(harbour.body != before["/search?q=harbour"])
            #expect(harbour.body.contains("The Harbour Zeppelin"))
            // Asked again with nothing written since: from the cache once more (the first
            // request after the write, the one that saw it, kept nothing; the next ones did).
            let hits = site.cache.hits
            #expect(try await client.page("/search.json?q=zeppelin").body == json.body)
            #expect(site.cache.hits == hits + 1)
        }
    }

    @Test func facetsInTheJSONTwinAreThePagesFacets() async throws {
        let fixture = try WebFixture()
        defer { fixture.cleanUp() }
        try await fixture.withClient { client in
            let archive = try Archive(path: fixture.database, access: .read)
            for (query, arguments) in [("q=harbour", ["harbour"]), ("q=the&kind=op-ed&limit=3", ["the", "--kind", "op-ed", "--limit", "3"]),
                                       ("tag=budget", ["--tag", "budget"]), ("q=zzzunmatched", ["zzzunmatched"])] {
                let page = try await client.page("/search.json?\(query)&facets=1")
                #expect(page.status == .ok, "\(query)")
                let object = try #require(try JSONSerialization.jsonObject(with: page.data) as? [String: Any], "\(query)")
                #expect(Set(object.keys) == ["hits", "total", "facets"], "\(query)")
                // `hits` is the CLI's array, `total` the X-Total-Count.
                let cli = try JSONSerialization.jsonObject(with: fixture.cli(["search"] + arguments + ["--json"]).stdout)
                #expect(NSArray(array: object["hits"] as? [Any] ?? []).isEqual(to: cli as? [Any] ?? [0]), "\(query)")
                #expect("\(object["total"] ?? "")" == page.headers[.init("X-Total-Count")!], "\(query)")
                // `facets` is what the library counts for the same search (as the HTML page shows).
                let parameters = try QueryParameters(query)
                let expected = try ArticleSearch(connection: archive.connection).facets(SearchForm(parameters).options)
                let facets = try JSONSerialization.data(withJSONObject: object["facets"] as Any, options: [.sortedKeys])
                let reference = try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: JSONEncoder().encode(expected)),
                                                           options: [.sortedKeys])
                #expect(facets == reference, "\(query)")
            }
            #expect(try await client.page("/search.json?q=harbour&facets=2").status == .badRequest)
            // Without facets=1 the twin is the CLI's array, as before.
            #expect(try await client.page("/search.json?q=harbour&facets=0").body.hasPrefix("["))
        }
    }
}
