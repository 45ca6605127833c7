import SQLite

/// Every article's facet values — kind, year, outlet, authors — held in memory, so that a
/// long-lived reader (`opedb serve`) counts the facets of a search in one pass over its matching
/// ids instead of joining every match with `article_facts` and `article_authors` again.
///
/// It answers exactly what ``ArticleSearch/facets(_:limit:)`` answers (tests compare the two);
/// only finding the matching ids is left to SQLite, which is the one step that must read the
/// index. The table is a snapshot: its owner builds a new one when the archive changes.
///
/// ```swift
/// let table = try FacetTable(connection: archive.connection)
/// let facets = try table.facets(options, search: ArticleSearch(connection: archive.connection))
/// ```
public struct FacetTable: Sendable {
    /// Indexed by article id; 0 where there is no article (or no value). Ids are rowids,
    /// dense in practice, so arrays beat dictionaries here by an order of magnitude.
    private var kindOf: [UInt16] = []
    private var yearOf: [UInt16] = []
    private var outletOf: [Int32] = []
    /// The authors of article `id` are `authorIDs[authorStart[id] ..< authorStart[id + 1]]`:
    /// indexes into `authors`, each once per article.
    private var authorStart: [Int32] = [0]
    private var authorIDs: [Int32] = []

    private var kinds: [String] = [""]
    private var years: [String] = [""]
    /// Outlets by their row id (as the SQL version orders ties), with their names.
    private var outletNames: [Int: String] = [:]
    /// Authors in `sort_name, id` order (the SQL version's tie order), so an index is a rank.
    private var authors: [String] = []

    /// Articles the table holds.
    public private(set) var count = 0

    /// Reads the facts of every article: four statements, each one pass over a narrow table.
    public init(connection: Connection) throws {
        let maxID = try connection.scalar("SELECT max(id) FROM article_facts").int ?? 0
        var kindOf = [UInt16](repeating: 0, count: maxID + 1)
        var yearOf = [UInt16](repeating: 0, count: maxID + 1)
        var outletOf = [Int32](repeating: 0, count: maxID + 1)
        var kinds = [""], years = [""]
        var kindIndex: [String: UInt16] = [:], yearIndex: [String: UInt16] = [:]
        var count = 0
        try connection.query("SELECT id, kind, substr(published_on, 1, 4), publication_id FROM article_facts") { row in
            let id = row.int(0)
            guard id > 0 && id <= maxID else { return }
            kindOf[id] = Self.index(of: row.string(1), in: &kinds, &kindIndex)
            if let year = row.optionalString(2) { yearOf[id] = Self.index(of: year, in: &years, &yearIndex) }
            if let outlet = row.optionalInt(3) { outletOf[id] = Int32(truncatingIfNeeded: outlet) }
            count += 1
        }
        var outletNames: [Int: String] = [:]
        try connection.query("SELECT id, name FROM publications") { outletNames[$0.int(0)] = $0.string(1) }
        var authors: [String] = []
        var rank: [Int: Int32] = [:]
        try connection.query("SELECT id, name FROM authors ORDER BY sort_name, id") { row in
            rank[row.int(0)] = Int32(authors.count)
            authors.append(row.string(1))
        }
        // CSR layout: one pass in article order, duplicates within an article dropped
        // (the SQL version counts DISTINCT articles per author).
        var authorStart = [Int32](repeating: 0, count: maxID + 2)
        var authorIDs: [Int32] = []
        var current = 0
        var seen: [Int32] = []
        try connection.query("SELECT article_id, author_id FROM article_authors ORDER BY article_id") { row in
            let article = row.int(0)
            guard article > 0 && article <= maxID, let author = rank[row.int(1)] else { return }
            while current < article {
                current += 1
                authorStart[current] = Int32(authorIDs.count)
                seen.removeAll(keepingCapacity: true)
            }
            if !seen.contains(author) {
                seen.append(author)
                authorIDs.append(author)
            }
        }
        while current <= maxID {
            current += 1
            authorStart[current] = Int32(authorIDs.count)
        }
        (self.kindOf, self.yearOf, self.outletOf, self.kinds, self.years) = (kindOf, yearOf, outletOf, kinds, years)
        (self.outletNames, self.authors, self.authorStart, self.authorIDs, self.count) = (outletNames, authors, authorStart, authorIDs, count)
    }

