import SQLite

/// Ranked full-text search over the archive, with filters.
///
/// Ranking is FTS5's bm25 with column weights: a hit in the title counts most, then the
/// authors, the subtitle, the notes and the body (``weights``). Ties go to the newer article.
/// Matching ids are found first; titles, authors and snippets are fetched for the final page only.
public struct ArticleSearch {
    let connection: Connection

    /// bm25 weights for `title, subtitle, body, authors, notes`.
    public static let weights: [Double] = [10, 4, 1, 6, 2]

    /// A snippet's length in tokens (FTS5's own default is 15; 24 fills two terminal lines).
    static let snippetTokens = 24

    public init(connection: Connection) { self.connection = connection }

    /// With `keepingMatches`, the results also carry every match's id when ranking by relevance
    /// without filters visited them all (``SearchResults/matchIDs``): a server counts the
    /// facets from them instead of running the query a second time.
    public func run(_ options: SearchOptions, keepingMatches: Bool = false) throws -> SearchResults {
        try options.validate()
        guard let matches = try SearchMatches(options, search: self) else {
            let archiveIsEmpty = try isEmpty()
            if !archiveIsEmpty { try checkFiltersExist(options) }
            return SearchResults(hits: [], total: 0, archiveIsEmpty: archiveIsEmpty)
        }
        let (query, source, whereClause, arguments) = (matches.query, matches.source, matches.whereClause, matches.arguments)
        let weights = Self.weights.map { String($0) }.joined(separator: ", ")
        // opedb_rank is bm25 with the same weights, exact for every row that can reach this page
        // and cheap for the rest (Sources/CRank); k covers everything up to the page's end.
        let score = query == nil ? "NULL" : "opedb_rank(articles_fts, ?, \(weights))"
        let scoreArguments: [any SQLiteBindable] = query == nil ? [] : [max(options.offset, 0) + max(options.limit, 0)]
        let order: String
        switch options.sort {
        case .relevance: order = query == nil ? "a.published_on IS NULL, a.published_on DESC, a.id DESC"
                                              : "score, a.published_on IS NULL, a.published_on DESC, a.id DESC"
        case .newest: order = "a.published_on IS NULL, a.published_on DESC, a.id DESC"
        case .oldest: order = "a.published_on IS NULL, a.published_on, a.id"
        }
        let filtered = matches.filtered
        let page: [(Int, Double?)]
        let total: Int
        var matchIDs: [Int]?
        do {
            // Ranking by relevance, opedb_rank scores every match (ORDER BY needs them all) and counts them
            // as it goes: `opedb_rank_rows()` is the total without a second pass over the index
            // (counting alone: 5 ms for a word in 98% of 100,000 articles). The counter is reset
            // first: a query with no match never calls opedb_rank, so it would read a stale count.
            if query != nil { _ = try connection.scalar("SELECT opedb_rank_rows()") }
            var scoredEveryMatch = false
            if let query, !filtered, options.sort == .relevance {
                if keepingMatches { _ = try connection.scalar("SELECT opedb_rank_collect(1)") }
                // Read (and collecting stopped) right after the ranking, even when it failed.
                defer { if keepingMatches { matchIDs = try? Self.ids(connection.scalar("SELECT opedb_rank_ids()")) } }
                page = try rankedWithoutJoin(query, options: options)
                scoredEveryMatch = options.limit > 0
            } else {
                // Only fixed fragments are interpolated; every user value is bound.
                let sql = "SELECT a.id, \(score) AS score FROM \(source) \(whereClause) ORDER BY \(order) LIMIT ? OFFSET ?"
                page = try connection.all(sql, scoreArguments + arguments + [max(options.limit, 0), max(options.offset, 0)]) {
                    ($0.int(0), $0.isNull(1) ? nil : $0.double(1))
                }
                // Only when the score leads the ORDER BY: sorting by date, SQLite skips computing
                // the score of rows that cannot reach the page.
                scoredEveryMatch = query != nil && options.sort == .relevance && options.limit > 0
            }
            // A short first page is the whole answer; only otherwise count the matches.
            if options.offset == 0 && page.count < options.limit {
                total = page.count
            } else if scoredEveryMatch {
                total = try connection.scalar("SELECT opedb_rank_rows()").int ?? 0
            } else {
                // Without filters, FTS5 counts its matches without the join.
                let countSource = query != nil && !filtered ? "articles_fts" : source
                total = try connection.scalar("SELECT count(*) FROM \(countSource) \(whereClause)", arguments).int ?? 0
            }
        } catch let error as SQLiteError where query != nil && (error.code == .error || error.code == .corrupt) {
            throw SearchError.malformed(Self.explain(error.message))
        }
        let archiveIsEmpty = total == 0 ? try isEmpty() : false
        if total == 0 && !archiveIsEmpty { try checkFiltersExist(options) }
        let hits = try details(page, query: query, options: options)
        // Complete only when the ranking scored every match: then there are `total` distinct ids.
        return SearchResults(hits: hits, total: total, archiveIsEmpty: archiveIsEmpty,
                             matchIDs: matchIDs?.count == total ? matchIDs : nil)
    }

