import SQLite

/// Keeps the FTS5 index (`articles_fts`, external content on `articles`) in step.
///
/// The repository feeds the index itself rather than through triggers (about twice as fast in
/// bulk). Every change to indexed text first gives FTS5 a `'delete'` with the **old** values —
/// otherwise the external-content index drifts silently.
struct SearchIndex {
    let connection: Connection

    /// Indexes an article with the values just written to `articles` (no read back).
    func insert(id: Int, title: String, subtitle: String?, body: String, authors: String, notes: String) throws {
        try connection.run("""
            INSERT INTO articles_fts (rowid, title, subtitle, body, authors, notes) VALUES (?, ?, ?, ?, ?, ?)
            """, [id, title, subtitle, body, authors, notes])
    }

    /// Indexes the article as `articles` now holds it.
    func insert(id: Int) throws {
        try connection.run("""
            INSERT INTO articles_fts (rowid, title, subtitle, body, authors, notes)
            SELECT id, title, subtitle, body, authors, notes FROM articles WHERE id = ?
            """, [id])
    }

    /// Removes the article's entry; must run while `articles` still holds the indexed values.
    func delete(id: Int) throws {
        try connection.run("""
            INSERT INTO articles_fts (articles_fts, rowid, title, subtitle, body, authors, notes)
            SELECT 'delete', id, title, subtitle, body, authors, notes FROM articles WHERE id = ?
            """, [id])
    }

    /// FTS5's own comparison of the index with the content. See <https://sqlite.org/fts5.html#the_integrity_check_command>.
    /// The plain form passes even when they disagree on external-content tables; the `rank`
    /// argument 1 makes it compare them.
    func verify() throws -> Bool {
        do {
            try connection.run("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
            return true
        } catch let error as SQLiteError where error.code == .corrupt {
            return false
        }
    }

    /// Rebuilds the whole index from the content.
    func rebuild() throws {
        try connection.run("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    }
}
