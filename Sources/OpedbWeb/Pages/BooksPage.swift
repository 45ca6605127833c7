import Hummingbird
import OpeDB

/// `/books`: every book the author notes name, a page at a time; `/books.json` is that page of
/// `opedb books --json`.
enum BooksPage {
    static func respond(_ parameters: QueryParameters, pool: ArchivePool, json: Bool) throws -> Response {
        try ListPage.respond(parameters, pool: pool, json: json, fetch: { archive, limit, offset in
            try BookRepository(connection: archive.connection).list(limit: limit, offset: offset)
        }, render: render)
    }

    static func render(_ books: [BookSummary], page: ListPage, hasMore: Bool) -> String {
        func url(_ offset: Int, json: Bool = false) -> String {
            (json ? "/books.json" : "/books") + QueryString.make([
                ("limit", page.limit == 50 ? nil : String(page.limit)), ("offset", offset == 0 ? nil : String(offset))])
        }
        return Layout.page(title: "Books", section: .books, jsonTwin: url(page.offset, json: true)) { m in
            m.element("h1", text: "Books")
            m.element("p", ["class": "muted"], text: "Books named in the authors' notes.")
            if books.isEmpty { return m.element("p", ["class": "muted"], text: "No books here.") }
            m.element("div", ["class": "scroll"]) { m in
                m.element("table") { m in
                    m.element("thead") { m in
                        m.element("tr") { m in
                            m.element("th", text: "Title")
                            m.element("th", text: "By")
                            m.element("th", ["class": "hide-narrow"], text: "Publisher")
                            m.element("th", text: "Year")
                            m.element("th", ["class": "n"], text: "Cited in")
                        }
                    }
                    m.element("tbody") { m in
                        for b in books {
                            m.element("tr") { m in
                                m.element("td") { m in m.element("cite", text: b.subtitle.map { "\(b.title): \($0)" } ?? b.title) }
                                m.element("td") { m in
                                    let people = b.authors.map { ($0, "") } + b.editors.map { ($0, " (ed.)") }
                                    for (i, (name, suffix)) in people.enumerated() {
                                        if i > 0 { m.text(", ") }
                                        m.element("a", ["href": "/search" + QueryString.make([("author", name), ("sort", "newest")])], text: name)
                                        m.text(suffix)
                                    }
                                }
                                m.element("td", ["class": "hide-narrow"], text: b.publisher ?? "")
                                m.element("td", text: b.forthcoming ? "forthcoming" : b.year.map(String.init) ?? "")
                                m.element("td", ["class": "n"], text: String(b.articleCount))
                            }
                        }
                    }
                }
            }
            Pager(offset: page.offset, limit: page.limit, shown: books.count, hasMore: hasMore, total: nil).render(&m) { url($0) }
        }
    }
}
