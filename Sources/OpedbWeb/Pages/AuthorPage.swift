import Hummingbird
import OpeDB

/// `/authors/ID`: spellings, affiliations over time, books and articles (a page at a time);
/// `/authors/ID.json` is `opedb author ID --json` with `articles` the same page.
enum AuthorPage {
    static let articlesPerPage = 50

    static func respond(id: Int, parameters: QueryParameters, pool: ArchivePool, json: Bool) throws -> Response {
        let page = try ListPage(parameters, defaultLimit: articlesPerPage)
        let found = try pool.withArchive { archive -> (AuthorDetail, Int)? in
            let authors = AuthorRepository(connection: archive.connection)
            guard let detail = try authors.detail(id: id, articleLimit: page.limit, articleOffset: page.offset) else { return nil }
            return (detail, try authors.articleCount(id: id))
        }
        guard let (detail, articleCount) = found else { throw WebError.notFound("no author \(id)") }
        if json { return try Reply.json(detail) }
        return Reply.html(render(detail, articleCount: articleCount, page: page))
    }

    static func render(_ a: AuthorDetail, articleCount: Int, page: ListPage) -> String {
        Layout.page(title: a.name, section: .authors, jsonTwin: "/authors/\(a.id).json") { m in
            m.element("h1", text: a.name)
            if !a.aliases.isEmpty {
                m.element("p", ["class": "muted"], text: "Also written as " + a.aliases.joined(separator: "; "))
            }
            m.element("p") { m in
                m.element("a", ["href": "/search" + QueryString.make([("author", a.name), ("sort", "newest")])],
                          text: "Search within \(articleCount) article\(articleCount == 1 ? "" : "s") →")
            }
            if !a.affiliations.isEmpty {
                m.element("h2", text: "Affiliations")
                m.element("ul") { m in
                    for affiliation in a.affiliations {
                        m.element("li") { m in
                            m.text(affiliation.text)
                            m.element("span", ["class": "muted"]) { m in
                                m.text(" — ")
                                if let date = affiliation.publishedOn { m.date(date); m.text(", ") }
                                m.element("a", ["href": "/articles/\(affiliation.articleID)"], text: "article \(affiliation.articleID)")
                            }
                        }
                    }
                }
            }
            if !a.books.isEmpty {
                m.element("h2", text: "Books")
                m.element("ul") { m in
                    for book in a.books {
                        m.element("li") { m in
                            m.element("cite", text: book.title)
                            if book.role == "editor" { m.element("span", ["class": "muted"], text: " (editor)") }
                        }
                    }
                }
            }
            m.element("h2", text: "Articles (\(articleCount))")
            m.element("ul", ["class": "articles"]) { m in
                for article in a.articles {
                    m.element("li") { m in
                        if let date = article.publishedOn { m.date(date); m.text(" · ") }
                        m.element("a", ["href": "/articles/\(article.id)"], text: article.title)
                    }
                }
            }
            Pager(offset: page.offset, limit: page.limit, shown: a.articles.count,
                  hasMore: page.offset + a.articles.count < articleCount, total: articleCount)
                .render(&m) { "/authors/\(a.id)" + QueryString.make([("offset", String($0))]) }
        }
    }
}
