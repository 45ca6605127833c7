import SQLite

/// Index entries held back until the end of a bulk transaction.
///
/// With foreign keys on, most inserts open a statement savepoint, and every savepoint makes FTS5
/// flush its pending terms into a new tiny segment (measured: the index insert then costs 2.5x
/// more). A bulk load therefore collects the entries and writes them together, just before commit.
public final class DeferredIndex {
    struct Entry {
        var id: Int
        var title: String
        var subtitle: String?
        var body: String
        var authors: String
        var notes: String
    }
    private var entries: [Entry] = []
    private var positions: [Int: Int] = [:]

    public init() {}

    func append(_ entry: Entry) {
        positions[entry.id] = entries.count
        entries.append(entry)
    }

    /// Drops a held-back entry (its article changed again in the same batch); false if none.
    func remove(id: Int) -> Bool {
        guard let position = positions.removeValue(forKey: id) else { return false }
        entries[position].id = -1
        return true
    }

    /// Writes every held-back entry; call inside the same transaction, before commit.
    public func flush(into connection: Connection) throws {
        let index = SearchIndex(connection: connection)
        for entry in entries where entry.id >= 0 {
            try index.insert(id: entry.id, title: entry.title, subtitle: entry.subtitle, body: entry.body,
                             authors: entry.authors, notes: entry.notes)
        }
        discard()
    }

    /// Forgets everything held back (the transaction rolled back).
    public func discard() {
        entries.removeAll(keepingCapacity: true)
        positions.removeAll(keepingCapacity: true)
    }
}

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