    private static func index(of value: String, in names: inout [String], _ index: inout [String: UInt16]) -> UInt16 {
        if let found = index[value] { return found }
        // More than 65,535 distinct kinds or years cannot happen (years have four characters,
        // kinds are a vocabulary); should it, the rest share the last slot rather than trap.
        guard names.count < Int(UInt16.max) else { return UInt16(names.count - 1) }
        let new = UInt16(names.count)
        names.append(value)
        index[value] = new
        return new
    }

    /// The facets of the articles with these ids (each id once), at most `limit` values each
    /// (years: at most 50), ordered as ``ArticleSearch/facets(_:limit:)`` orders them.
    public func facets(ids: [Int], limit: Int = 10) -> SearchFacets {
        var kindCounts = [Int](repeating: 0, count: kinds.count)
        var yearCounts = [Int](repeating: 0, count: years.count)
        var outletCounts: [Int32: Int] = [:]
        var authorCounts = [Int](repeating: 0, count: authors.count)
        for id in ids where id > 0 && id < kindOf.count {
            let kind = Int(kindOf[id])
            guard kind != 0 else { continue }  // no such article (any more)
            kindCounts[kind] += 1
            yearCounts[Int(yearOf[id])] += 1
            if outletOf[id] != 0 { outletCounts[outletOf[id], default: 0] += 1 }
            for i in Int(authorStart[id])..<Int(authorStart[id + 1]) { authorCounts[Int(authorIDs[i])] += 1 }
        }
        var facets = SearchFacets()
        facets.kinds = SearchFacets.top(Self.counted(kinds, kindCounts), limit: limit)
        facets.years = SearchFacets.top(Self.counted(years, yearCounts), limit: 50, newestFirst: true)
        facets.publications = outletCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit).compactMap { id, n in outletNames[Int(id)].map { SearchFacets.Count(value: $0, count: n) } }
        // By count, then by rank (sort_name, id): a partial selection would do, but the
        // authors with any match are few next to the matches themselves.
        facets.authors = authorCounts.indices.filter { authorCounts[$0] > 0 }
            .sorted { authorCounts[$0] != authorCounts[$1] ? authorCounts[$0] > authorCounts[$1] : $0 < $1 }
            .prefix(limit).map { SearchFacets.Count(value: authors[$0], count: authorCounts[$0]) }
        return facets
    }

    /// Slot 0 is "no value": it is never a facet value.
    private static func counted(_ names: [String], _ counts: [Int]) -> [String: Int] {
        var result: [String: Int] = [:]
        for i in 1..<max(names.count, 1) where counts[i] > 0 { result[names[i], default: 0] += counts[i] }
        return result
    }

    /// The facets of every article `options` matches, as ``ArticleSearch/facets(_:limit:)``
    /// gives them: SQLite finds the matching ids (the index alone when no filter needs the
    /// article facts), the table counts them.
    public func facets(_ options: SearchOptions, search: ArticleSearch, limit: Int = 10) throws -> SearchFacets {
        try options.validate()
        guard let matches = try SearchMatches(options, search: search) else { return SearchFacets() }
        let sql: String
        if matches.query != nil && !matches.filtered {
            sql = "SELECT rowid FROM articles_fts \(matches.whereClause)"
        } else if matches.query == nil && !matches.filtered {
            // Every article: no statement at all.
            return facets(ids: Array(kindOf.indices.filter { kindOf[$0] != 0 }), limit: limit)
        } else {
            // Only fixed fragments are interpolated; every user value is bound.
            sql = "SELECT a.id FROM \(matches.source) \(matches.whereClause)"
        }
        var ids: [Int] = []
        do {
            try search.connection.query(sql, matches.arguments) { ids.append($0.int(0)) }
        } catch let error as SQLiteError where matches.query != nil && (error.code == .error || error.code == .corrupt) {
            throw SearchError.malformed(ArticleSearch.explain(error.message))
        }
        return facets(ids: ids, limit: limit)
    }
}