    /// `opedb_rank_ids()`'s blob: native 64-bit integers.
    private static func ids(_ value: SQLiteValue) -> [Int] {
        guard case .blob(let data) = value else { return [] }
        return data.withUnsafeBytes { raw in
            (0..<raw.count / 8).map { Int(raw.loadUnaligned(fromByteOffset: $0 * 8, as: Int64.self)) }
        }
    }

    /// The page by relevance when no filter needs the article facts: the index alone ranks every
    /// match (no join per match, the cost that dominates very common words), then the few best —
    /// with some slack for ties — are ordered by score and, on equal scores, newest first.
    private func rankedWithoutJoin(_ query: SearchQuery, options: SearchOptions) throws -> [(Int, Double?)] {
        let offset = max(options.offset, 0), limit = max(options.limit, 0)
        guard limit > 0 else { return [] }
        let slack = 16, end = offset + limit
        let weights = Self.weights.map { String($0) }.joined(separator: ", ")
        func fetch(_ count: Int) throws -> [(Int, Double)] {
            try connection.all("""
                SELECT rowid, opedb_rank(articles_fts, ?, \(weights)) AS score FROM articles_fts
                WHERE articles_fts MATCH ? ORDER BY score, rowid DESC LIMIT ?
                """, [count, query.expression, count]) { ($0.int(0), $0.double(1)) }
        }
        var fetched = end + slack
        var best = try fetch(fetched)
        guard !best.isEmpty else { return [] }
        // Ties at the page's end that run past the slack (40 identical articles): fetch more, until
        // the last row scores worse than the page's last, so that the newest of the tied rows win,
        // as the README promises. Each pass scores every match once (opedb_rank_rows stays the count).
        while best.count == fetched, best.count >= end, best[end - 1].1 == best[best.count - 1].1 {
            fetched *= 4
            best = try fetch(fetched)
        }
        var dates: [Int: String] = [:]
        var start = 0
        while start < best.count {  // in chunks: a statement takes at most 32,766 values
            let chunk = best[start..<min(start + 500, best.count)].map(\.0)
            try connection.query("SELECT id, published_on FROM article_facts WHERE id IN (\(Array(repeating: "?", count: chunk.count).joined(separator: ", ")))",
                                 chunk) { if let date = $0.optionalString(1) { dates[$0.int(0)] = date } }
            start += 500
        }
        let ordered = best.sorted { a, b in
            if a.1 != b.1 { return a.1 < b.1 }
            let da = dates[a.0], db = dates[b.0]
            if da != db { return (da ?? "") > (db ?? "") }
            return a.0 > b.0
        }
        return ordered.dropFirst(offset).prefix(limit).map { ($0.0, Optional($0.1)) }
    }

    private func isEmpty() throws -> Bool {
        try connection.scalar("SELECT NOT EXISTS (SELECT 1 FROM articles)").int == 1
    }

    /// One filter's SQL condition over `article_facts a`, with its bound values.
    struct Filter {
        var option: String
        var value: String
        var condition: String
        var arguments: [any SQLiteBindable]
    }

