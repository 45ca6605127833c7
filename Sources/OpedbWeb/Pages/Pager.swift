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

/// `limit` and `offset` of a list page: bounded, with a default page size.
struct ListPage {
    var limit: Int
    var offset: Int

    static let limitRange = 1...500
    static let offsetRange = 0...10_000_000

    init(_ parameters: QueryParameters, defaultLimit: Int = 50) throws(WebError) {
        limit = try parameters.integer("limit", in: Self.limitRange, default: defaultLimit)
        offset = try parameters.integer("offset", in: Self.offsetRange, default: 0)
    }

    /// Reads one row past the page to learn whether there is a next one.
    func split<T>(_ rows: [T]) -> (page: [T], hasMore: Bool) {
        (Array(rows.prefix(limit)), rows.count > limit)
    }
}
