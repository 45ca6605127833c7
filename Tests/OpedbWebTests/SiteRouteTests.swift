import Foundation
import Hummingbird
import HummingbirdTesting
@testable import OpedbWeb
import Testing

/// Every page and JSON twin through the router, without a socket.
@Suite struct SiteRouteTests {
    @Test func everyPageAnswersWithSecurityHeaders() async throws {
        let fixture = try WebFixture()
        defer { fixture.cleanUp() }
        try await fixture.withClient { client in
            for uri in ["/", "/search", "/search?q=harbour", "/articles/1", "/articles/1/source", "/authors", "/authors/1",
                        "/books", "/publications", "/stats", "/index.json", "/search.json?q=harbour", "/articles/1.json",
                        "/authors.json", "/authors/1.json", "/books.json", "/publications.json", "/stats.json"] {
                let page = try await client.page(uri)
                #expect(page.status == .ok, "\(uri)")
                #expect(page.headers[.init("Content-Security-Policy")!]?.contains("default-src 'none'") == true, "\(uri)")
                #expect(page.headers[.init("X-Content-Type-Options")!] == "nosniff", "\(uri)")
                if uri.contains(".json") {
                    #expect(page.headers[.contentType] == "application/json; charset=utf-8", "\(uri)")
                    #expect((try? JSONSerialization.jsonObject(with: page.data)) != nil, "\(uri)")
                } else if !uri.hasSuffix("/source") {
                    #expect(page.headers[.contentType] == "text/html; charset=utf-8", "\(uri)")
                    #expect(page.body.hasPrefix("<!doctype html>"), "\(uri)")
                    #expect(page.body.contains("<title>"), "\(uri)")
                }
            }
        }
    }

    @Test func jsonTwinsEqualTheCLI() async throws {
        let fixture = try WebFixture()
        defer { fixture.cleanUp() }
        let pairs: [(String, [String])] = [
            ("/search.json?q=harbour", ["search", "harbour", "--json"]),
            ("/search.json?q=%22north+atlantic%22&sort=newest&limit=3", ["search", "\"north atlantic\"", "--sort", "newest", "--limit", "3", "--json"]),
            ("/search.json?kind=op-ed&since=2019&offset=2", ["search", "--kind", "op-ed", "--since", "2019", "--offset", "2", "--json"]),
            ("/search.json?q=gambl*&author=Tollefsen", ["search", "gambl*", "--author", "Tollefsen", "--json"]),
            ("/search.json?tag=budget&tag=ferries", ["search", "--tag", "budget", "--tag", "ferries", "--json"]),
            ("/articles/1.json", ["show", "1", "--json"]),
            ("/articles/15.json", ["show", "15", "--json"]),
            ("/authors/1.json", ["author", "1", "--json"]),
            ("/authors.json?limit=500", ["authors", "--json"]),
            ("/authors.json?limit=500&sort=latest", ["authors", "--sort", "latest", "--json"]),
            ("/books.json?limit=500", ["books", "--json"]),
            ("/publications.json?limit=500", ["publications", "--json"]),
            ("/stats.json", ["stats", "--json"]),
        ]
        try await fixture.withClient { client in
            for (uri, arguments) in pairs {
                let cli = try fixture.cli(arguments)
                #expect(cli.status == 0, "\(arguments): \(cli.stderr)")
                let page = try await client.page(uri)
                #expect(page.status == .ok, "\(uri)")
                #expect(page.body == String(decoding: cli.stdout, as: UTF8.self), "\(uri) differs from opedb \(arguments.joined(separator: " "))")
            }
            // A page of a list is that slice of the CLI's list.
            let all = try JSONSerialization.jsonObject(with: fixture.cli(["authors", "--json"]).stdout) as! [[String: Any]]
            let slice = try await client.page("/authors.json?limit=3&offset=2")
            let page = try JSONSerialization.jsonObject(with: slice.data) as! [[String: Any]]
            #expect(page.map { $0["id"] as! Int } == all[2..<5].map { $0["id"] as! Int })
        }
    }

    @Test func hostileTextIsEscapedEverywhere() async throws {
        let fixture = try WebFixture()
        defer { fixture.cleanUp() }
        let found = try JSONSerialization.jsonObject(with: fixture.cli(["search", "Mallory", "--json"]).stdout) as! [[String: Any]]
        let id = try #require(found.first?["id"] as? Int)
        let article = try JSONSerialization.jsonObject(with: fixture.cli(["show", String(id), "--json"]).stdout) as! [String: Any]
        #expect((article["title"] as? String)?.contains("<script>") == true, "the fixture keeps its hostile title")
        let authorID = try #require(((article["authors"] as? [[String: Any]])?.first)?["id"] as? Int)
        try await fixture.withClient { client in
            for uri in ["/articles/\(id)", "/search?q=Mallory", "/search?q=harbour+script", "/", "/authors/\(authorID)", "/authors",
                        "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/search?author=%3Cscript%3E"] {
                let page = try await client.page(uri)
                #expect(!page.body.contains("<script"), "\(uri) has raw markup from the archive")
                #expect(!page.body.contains("<img"), "\(uri) has raw markup from the archive")
            }
            let articlePage = try await client.page("/articles/\(id)")
            #expect(articlePage.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Quoted&quot; Title"))
            #expect(articlePage.body.contains("Eve &lt;script&gt;alert(1)&lt;/script&gt; Mallory"))
            let authorPage = try await client.page("/authors/\(authorID)")
            #expect(authorPage.body.contains("<h1>Eve &lt;script&gt;alert(1)&lt;/script&gt; Mallory</h1>"))
            #expect(articlePage.body.contains("A body with &lt;script&gt;alert(1)&lt;/script&gt; inside"))
            #expect(articlePage.body.contains("&lt;img src=x onerror=alert(2)&gt; closes the piece."))
            // The source view is plain text, never sniffed as HTML.
            let source = try await client.page("/articles/\(id)/source")
            #expect(source.headers[.contentType] == "text/plain; charset=utf-8")
            #expect(source.body == WebFixture.hostile)
        }
    }