    /// The `--author`, `--publication` and `--kind` filters: the ones that name something.
    private func namedFilters(_ options: SearchOptions) -> [Filter] {
        var filters: [Filter] = []
        if let author = options.author?.trimmed, !author.isEmpty {
            let key = PersonName(author).key
            let escaped = Self.escapeLike(key)
            filters.append(Filter(option: "--author", value: author, condition: """
                a.id IN (SELECT aa.article_id FROM article_authors aa WHERE aa.author_id IN (
                    SELECT author_id FROM author_aliases WHERE key = ? OR key LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\'))
                """, arguments: [key, escaped + " %", "% " + escaped + "%"]))
        }
        if let publication = options.publication?.trimmed, !publication.isEmpty {
            let key = PublicationName.key(publication)
            filters.append(Filter(option: "--publication", value: publication, condition: """
                a.publication_id IN (SELECT id FROM publications WHERE name_key = ? OR domain = ? OR name_key LIKE ? ESCAPE '\\')
                """, arguments: [key, publication.lowercased(), "%" + Self.escapeLike(key) + "%"]))
        }
        if let kind = options.kind?.trimmed, !kind.isEmpty {
            filters.append(Filter(option: "--kind", value: kind, condition: "a.kind = ?",
                                  arguments: [TitleMarker.kind(named: kind) ?? kind.lowercased()]))
        }
        filters += tagFilters(options)
        return filters
    }

    /// `--tag`, repeatable: each tag one more condition, so an article must carry them all.
    private func tagFilters(_ options: SearchOptions) -> [Filter] {
        options.distinctTags.map { tag in
            Filter(option: "--tag", value: tag, condition: """
                a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.key = ?)
                """, arguments: [tag.folded])
        }
    }

    func appendFilters(_ options: SearchOptions, to conditions: inout [String], _ arguments: inout [any SQLiteBindable]) throws {
        for filter in namedFilters(options) {
            conditions.append(filter.condition)
            arguments += filter.arguments
        }
        if let since = options.since {
            conditions.append("a.published_on >= ?")
            arguments.append(try SearchOptions.lowerBound(since))
        }
        if let until = options.until {
            conditions.append("a.published_on <= ?")
            arguments.append(try SearchOptions.upperBound(until))
        }
    }

    /// After a search with no match: a named filter that matches no article at all is a miss
    /// the user should hear about, with the closest values the archive holds. Only run when
    /// nothing matched, so a search that finds something pays nothing for it.
    private func checkFiltersExist(_ options: SearchOptions) throws {
        for filter in namedFilters(options) {
            let exists = try connection.scalar("SELECT EXISTS (SELECT 1 FROM article_facts a WHERE \(filter.condition))",
                                               filter.arguments).int == 1
            guard !exists else { continue }
            let candidates: [String]
            switch filter.option {
            case "--author":
                candidates = try connection.all("""
                    SELECT name FROM authors au WHERE EXISTS (SELECT 1 FROM article_authors aa WHERE aa.author_id = au.id)
                    """) { $0.string(0) }
            case "--publication":
                candidates = try connection.all("""
                    SELECT name FROM publications p WHERE EXISTS (SELECT 1 FROM article_facts a WHERE a.publication_id = p.id)
                    """) { $0.string(0) }
            case "--tag":
                candidates = try TagRepository(connection: connection).names()
            default:
                candidates = try connection.all("SELECT DISTINCT kind FROM article_facts") { $0.string(0) }
            }
            var suggestions = ClosestNames.closest(to: filter.value, among: candidates)
            // Kinds are few: with none close, name them all.
            if suggestions.isEmpty && filter.option == "--kind" { suggestions = candidates.sorted() }
            throw SearchError.noSuchValue(option: filter.option, value: filter.value, suggestions: suggestions)
        }
    }

