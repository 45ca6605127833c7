import SQLite

/// The FROM and WHERE of every article a search matches, built once for the ranked page
/// (``ArticleSearch/run(_:)``) and the facets (``ArticleSearch/facets(_:limit:)``), so both
/// always count the same articles.
struct SearchMatches {
    /// The parsed terms; nil for a search by filters alone.
    let query: SearchQuery?
    /// The index joined to the narrow `article_facts` (aliased `a`), or `article_facts` alone
    /// without terms: never the wide `articles`, whose pages would be read per match.
    let source: String
    /// `WHERE …` with the MATCH and every filter, or empty.
    let whereClause: String
    /// The values bound to `whereClause`'s placeholders, in order.
    let arguments: [any SQLiteBindable]
    /// Whether any filter narrows the matches (beyond the MATCH itself).
    let filtered: Bool

    /// The matches of `options` (already validated), or nil when its terms leave nothing to
    /// match (only stop characters, say). Only fixed fragments go into the SQL; user values are bound.
    init?(_ options: SearchOptions, search: ArticleSearch) throws {
        let trimmed = options.text.trimmed
        let query: SearchQuery? = trimmed.isEmpty ? nil
            : try (options.raw ? SearchQuery(raw: trimmed) : SearchQuery(trimmed))
        if let query, query.expression.isEmpty { return nil }
        var conditions: [String] = []
        var arguments: [any SQLiteBindable] = []
        if let query {
            conditions.append("articles_fts MATCH ?")
            arguments.append(query.expression)
        }
        try search.appendFilters(options, to: &conditions, &arguments)
        self.query = query
        self.source = query == nil ? "article_facts a" : "articles_fts JOIN article_facts a ON a.id = articles_fts.rowid"
        self.whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        self.arguments = arguments
        self.filtered = conditions.count > (query == nil ? 0 : 1)
    }
}
