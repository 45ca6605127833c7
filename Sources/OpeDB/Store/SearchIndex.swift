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
    ///
    /// The check is an `INSERT`, which a read-only connection refuses, and `check` must never
    /// write to the archive. So it runs on a copy in the connection's `temp` schema (memory or a
    /// temporary file, never the archive): an index declared as the archive's, over a view of the
    /// archive's content, with the archive's index records copied in.
    func verify() throws -> Bool {
        let declaration = try connection.scalar("SELECT sql FROM sqlite_schema WHERE name = 'articles_fts'").string ?? ""
        // Version 1 to 3 declared `content = 'articles'`, version 4 `content="articles"`.
        guard let spelling = ["content=\"articles\"", "content = 'articles'"].first(where: declaration.contains)
        else { return false }
        let copy = declaration
            .replacing("CREATE VIRTUAL TABLE articles_fts", with: "CREATE VIRTUAL TABLE temp.articles_fts_check")
            .replacing(spelling, with: "content = 'articles_check_content'")
        try connection.execute("""
            DROP TABLE IF EXISTS temp.articles_fts_check;
            DROP VIEW IF EXISTS temp.articles_check_content;
            CREATE TEMP VIEW articles_check_content AS SELECT * FROM main.articles;
            \(copy);
            """)
        defer { try? connection.execute("DROP TABLE IF EXISTS temp.articles_fts_check; DROP VIEW IF EXISTS temp.articles_check_content") }
        let shadows = try connection.all("""
            SELECT substr(name, length('articles_fts_check_') + 1) FROM sqlite_temp_schema
            WHERE type = 'table' AND name LIKE 'articles\\_fts\\_check\\_%' ESCAPE '\\'
            """) { $0.string(0) }
        do {
            for name in shadows where !name.isEmpty {
                try connection.execute("""
                    DELETE FROM temp.articles_fts_check_\(name);
                    INSERT INTO temp.articles_fts_check_\(name) SELECT * FROM main.articles_fts_\(name);
                    """)
            }
            try connection.run("INSERT INTO temp.articles_fts_check (articles_fts_check, rank) VALUES ('integrity-check', 1)")
            return true
        } catch let error as SQLiteError where error.code == .corrupt || error.code == .error {
            // A missing or mis-shaped shadow table (`no such table`) is damage too.
            return false
        }
    }

    /// Articles a search for a word of their own title does not find, from a sample of up to
    /// `sample` articles spread over the archive. FTS5's integrity check passes on an index whose
    /// term lookup table (`articles_fts_idx`) was emptied, while every search finds nothing; a
    /// search for words the articles contain does not.
    func articlesNotFound(sample: Int = 24) throws -> [Int] {
        let total = try connection.scalar("SELECT count(*) FROM articles").int ?? 0
        guard total > 0 else { return [] }
        let step = max(1, total / sample)
        let titles = try connection.all("""
            SELECT id, title FROM (SELECT id, title, row_number() OVER (ORDER BY id) - 1 AS n FROM articles) WHERE n % ? = 0 LIMIT ?
            """, [step, sample]) { ($0.int(0), $0.string(1)) }
        var missing: [Int] = []
        for (id, title) in titles {
            // The longest plain word of the title, quoted: FTS5 tokenises it as it did the title.
            let words = title.split { !($0.isLetter || $0.isNumber) }.filter { $0.unicodeScalars.allSatisfy(\.isASCII) }
            guard let word = words.max(by: { $0.count < $1.count }), word.count >= 3 else { continue }
            let found = try connection.scalar(
                "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?", ["title : \"\(word)\"", id]).int ?? 0
            if found == 0 { missing.append(id) }
        }
        return missing
    }

    /// Rebuilds the whole index from the content.
    func rebuild() throws {
        try connection.run("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    }

    /// How many documents the index holds (its `docsize` rows, one per indexed article), or nil
    /// when that table cannot be read.
    func documentCount() -> Int? {
        (try? connection.scalar("SELECT count(*) FROM articles_fts_docsize"))?.int
    }

    /// Drops the index and declares it again from ``IndexDeclaration``, then fills it from the
    /// content: repairs any damage to its own tables. Run inside a write transaction.
    ///
    /// `DROP TABLE` of a virtual table needs FTS5 to open it first, which fails when its
    /// tables are damaged ("vtable constructor failed", "invalid fts5 file format"). Then its
    /// tables are dropped one by one (their pages freed as usual) and its declaration removed
    /// from the schema (a virtual table owns no pages, so none is lost).
    func recreate() throws {
        do {
            try connection.execute("DROP TABLE IF EXISTS articles_fts")
        } catch {
            let shadows = try connection.all("""
                SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN
                    ('articles_fts_data', 'articles_fts_idx', 'articles_fts_docsize', 'articles_fts_config', 'articles_fts_content')
                """) { $0.string(0) }
            // Names from the fixed list above, never from input.
            for name in shadows { try connection.execute("DROP TABLE \(name)") }
            try connection.execute("PRAGMA writable_schema = ON")
            defer { try? connection.execute("PRAGMA writable_schema = RESET") }
            try connection.run("DELETE FROM sqlite_schema WHERE type = 'table' AND name = 'articles_fts'")
        }
        for statement in IndexDeclaration.statements { try connection.execute(statement) }
        try rebuild()
    }
}
