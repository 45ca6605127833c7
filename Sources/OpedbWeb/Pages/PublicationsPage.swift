import Hummingbird
import OpeDB

/// `/publications`: the outlets, with what each published and how often others mention it;
/// `/publications.json` is that page of `opedb publications --json`.
enum PublicationsPage {
    static func respond(_ parameters: QueryParameters, pool: ArchivePool, json: Bool) throws -> Response {
        try ListPage.respond(parameters, pool: pool, json: json, fetch: { archive, limit, offset in
            try PublicationRepository(connection: archive.connection).list(limit: limit, offset: offset)
        }, render: render)
    }

    static func render(_ publications: [PublicationSummary], page: ListPage, hasMore: Bool) -> String {
        func url(_ offset: Int, json: Bool = false) -> String {
            (json ? "/publications.json" : "/publications") + QueryString.make([
                ("limit", page.limit == 50 ? nil : String(page.limit)), ("offset", offset == 0 ? nil : String(offset))])
        }
        return Layout.page(title: "Publications", section: .publications, jsonTwin: url(page.offset, json: true)) { m in
            m.element("h1", text: "Publications")
            if publications.isEmpty { return m.element("p", ["class": "muted"], text: "No publications here.") }
            m.element("div", ["class": "scroll"]) { m in
                m.element("table") { m in
                    m.element("thead") { m in
                        m.element("tr") { m in
                            m.element("th", text: "Outlet")
                            m.element("th", ["class": "hide-narrow"], text: "Domain")
                            m.element("th", ["class": "n"], text: "Articles")
                            m.element("th", ["class": "n"], text: "Mentioned in")
                        }
                    }
                    m.element("tbody") { m in
                        for p in publications {
                            m.element("tr") { m in
                                m.element("td") { m in
                                    if p.articleCount > 0 {
                                        m.element("a", ["href": "/search" + QueryString.make([("publication", p.name), ("sort", "newest")])], text: p.name)
                                    } else {
                                        m.text(p.name)
                                    }
                                }
                                m.element("td", ["class": "hide-narrow"], text: p.domain ?? "")
                                m.element("td", ["class": "n"], text: String(p.articleCount))
                                m.element("td", ["class": "n"], text: String(p.mentionedCount))
                            }
                        }
                    }
                }
            }
            Pager(offset: page.offset, limit: page.limit, shown: publications.count, hasMore: hasMore, total: nil).render(&m) { url($0) }
        }
    }
}