    /// Titles, authors and snippets for the final page only: two statements for the whole page.
    private func details(_ page: [(Int, Double?)], query: SearchQuery?, options: SearchOptions) throws -> [SearchHit] {
        guard !page.isEmpty else { return [] }
        let ids = page.map(\.0)
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        var byID: [Int: SearchHit] = [:]
        // The opening of the body is the snippet only without query text: with it, the body is
        // not read here (a long one spans overflow pages), and the opening is fetched afterwards
        // only for a row that got no snippet.
        try connection.query("""
            SELECT a.id, a.title, a.published_on, p.name, a.kind, a.url, a.subtitle, CASE WHEN ? THEN substr(a.body, 1, 400) END,
                   (SELECT group_concat(name, char(31)) FROM (SELECT au.name FROM article_authors aa
                      JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = a.id ORDER BY aa.position))
            FROM articles a LEFT JOIN publications p ON p.id = a.publication_id WHERE a.id IN (\(placeholders))
            """, [query == nil] + ids) {
            byID[$0.int(0)] = SearchHit(id: $0.int(0), title: $0.string(1), publishedOn: $0.optionalString(2),
                                        authors: AuthorRepository.split($0.optionalString(8)),
                                        publication: $0.optionalString(3), kind: $0.string(4), url: $0.optionalString(5),
                                        snippet: $0.isNull(7) ? "" : Self.lead($0.optionalString(6), $0.string(7)), rank: nil)
        }
        if let query {
            var snippeted = Set<Int>()
            // opedb_snippet on just these rows (Sources/CRank/opedb_snippet.c: FTS5's snippet() is
            // quadratic in one document's matches); column -1 picks the best column. When that is
            // the authors or the notes column, the whole (short) column is highlighted instead, to
            // show the matching author's name or the matching note sentence.
            try connection.query("""
                SELECT rowid, opedb_snippet_column(articles_fts, \(Self.snippetTokens)),
                       opedb_snippet(articles_fts, -1, char(1), char(2), '…', \(Self.snippetTokens)),
                       CASE WHEN opedb_snippet_column(articles_fts, \(Self.snippetTokens)) IN (3, 4)
                            THEN opedb_highlight(articles_fts, opedb_snippet_column(articles_fts, \(Self.snippetTokens)), char(1), char(2)) END
                FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN (\(placeholders))
                """, [query.expression] + ids) {
                let id = $0.int(0)
                guard let hit = byID[id] else { return }
                let best = $0.optionalString(2) ?? ""
                let whole = $0.optionalString(3)
                let marked: String
                switch $0.int(1) {
                case 3 where whole?.contains(Snippet.start) == true:
                    marked = Snippet.authors(highlighted: whole!, authors: hit.authors)
                case 4 where whole?.contains(Snippet.start) == true:
                    marked = Snippet.note(highlighted: whole!)
                default:
                    marked = best.collapsingWhitespace
                }
                let rendered = Snippet.render(marked, open: options.highlightStart, close: options.highlightEnd)
                byID[id]?.snippet = rendered.text
                byID[id]?.matches = rendered.matches
                snippeted.insert(id)
            }
            let unsnippeted = ids.filter { byID[$0] != nil && !snippeted.contains($0) }
            if !unsnippeted.isEmpty {
                try connection.query("""
                    SELECT id, subtitle, substr(body, 1, 400) FROM articles
                    WHERE id IN (\(Array(repeating: "?", count: unsnippeted.count).joined(separator: ", ")))
                    """, unsnippeted) { byID[$0.int(0)]?.snippet = Self.lead($0.optionalString(1), $0.string(2)) }
            }
        }
        return page.compactMap { id, rank in
            guard var hit = byID[id] else { return nil }
            hit.rank = rank
            return hit
        }
    }

    /// Without query text, the snippet is the article's opening.
    private static func lead(_ subtitle: String?, _ body: String) -> String {
        let text = (subtitle?.isEmpty == false ? subtitle! : body).split(separator: "\n").first.map(String.init) ?? ""
        guard text.count > 200 else { return text }
        let cut = text.prefix(200)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }

    static func escapeLike(_ text: String) -> String {
        var result = ""
        for c in text {
            if c == "%" || c == "_" || c == "\\" { result.append("\\") }
            result.append(c)
        }
        return result
    }

    /// FTS5's message, reworded for a user who did not write FTS5 on purpose.
    static func explain(_ message: String) -> String {
        if message.hasPrefix("no such column") {
            return "\(message); the columns are \(SearchQuery.columns.joined(separator: ", "))"
        }
        if message.hasPrefix("fts5: ") { return String(message.dropFirst(6)) }
        return message
    }
}

extension ArticleSearch {
    /// The article's title, subtitle and body with every match of `text` between the markers;
    /// nil when the query does not match this article. Linear in the article's length
    /// (`opedb_highlight`, Sources/CRank/opedb_snippet.c), where FTS5's `highlight()` is quadratic.
    public func highlight(id: Int, text: String, start: String, end: String) throws -> (title: String, subtitle: String?, body: String)? {
        let query = try SearchQuery(text)
        guard !query.expression.isEmpty else { return nil }
        do {
            return try connection.first("""
                SELECT opedb_highlight(articles_fts, 0, ?1, ?2), opedb_highlight(articles_fts, 1, ?1, ?2),
                       opedb_highlight(articles_fts, 2, ?1, ?2)
                FROM articles_fts WHERE articles_fts MATCH ?3 AND rowid = ?4
                """, [start, end, query.expression, id]) { ($0.string(0), $0.optionalString(1), $0.string(2)) }
        } catch let error as SQLiteError where error.code == .error {
            throw SearchError.malformed(Self.explain(error.message))
        }
    }
}
