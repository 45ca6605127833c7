/// The frame every HTML page shares: head, site header with the navigation, main, footer.
enum Layout {
    /// The sections of the navigation, for `aria-current`.
    enum Section { case home, search, authors, books, publications, stats, none }

    /// A whole document. `title` is archive text as often as not: it is escaped like any other.
    static func page(title: String, section: Section, jsonTwin: String? = nil, query: String? = nil,
                     _ content: (inout Markup) -> Void) -> String {
        var m = Markup()
        m.raw("<!doctype html>\n")
        m.element("html", ["lang": "en"]) { m in
            m.element("head") { m in
                m.void("meta", ["charset": "utf-8"])
                m.void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                m.void("meta", ["name": "color-scheme", "content": "light dark"])
                m.element("title", text: title == "opedb" ? title : title + " · opedb")
                if let jsonTwin { m.void("link", ["rel": "alternate", "type": "application/json", "href": jsonTwin]) }
                m.raw("<style>")
                m.raw(Stylesheet.css)
                m.raw("</style>")
            }
            m.element("body") { m in
                m.element("a", ["class": "skip", "href": "#main"], text: "Skip to content")
                m.element("header", ["class": "site"]) { m in
                    m.element("div", ["class": "in"]) { m in
                        m.element("a", ["class": "brand", "href": "/"], text: "opedb")
                        m.element("nav", ["aria-label": "Sections"]) { m in
                            item(&m, "/search", "Search", section == .search)
                            item(&m, "/authors", "Authors", section == .authors)
                            item(&m, "/books", "Books", section == .books)
                            item(&m, "/publications", "Publications", section == .publications)
                            item(&m, "/stats", "Stats", section == .stats)
                        }
                        if section != .home && section != .search {
                            searchForm(&m, query: query, compact: true)
                        }
                    }
                }
                m.element("main", ["id": "main"], content)
                m.element("footer", ["class": "site"]) { m in
                    m.text("A read-only view of an opedb archive.")
                    if let jsonTwin {
                        m.text(" This page as ")
                        m.element("a", ["href": jsonTwin], text: "JSON")
                        m.text(".")
                    }
                }
            }
        }
        return m.html
    }

    private static func item(_ m: inout Markup, _ href: String, _ label: String, _ current: Bool) {
        m.element("a", ["href": href, "aria-current": current ? "page" : nil], text: label)
    }

    /// The search box: a GET form, so every search is a URL.
    static func searchForm(_ m: inout Markup, query: String?, compact: Bool = false, hidden: [(StaticString, String)] = []) {
        m.element("form", ["class": compact ? "search compact" : "search", "action": "/search", "method": "get", "role": "search"]) { m in
            m.element("label", ["for": compact ? "q-top" : "q", "class": "sr"], text: "Search the archive")
            m.void("input", ["type": "search", "id": compact ? "q-top" : "q", "name": "q", "value": query ?? "",
                             "placeholder": compact ? "Search" : "Search titles, bylines, text… (kabul, \"exact phrase\", title:kremlin)"])
            for (name, value) in hidden { m.hidden(name, value) }
            m.element("button", ["type": "submit"], text: "Search")
        }
    }
}

extension Markup {
    /// `<input type="hidden" name=… value=…>`: filters a form carries over.
    mutating func hidden(_ name: StaticString, _ value: String) {
        void("input", ["type": "hidden", "name": name.description, "value": value])
    }

    /// `Mar 3, 2021`-free dates: ISO dates as stored, in a `<time>` element.
    mutating func date(_ iso: String?) {
        guard let iso else { return }
        element("time", ["datetime": iso], text: iso)
    }
}
