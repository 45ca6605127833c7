import Hummingbird
import OpeDB

/// `/articles/ID`: one article laid out for reading, with everything the archive knows about
/// it; `/articles/ID.json` is `opedb show ID --json`; `/articles/ID/source` is the original.
enum ArticlePage {
    static func respond(id: Int, pool: ArchivePool, json: Bool) throws -> Response {
        let record = try pool.withArchive { archive in try ArticleRepository(connection: archive.connection).record(id: id) }
        guard let record else { throw WebError.notFound("no article \(id)") }
        if json { return try Reply.json(record) }
        return Reply.html(render(record))
    }

    static func source(id: Int, pool: ArchivePool) throws -> Response {
        let bytes = try pool.withArchive { archive in try ArticleRepository(connection: archive.connection).source(id: id) }
        guard let bytes else { throw WebError.notFound("no article \(id)") }
        return Reply.source(bytes)
    }

    static func render(_ a: ArticleRecord) -> String {
        Layout.page(title: a.title, section: .none, jsonTwin: "/articles/\(a.id).json") { m in
            m.element("article", ["class": "piece"]) { m in
                header(&m, a)
                body(&m, a)
                after(&m, a)
            }
        }
    }

    private static func header(_ m: inout Markup, _ a: ArticleRecord) {
        m.element("header") { m in
            m.element("p", ["class": "kind"]) { m in
                m.element("a", ["href": "/search" + QueryString.make([("kind", a.kind), ("sort", "newest")])], text: a.kind)
            }
            m.element("h1", text: a.title)
            if let subtitle = a.subtitle { m.element("p", ["class": "standfirst"], text: subtitle) }
            if !a.authors.isEmpty {
                m.element("p", ["class": "byline"]) { m in
                    m.text("By ")
                    for (i, author) in a.authors.enumerated() {
                        if i > 0 { m.text(i == a.authors.count - 1 ? " and " : ", ") }
                        m.element("a", ["href": "/authors/\(author.id)", "rel": "author"], text: author.bylineName)
                    }
                }
            }
            m.element("p", ["class": "meta"]) { m in
                var first = true
                func separator(_ m: inout Markup) { if !first { m.text(" · ") }; first = false }
                if let date = a.publishedOn { separator(&m); m.date(date) }
                if let publication = a.publication {
                    separator(&m)
                    m.element("a", ["href": "/search" + QueryString.make([("publication", publication.name), ("sort", "newest")])],
                              text: publication.name)
                }
                separator(&m)
                m.text("\(a.wordCount) words")
            }
            if let credit = a.imageCredit { m.element("p", ["class": "meta"], text: "Photo: " + credit) }
        }
    }

    /// Paragraphs, subheadings and lists, with the pull quotes set apart between paragraphs.
    private static func body(_ m: inout Markup, _ a: ArticleRecord) {
        let blocks = BodyLayout.blocks(a.body)
        let paragraphCount = blocks.filter { if case .paragraph = $0 { return true } else { return false } }.count
        // One quote after every few paragraphs, evenly; any left over follow the text.
        let every = a.quotes.isEmpty ? 0 : max(2, paragraphCount / (a.quotes.count + 1))
        var quotes = a.quotes[...]
        var paragraphs = 0
        for block in blocks {
            switch block {
            case .paragraph(let text):
                m.element("p") { m in lines(&m, text) }
                paragraphs += 1
                if every > 0, paragraphs % every == 0, paragraphs < paragraphCount, let quote = quotes.popFirst() { pull(&m, quote) }
            case .subheading(let text):
                m.element("h2", text: text)
            case .list(let items):
                m.element("ul") { m in for item in items { m.element("li", text: item) } }
            }
        }
        for quote in quotes { pull(&m, quote) }
    }

    private static func lines(_ m: inout Markup, _ text: String) {
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if i > 0 { m.void("br") }
            m.text(String(line))
        }
    }

    private static func pull(_ m: inout Markup, _ quote: String) {
        m.element("aside", ["class": "pull", "aria-label": "Pull quote"]) { m in m.element("blockquote", text: quote) }
    }

    /// Everything after the text: notes, books, related articles, mentions, disclaimer, the URL.
    private static func after(_ m: inout Markup, _ a: ArticleRecord) {
        m.element("section", ["class": "after", "aria-label": "About this article"]) { m in
            if !a.authorNotes.isEmpty {
                m.element("h2", text: a.authorNotes.count > 1 ? "About the authors" : "About the author")
                for note in a.authorNotes { m.element("p", text: note.text) }
            }
            if !a.books.isEmpty {
                m.element("h2", text: "Books")
                m.element("ul") { m in
                    for book in a.books {
                        m.element("li") { m in
                            m.element("cite", text: book.subtitle.map { "\(book.title): \($0)" } ?? book.title)
                            var details: [String] = []
                            if !book.authors.isEmpty { details.append((book.role == "editor" ? "ed. " : "by ") + book.authors.joined(separator: ", ")) }
                            if let publisher = book.publisher { details.append(publisher) }
                            if book.forthcoming { details.append("forthcoming") } else if let year = book.year { details.append(String(year)) }
                            if !details.isEmpty { m.text(" — " + details.joined(separator: ", ")) }
                        }
                    }
                }
            }
            if !a.related.isEmpty {
                m.element("h2", text: "Related")
                m.element("ul") { m in
                    for related in a.related {
                        m.element("li") { m in
                            if let id = related.id {
                                m.element("a", ["href": "/articles/\(id)"], text: related.title)
                            } else {
                                m.text(related.title)
                                m.element("span", ["class": "muted"], text: " (not in the archive)")
                            }
                        }
                    }
                }
            }
            if !a.mentions.isEmpty {
                m.element("h2", text: "Outlets mentioned")
                m.element("p") { m in
                    for (i, name) in a.mentions.enumerated() {
                        if i > 0 { m.text(", ") }
                        m.element("a", ["href": "/search" + QueryString.make([("publication", name)])], text: name)
                    }
                }
            }
            if let disclaimer = a.disclaimer { m.element("p", ["class": "disclaimer"], text: disclaimer) }
            m.element("h2", text: "Record")
            m.element("ul", ["class": "meta record"]) { m in
                if let url = a.url {
                    m.element("li") { m in
                        m.text("Original: ")
                        m.link(url, ["rel": "noreferrer nofollow"], text: url)
                    }
                }
                if let publication = a.publication, let domain = publication.domain {
                    m.element("li", text: "Outlet: \(publication.name) (\(domain))")
                }
                m.element("li") { m in
                    m.text("Archive id \(a.id), added \(a.addedAt), updated \(a.updatedAt). ")
                    m.element("a", ["href": "/articles/\(a.id)/source"], text: "Source as added")
                    m.text(" · ")
                    m.element("a", ["href": "/articles/\(a.id).json"], text: "JSON")
                }
            }
        }
    }
}
