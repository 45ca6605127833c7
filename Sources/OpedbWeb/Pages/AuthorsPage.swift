import Hummingbird
import OpeDB

/// `/authors`: every author with counts, a page at a time; `/authors.json` is that page of
/// `opedb authors --json` (same order, same objects).
enum AuthorsPage {
    static func respond(_ parameters: QueryParameters, pool: ArchivePool, json: Bool) throws -> Response {
        let sort: AuthorRepository.Sort = try parameters.choice("sort", default: .name)
        return try ListPage.respond(parameters, pool: pool, json: json, fetch: { archive, limit, offset in
            try AuthorRepository(connection: archive.connection).list(sort: sort, limit: limit, offset: offset)
        }, render: { authors, page, hasMore in render(authors, sort: sort, page: page, hasMore: hasMore) })
    }

    static func render(_ authors: [AuthorSummary], sort: AuthorRepository.Sort, page: ListPage, hasMore: Bool) -> String {
        func url(_ sort: AuthorRepository.Sort, _ offset: Int, json: Bool = false) -> String {
            (json ? "/authors.json" : "/authors") + QueryString.make([
                ("sort", sort == .name ? nil : sort.rawValue), ("limit", page.limit == 50 ? nil : String(page.limit)),
                ("offset", offset == 0 ? nil : String(offset))])
        }
        return Layout.page(title: "Authors", section: .authors, jsonTwin: url(sort, page.offset, json: true)) { m in
            m.element("h1", text: "Authors")
            m.element("p", ["class": "sort"]) { m in
                m.text("Sort: ")
                for (i, order) in AuthorRepository.Sort.allCases.enumerated() {
                    if i > 0 { m.text(" · ") }
                    if order == sort { m.element("strong", text: order.rawValue) } else { m.element("a", ["href": url(order, 0)], text: order.rawValue) }
                }
            }
            if authors.isEmpty { return m.element("p", ["class": "muted"], text: "No authors here.") }
            m.element("div", ["class": "scroll"]) { m in
                m.element("table") { m in
                    m.element("thead") { m in
                        m.element("tr") { m in
                            m.element("th", text: "Name")
                            m.element("th", ["class": "n"], text: "Articles")
                            m.element("th", ["class": "n hide-narrow"], text: "Books")
                            m.element("th", ["class": "hide-narrow"], text: "Latest affiliation")
                            m.element("th", text: "Dates")
                        }
                    }
                    m.element("tbody") { m in
                        for a in authors {
                            m.element("tr") { m in
                                m.element("td") { m in m.element("a", ["href": "/authors/\(a.id)"], text: a.name) }
                                m.element("td", ["class": "n"], text: String(a.articleCount))
                                m.element("td", ["class": "n hide-narrow"], text: String(a.bookCount))
                                m.element("td", ["class": "hide-narrow"], text: a.affiliation ?? "")
                                m.element("td", text: dates(a.firstPublished, a.lastPublished))
                            }
                        }
                    }
                }
            }
            Pager(offset: page.offset, limit: page.limit, shown: authors.count, hasMore: hasMore, total: nil)
                .render(&m) { url(sort, $0) }
        }
    }

    static func dates(_ first: String?, _ last: String?) -> String {
        guard let first, let last else { return "" }
        return first == last ? first : "\(first) – \(last)"
    }
}
