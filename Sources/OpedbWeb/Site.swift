import Hummingbird
import Logging
import NIOCore
import OpeDB
import SQLite

/// The web site over one archive: its routes, each a page with a JSON twin.
///
/// Every route reads; none writes. A handler waits for its turn at the gate (as many requests
/// at once as there are cores), takes a read-only connection from the pool for its synchronous
/// work, renders, and gives it back. Search pages are kept in a cache for the archive's
/// current generation.
public struct Site: Sendable {
    public let pool: ArchivePool
    public let gate: RequestGate
    public let cache: PageCache
    let facetTables = FacetTables()
    /// Off with the page cache (`--cache 0`: every search worked out afresh).
    let facetCache: FacetCache

    public init(pool: ArchivePool, gate: RequestGate = RequestGate(width: RequestGate.cores), cache: PageCache = PageCache()) {
        self.pool = pool
        self.gate = gate
        self.cache = cache
        self.facetCache = FacetCache(capacity: cache.capacity > 0 ? FacetCache.defaultCapacity : 0)
    }

    /// Gets ready for the first requests before serving: opens a connection for each request
    /// the gate lets through at once and builds the facet table for the archive's generation,
    /// which the first searches would otherwise pay for (tens of milliseconds at 100,000
    /// articles) while the others queue behind them.
    public func warm() throws {
        try pool.prepare(gate.width)
        try pool.withSnapshot { archive, generation in
            if let generation { _ = try facetTables.table(generation: generation, archive: archive) }
        }
    }

    /// The routes (see the README's table). HEAD is answered wherever GET is.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(options: .autoGenerateHeadEndpoints)
        router.add(middleware: SiteMiddleware())
        let (pool, gate, site) = (self.pool, self.gate, self)
        router.get("/") { request, _ in try await gate.run { try HomePage.respond(try Site.parameters(request), pool: pool, json: false) } }
        router.get("/index.json") { request, _ in try await gate.run { try HomePage.respond(try Site.parameters(request), pool: pool, json: true) } }
        router.get("/search") { request, _ in try await gate.run { try SearchPage.respond(try Site.parameters(request), site: site, json: false) } }
        router.get("/search.json") { request, _ in try await gate.run { try SearchPage.respond(try Site.parameters(request), site: site, json: true) } }
        router.get("/articles/{id}") { request, context in try await gate.run {
            let (id, json) = try Site.identifier(context.parameters.get("id"), what: "article")
            return try ArticlePage.respond(id: id, pool: pool, json: json)
        } }
        router.get("/articles/{id}/source") { _, context in try await gate.run {
            let (id, json) = try Site.identifier(context.parameters.get("id"), what: "article")
            guard !json else { throw WebError.notFound("there is no page at this address") }
            return try ArticlePage.source(id: id, pool: pool)
        } }
        router.get("/authors") { request, _ in try await gate.run { try AuthorsPage.respond(try Site.parameters(request), pool: pool, json: false) } }
        router.get("/authors.json") { request, _ in try await gate.run { try AuthorsPage.respond(try Site.parameters(request), pool: pool, json: true) } }
        router.get("/authors/{id}") { request, context in try await gate.run {
            let (id, json) = try Site.identifier(context.parameters.get("id"), what: "author")
            return try AuthorPage.respond(id: id, parameters: try Site.parameters(request), pool: pool, json: json)
        } }
        router.get("/books") { request, _ in try await gate.run { try BooksPage.respond(try Site.parameters(request), pool: pool, json: false) } }
        router.get("/books.json") { request, _ in try await gate.run { try BooksPage.respond(try Site.parameters(request), pool: pool, json: true) } }
        router.get("/publications") { request, _ in try await gate.run { try PublicationsPage.respond(try Site.parameters(request), pool: pool, json: false) } }
        router.get("/publications.json") { request, _ in try await gate.run { try PublicationsPage.respond(try Site.parameters(request), pool: pool, json: true) } }
        router.get("/stats") { _, _ in try await gate.run { try StatsPage.respond(pool: pool, json: false) } }
        router.get("/stats.json") { _, _ in try await gate.run { try StatsPage.respond(pool: pool, json: true) } }
        return router
    }

    /// The server, bound to `host:port`; `onRunning` gets the port actually bound (for port 0).
    public func application(host: String, port: Int, logger: Logger,
                            onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "opedb"),
                     onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
                     logger: logger)
    }

    static func parameters(_ request: Request) throws(WebError) -> QueryParameters {
        try QueryParameters(request.uri.query)
    }

    /// `12` or `12.json` from a path: the id and whether the JSON twin is asked for.
    static func identifier(_ text: String?, what: String) throws(WebError) -> (Int, Bool) {
        var text = text ?? ""
        let json = text.hasSuffix(".json")
        if json { text.removeLast(5) }
        guard let id = Int(text), id > 0, String(id) == text else { throw .notFound("no \(what) '\(text)'") }
        return (id, json)
    }

    /// A failure that is not the request's fault: the archive went away or cannot be read.
    /// Said in a sentence, never as a stack trace or SQL.
    static func webError(_ error: any Error) -> WebError {
        switch error {
        case let error as WebError: return error
        case let error as ArchiveError: return .unavailable(error.description)
        case let error as SQLiteError: return .unavailable("the archive could not be read (SQLite error \(error.code.rawValue))")
        default: return .unavailable("the archive could not be read")
        }
    }
}
