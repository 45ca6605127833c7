import SQLite

/// How the matches of a search spread over authors, outlets, kinds and years: what a reader
/// narrows a search by. Each list holds the most frequent values, most first.
public struct SearchFacets: Encodable, Equatable, Sendable {
    /// One value of a facet and how many matching articles have it.
    public struct Count: Encodable, Equatable, Sendable {
        public var value: String
        public var count: Int

        public init(value: String, count: Int) {
            self.value = value
            self.count = count
        }
    }

    public var authors: [Count] = []
    public var publications: [Count] = []
    public var kinds: [Count] = []
    public var years: [Count] = []

    public init() {}

    /// The most frequent values of `counts`, ties by value; years newest first instead.
    static func top(_ counts: [String: Int], limit: Int, newestFirst: Bool = false) -> [Count] {
        let sorted = counts.map { Count(value: $0.key, count: $0.value) }.sorted { a, b in
            if newestFirst { return a.value > b.value }
            return a.count != b.count ? a.count > b.count : a.value < b.value
        }
        return Array(sorted.prefix(limit))
    }
}

extension ArticleSearch {
    /// The facets of every article `options` matches (its limit and offset aside), at most
    /// `limit` values each. Two statements: one reads kind, year and outlet of each match, one
    /// counts the matches per author.
    public func facets(_ options: SearchOptions, limit: Int = 10) throws -> SearchFacets {
        try options.validate()
        let trimmed = options.text.trimmed
        let query: SearchQuery? = trimmed.isEmpty ? nil
            : try (options.raw ? SearchQuery(raw: trimmed) : SearchQuery(trimmed))
        if let query, query.expression.isEmpty { return SearchFacets() }
        var conditions: [String] = []
        var arguments: [any SQLiteBindable] = []
        if let query {
            conditions.append("articles_fts MATCH ?")
            arguments.append(query.expression)
        }
        try appendFilters(options, to: &conditions, &arguments)
        let source = query == nil ? "article_facts a" : "articles_fts JOIN article_facts a ON a.id = articles_fts.rowid"
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        var kinds: [String: Int] = [:], years: [String: Int] = [:], outlets: [Int: Int] = [:]
        var facets = SearchFacets()
        do {
            // Only fixed fragments are interpolated; every user value is bound.
            try connection.query("SELECT a.kind, substr(a.published_on, 1, 4), a.publication_id FROM \(source) \(whereClause)",
                                 arguments) { row in
                kinds[row.string(0), default: 0] += 1
                if let year = row.optionalString(1) { years[year, default: 0] += 1 }
                if let outlet = row.optionalInt(2) { outlets[outlet, default: 0] += 1 }
            }
            facets.authors = try connection.all("""
                SELECT au.name, c.n FROM (SELECT aa.author_id, count(DISTINCT aa.article_id) AS n FROM article_authors aa
                    WHERE aa.article_id IN (SELECT a.id FROM \(source) \(whereClause)) GROUP BY aa.author_id) c
                JOIN authors au ON au.id = c.author_id ORDER BY c.n DESC, au.sort_name, au.id LIMIT ?
                """, arguments + [limit]) { SearchFacets.Count(value: $0.string(0), count: $0.int(1)) }
        } catch let error as SQLiteError where query != nil && (error.code == .error || error.code == .corrupt) {
            throw SearchError.malformed(Self.explain(error.message))
        }
        let best = outlets.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit)
        if !best.isEmpty {
            var names: [Int: String] = [:]
            let ids = best.map(\.key)
            try connection.query("SELECT id, name FROM publications WHERE id IN (\(Array(repeating: "?", count: ids.count).joined(separator: ", ")))",
                                 ids) { names[$0.int(0)] = $0.string(1) }
            facets.publications = best.compactMap { id, n in names[id].map { SearchFacets.Count(value: $0, count: n) } }
        }
        facets.kinds = SearchFacets.top(kinds, limit: limit)
        facets.years = SearchFacets.top(years, limit: 50, newestFirst: true)
        return facets
    }
}
