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
    /// `limit` values each. The index is searched once: one statement reads id, kind, year and
    /// outlet of each match, one counts those ids per author, one names the top outlets.
    public func facets(_ options: SearchOptions, limit: Int = 10) throws -> SearchFacets {
        try options.validate()
        guard let matches = try SearchMatches(options, search: self) else { return SearchFacets() }
        let (query, source, whereClause, arguments) = (matches.query, matches.source, matches.whereClause, matches.arguments)
        var kinds: [String: Int] = [:], years: [String: Int] = [:], outlets: [Int: Int] = [:]
        var ids = "["
        var facets = SearchFacets()
        do {
            // Only fixed fragments are interpolated; every user value is bound.
            try connection.query("SELECT a.id, a.kind, substr(a.published_on, 1, 4), a.publication_id FROM \(source) \(whereClause)",
                                 arguments) { row in
                if ids.utf8.count > 1 { ids += "," }
                ids += String(row.int(0))
                kinds[row.string(1), default: 0] += 1
                if let year = row.optionalString(2) { years[year, default: 0] += 1 }
                if let outlet = row.optionalInt(3) { outlets[outlet, default: 0] += 1 }
            }
        } catch let error as SQLiteError where query != nil && (error.code == .error || error.code == .corrupt) {
            throw SearchError.malformed(Self.explain(error.message))
        }
        ids += "]"
        // The matches' ids go back as one JSON array: the index is searched once, not twice.
        facets.authors = try connection.all("""
            SELECT au.name, count(DISTINCT aa.article_id) AS n FROM article_authors aa JOIN authors au ON au.id = aa.author_id
            WHERE aa.article_id IN (SELECT value FROM json_each(?)) GROUP BY aa.author_id ORDER BY n DESC, au.sort_name, au.id LIMIT ?
            """, [ids, limit]) { SearchFacets.Count(value: $0.string(0), count: $0.int(1)) }
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