    @Test func notFoundAndBadRequestArePagesNever500() async throws {
        let fixture = try WebFixture()
        defer { fixture.cleanUp() }
        try await fixture.withClient { client in
            let cases: [(String, HTTPResponse.Status)] = [
                ("/nowhere", .notFound), ("/articles/999999", .notFound), ("/articles/abc", .notFound),
                ("/articles/0", .notFound), ("/articles/-1", .notFound), ("/authors/999999.json", .notFound),
                ("/articles/999999/source", .notFound), ("/search?limit=0", .badRequest), ("/search?limit=101", .badRequest),
                ("/search?offset=-1", .badRequest), ("/search?sort=sideways", .badRequest), ("/search?q=%22unbalanced", .badRequest),
                ("/search?q=a+AND", .badRequest), ("/search?since=yesterday", .badRequest), ("/search?q=%ZZ", .badRequest),
                ("/search?q=%FF%FE", .badRequest), ("/authors?limit=100000", .badRequest), ("/authors?sort=height", .badRequest),
                ("/search?author=Nobody+Atall", .notFound), ("/search.json?q=%22open", .badRequest),
                ("/search?q=title:nothing+OR", .badRequest), ("/search?q=NEAR(a", .badRequest),
            ]
            for (uri, status) in cases {
                let page = try await client.page(uri)
                #expect(page.status == status, "\(uri): \(page.status)")
                if uri.contains(".json") {
                    let object = try JSONSerialization.jsonObject(with: page.data) as? [String: String]
                    #expect(object?["error"]?.isEmpty == false, "\(uri)")
                } else {
                    #expect(page.body.contains("role=\"alert\""), "\(uri) shows no message")
                    #expect(page.headers[.contentType] == "text/html; charset=utf-8")
                }
            }
            // A query error keeps the search box and says what is wrong.
            let bad = try await client.page("/search?q=%22unbalanced")
            #expect(bad.body.contains("unbalanced quote"))
            #expect(bad.body.contains("value=\"&quot;unbalanced\""))
            let miss = try await client.page("/search?author=Tollefsenn")
            #expect(miss.body.contains("did you mean"))
        }
    }

    @Test func onlyGetAndHeadAreAnswered() async throws {
        let fixture = try WebFixture()
        defer { fixture.cleanUp() }
        try await fixture.withClient { client in
            for method in [HTTPRequest.Method.post, .put, .delete, .patch, .options] {
                for uri in ["/", "/search?q=harbour", "/articles/1", "/nowhere"] {
                    let page = try await client.page(uri, method: method)
                    #expect(page.status == .methodNotAllowed, "\(method) \(uri)")
                    #expect(page.headers[.allow] == "GET, HEAD")
                }
            }
            let head = try await client.page("/articles/1", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.isEmpty)
            let missing = try await client.page("/articles/999999", method: .head)
            #expect(missing.status == .notFound)
            #expect(missing.body.isEmpty)
        }
    }

    @Test func searchPageHasFacetsPagingSortAndMarks() async throws {
        let fixture = try WebFixture()
        defer { fixture.cleanUp() }
        try await fixture.withClient { client in
            let page = try await client.page("/search?q=harbour")
            #expect(page.body.contains("<mark>"))
            #expect(page.body.contains("<h2>Authors</h2>"))
            #expect(page.body.contains("<h2>Years</h2>"))
            #expect(page.body.contains("href=\"/search?q=harbour&amp;sort=newest\""))
            let all = try await client.page("/search?limit=5")
            #expect(all.body.contains("rel=\"next\""))
            #expect(all.body.contains("href=\"/search?limit=5&amp;offset=5\""))
            let second = try await client.page("/search?limit=5&offset=5")
            #expect(second.body.contains("rel=\"prev\""))
            #expect(second.body.contains("<ol class=\"results\" start=\"6\">"))
            // A facet narrows: the kind filter is shown and removable.
            let narrowed = try await client.page("/search?q=harbour&kind=op-ed")
            #expect(narrowed.body.contains("kind: op-ed ×"))
            // Tags, repeatable as --tag: each shown and removable on its own.
            let tagged = try await client.page("/search?tag=budget&tag=ferries")
            #expect(tagged.body.contains("tag: budget ×") && tagged.body.contains("tag: ferries ×"))
            #expect(tagged.body.contains("href=\"/search?tag=ferries\""))
            #expect(tagged.body.contains("<ol class=\"results\""))
            let total = try await client.page("/search.json?q=harbour")
            #expect(Int(total.headers[.init("X-Total-Count")!] ?? "") ?? 0 > 0)
        }
    }

    @Test func articlePageLinksBylineAndRelated() async throws {
        let fixture = try WebFixture()
        defer { fixture.cleanUp() }
        let record = try JSONSerialization.jsonObject(with: fixture.cli(["show", "1", "--json"]).stdout) as! [String: Any]
        let authorIDs = try #require(record["authors"] as? [[String: Any]]).map { $0["id"] as! Int }
        try await fixture.withClient { client in
            let page = try await client.page("/articles/1")
            for id in authorIDs {
                #expect(page.body.contains("href=\"/authors/\(id)\" rel=\"author\""))
            }
            #expect(page.body.contains("href=\"/articles/1/source\""))
            // Article 1's related line names article 2, which is in the archive.
            #expect(page.body.contains("<li><a href=\"/articles/2\">Why the Harbour Pilots of Klaipeda Still Matter</a></li>"))
        }
    }
}
