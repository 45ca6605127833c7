import SQLite

/// Each article keeps its original bytes and the hash of their text: the proof that what the
/// archive holds is what was added. Commands that read an article's original (`export`,
/// `reparse`) or replace it (`add` updating an article) verify it first, so damage is reported
/// where it is met instead of being copied out or overwritten unnoticed.
extension ArticleRepository {
    /// The columns ``originalMatches(_:from:)`` reads, in order.
    static let originalColumns = "a.content_hash, s.source, s.encoding, a.body"

    /// Whether a row of ``originalColumns`` (starting at `column`) decodes to the text its
    /// content hash was taken of.
    static func originalMatches(_ row: Statement, from column: Int) -> Bool {
        guard let bytes = try? decodeSource(row, from: column + 1),
              let decoded = try? ArticleSource.read(bytes) else { return false }
        return ContentHash.of(decoded.text) == row.string(column)
    }

    /// Whether article `id` has its original and it still matches its content hash
    /// (true for an id with no article: there is nothing to be damaged).
    public func originalMatches(_ id: Int) throws -> Bool {
        guard try exists(id) else { return true }
        return try connection.first("""
            SELECT \(Self.originalColumns) FROM articles a JOIN article_sources s ON s.article_id = a.id WHERE a.id = ?
            """, [id], { Self.originalMatches($0, from: 0) }) ?? false
    }

    /// Stops a write that would touch a damaged article.
    func verifyOriginal(_ id: Int) throws {
        if try !originalMatches(id) { throw ArchiveError.damagedArticles(path: connection.path, ids: [id]) }
    }

    /// Every article whose original is missing or no longer matches its content hash, by id.
    public func articlesWithDamagedOriginals() throws -> [Int] {
        var bad = try connection.all("""
            SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_sources WHERE article_id = a.id)
            """) { $0.int(0) }
        try connection.query("""
            SELECT a.id, \(Self.originalColumns) FROM articles a JOIN article_sources s ON s.article_id = a.id
            """) { row in
            if !Self.originalMatches(row, from: 1) { bad.append(row.int(0)) }
        }
        return bad.sorted()
    }
}
