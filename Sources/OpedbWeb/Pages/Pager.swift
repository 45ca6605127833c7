/// The links between pages of a list: previous and next, and where this page is.
/// Lists are read one row past the page, so "next" needs no count.
struct Pager {
    var offset: Int
    var limit: Int
    var shown: Int
    var hasMore: Bool
    /// The whole count when known (search counts its matches).
    var total: Int?

    func render(_ m: inout Markup, url: (Int) -> String) {
        guard offset > 0 || hasMore else { return }
        m.element("nav", ["class": "pages", "aria-label": "Pages"]) { m in
            m.element("span") { m in
                if offset > 0 {
                    m.element("a", ["href": url(max(0, offset - limit)), "rel": "prev"], text: "← Previous")
                }
            }
            m.element("span", ["class": "muted"]) { m in
                var where_ = shown == 0 ? "nothing here" : "\(offset + 1)–\(offset + shown)"
                if let total { where_ += " of \(total)" }
                m.text(where_)
            }
            m.element("span") { m in
                if hasMore { m.element("a", ["href": url(offset + limit), "rel": "next"], text: "Next →") }
            }
        }
    }
}
