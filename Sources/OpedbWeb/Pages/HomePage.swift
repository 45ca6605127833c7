import Hummingbird
import OpeDB

/// `/`: the search box, the archive's counts, articles per year, the newest articles.
enum HomePage {
    /// `/index.json`: `opedb stats --json` and `opedb search --sort newest --json` side by side.
    struct Summary: Encodable {
        var statistics: ArchiveStatistics
        var newest: [SearchHit]
    }

    static let newestCount = 10

    static func respond(_ parameters: QueryParameters, pool: ArchivePool, json: Bool) throws -> Response {
        let summary = try pool.withArchive { archive in
            var options = SearchOptions()
            options.sort = .newest
            options.limit = newestCount
            options.highlightStart = ""
            options.highlightEnd = ""
            return Summary(statistics: try Maintenance(archive: archive).statistics(),
                           newest: try ArticleSearch(connection: archive.connection).run(options).hits)
        }
        if json { return try Reply.json(summary) }
        return Reply.html(render(summary))
    }

    static func render(_ summary: Summary) -> String {
        let stats = summary.statistics
        return Layout.page(title: "opedb", section: .home, jsonTwin: "/index.json") { m in
            m.element("h1", text: "The archive")
            Layout.searchForm(&m, query: nil)
            m.element("ul", ["class": "counts"]) { m in
                count(&m, stats.articles, "articles", "/search?sort=newest")
                count(&m, stats.authors, "authors", "/authors")
                count(&m, stats.books, "books", "/books")
                count(&m, stats.publications, "publications", "/publications")
            }
            if let first = stats.firstPublished, let last = stats.lastPublished {
                m.element("p", ["class": "muted"]) { m in
                    m.text("Published ")
                    m.date(first)
                    m.text(" to ")
                    m.date(last)
                    m.text(".")
                }
            }
            m.element("h2", text: "Articles per year")
            YearChart.render(&m, perYear: stats.perYear)
            m.element("h2", text: "Newest")
            if summary.newest.isEmpty {
                m.element("p", ["class": "muted"], text: "The archive is empty: add articles with opedb add PATH.")
            } else {
                ResultList.render(&m, summary.newest)
                m.element("p") { m in m.element("a", ["href": "/search?sort=newest"], text: "All articles, newest first →") }
            }
        }
    }

    private static func count(_ m: inout Markup, _ n: Int, _ label: String, _ href: String) {
        m.element("li") { m in
            m.element("a", ["href": href]) { m in
                m.element("strong", text: String(n))
                m.text(label)
            }
        }
    }
}
