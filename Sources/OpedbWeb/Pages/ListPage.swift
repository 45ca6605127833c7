import Hummingbird
import OpeDB

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

extension ListPage {
    /// A list page or its JSON twin: reads one page (plus one row, for "next") with `fetch`,
    /// then sends the rows as JSON — the CLI's array, sliced — or as the page `render` draws.
    static func respond<Row: Encodable>(_ parameters: QueryParameters, pool: ArchivePool, json: Bool,
                                        fetch: (Archive, _ limit: Int, _ offset: Int) throws -> [Row],
                                        render: ([Row], ListPage, _ hasMore: Bool) -> String) throws -> Response {
        let page = try ListPage(parameters)
        let rows = try pool.withArchive { archive in try fetch(archive, page.limit + 1, page.offset) }
        let (shown, hasMore) = page.split(rows)
        if json { return try Reply.json(shown) }
        return Reply.html(render(shown, page, hasMore))
    }
}
