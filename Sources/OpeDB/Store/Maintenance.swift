#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SQLite

/// Keeping an archive healthy: statistics, checks, optimisation and backups.
public struct Maintenance {
    let archive: Archive
    var connection: Connection { archive.connection }

    public init(archive: Archive) { self.archive = archive }

    // MARK: Statistics

    public func statistics() throws -> ArchiveStatistics {
        func count(_ table: String) throws -> Int { try connection.scalar("SELECT count(*) FROM \(table)").int ?? 0 }
        var perYear: [String: Int] = [:]
        try connection.query("""
            SELECT substr(published_on, 1, 4), count(*) FROM article_facts WHERE published_on IS NOT NULL GROUP BY 1
            """) { perYear[$0.string(0)] = $0.int(1) }
        let range = try connection.first("SELECT min(published_on), max(published_on) FROM article_facts") {
            ($0.optionalString(0), $0.optionalString(1))
        }
        return ArchiveStatistics(articles: try count("articles"), authors: try count("authors"), books: try count("books"),
                                 publications: try count("publications"), sizeBytes: sizeOnDisk,
                                 firstPublished: range?.0, lastPublished: range?.1, perYear: perYear)
    }

    /// The archive file plus its WAL, in bytes.
    public var sizeOnDisk: Int {
        [archive.path, archive.path + "-wal"].reduce(0) { total, path in
            var info = stat()
            return total + (stat(path, &info) == 0 ? Int(info.st_size) : 0)
        }
    }

    // MARK: Check

    /// The command that repairs what `optimize --rebuild-index` rebuilds: the index and the
    /// tables derived from the articles.
    public static let rebuildFix = "fix: opedb optimize --rebuild-index"
    /// What repairs damage to stored data itself: nothing derived can bring it back.
    public static let restoreFix = "fix: restore a backup ('opedb backup' makes one), or 'opedb export' what can still be read"

    /// Every problem found; empty when the archive is healthy. Each names the command that
    /// repairs it, in parentheses at its end.
    public func check() throws -> [String] {
        var problems: [String] = []
        // Each check reads on: on a damaged file one that meets the damage becomes a problem
        // to report, not an error that hides the others.
        func attempt(_ what: String, _ body: () throws -> Void) throws {
            do { try body() } catch let error as SQLiteError where error.code == .corrupt || error.code == .notADatabase {
                problems.append("\(what) cannot be read: the file is damaged (\(Self.restoreFix))")
            }
        }
        // A table of the schema dropped (the `sqlite3` shell) would stop every later check with
        // SQLite's "no such table": named instead. The search index's tables are left to
        // `indexProblems`, whose fix rebuilds them.
        let missing = try missingTables()
        if !missing.isEmpty {
            return ["missing table: \(missing.joined(separator: ", ")) (\(Self.restoreFix))"]
        }
        try attempt("the file's structure") {
            let integrity = try connection.all("PRAGMA integrity_check") { $0.string(0) }
            if integrity != ["ok"] { problems += integrity.prefix(20).map { "integrity: \($0) (\(Self.restoreFix))" } }
        }
        try attempt("foreign keys") {
            var lostTags = 0
            try connection.query("PRAGMA foreign_key_check") { row in
                // A filing under a tag deleted behind opedb's back (the `sqlite3` shell) only
                // lost its tag's name: the filing is dropped by the rebuild, nothing else is lost.
                if row.string(0) == "article_tags" && row.string(2) == "tags" { lostTags += 1; return }
                problems.append("foreign key: \(row.string(0)) row \(row.optionalInt(1).map(String.init) ?? "?") refers to a missing \(row.string(2)) (\(Self.restoreFix))")
            }
            if lostTags > 0 {
                problems.append("\(Plural.phrase(lostTags, "filing")) under a tag that no longer exists (\(Self.rebuildFix))")
            }
        }
        problems += indexProblems()
        let rebuilt: [(String, String)] = [
            ("article without its search facts", "SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_facts f WHERE f.id = a.id AND f.kind = a.kind AND f.published_on IS a.published_on AND f.publication_id IS a.publication_id)"),
            ("search facts without an article", "SELECT id FROM article_facts WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = article_facts.id)"),
            ("orphan author (no article, no book)", "SELECT id FROM authors WHERE NOT EXISTS (SELECT 1 FROM article_authors WHERE author_id = authors.id) AND NOT EXISTS (SELECT 1 FROM book_authors WHERE author_id = authors.id)"),
            ("orphan book (cited by no article)", "SELECT id FROM books WHERE NOT EXISTS (SELECT 1 FROM article_books WHERE book_id = books.id)"),
            ("orphan publication", "SELECT id FROM publications p WHERE NOT EXISTS (SELECT 1 FROM articles WHERE publication_id = p.id) AND NOT EXISTS (SELECT 1 FROM article_mentions WHERE publication_id = p.id)"),
            ("user's correction not applied (fix: opedb reparse, or opedb edit again)", """
                SELECT DISTINCT a.id FROM article_edits e JOIN articles a ON a.id = e.article_id
                WHERE (e.field = 'title' AND a.title IS NOT e.value) OR (e.field = 'subtitle' AND a.subtitle IS NOT e.value)
                   OR (e.field = 'kind' AND a.kind IS NOT e.value) OR (e.field = 'published_on' AND a.published_on IS NOT e.value)
                   OR (e.field = 'authors' AND coalesce((SELECT group_concat(byline_name, char(31)) FROM
                        (SELECT byline_name FROM article_authors WHERE article_id = a.id ORDER BY position)), '') IS NOT coalesce(e.value, ''))
                """),
            ("tag no article carries", "SELECT id FROM tags WHERE NOT EXISTS (SELECT 1 FROM article_tags WHERE tag_id = tags.id)"),
        ]
        let stored: [(String, String, String)] = [
            ("article with a byline but no author", "SELECT id FROM articles WHERE has_byline = 1 AND NOT EXISTS (SELECT 1 FROM article_authors WHERE article_id = articles.id)",
             "fix: 'opedb remove ID' and add the article's file again, or restore a backup"),
            ("author without any spelling", "SELECT id FROM authors WHERE NOT EXISTS (SELECT 1 FROM author_aliases WHERE author_id = authors.id)",
             "fix: 'opedb authors rename ID NAME' gives it one"),
        ]
        try attempt("original sources") {
            let damaged = try ArticleRepository(connection: connection).articlesWithDamagedOriginals()
            if !damaged.isEmpty {
                problems.append("original source missing or no longer matching its article: \(Self.list(damaged)) (fix: restore these articles from a backup, or 'opedb remove ID' and add their files again)")
            }
        }
        for (label, sql, fix) in rebuilt.map({ ($0.0, $0.1, Self.rebuildFix) }) + stored {
            try attempt(label) {
                let ids = try connection.all(sql) { $0.int(0) }
                if !ids.isEmpty { problems.append("\(label): \(Self.list(ids)) (\(fix))") }
            }
        }
        return problems
    }

    /// The tables the migrations declare (read from a fresh schema in memory) that the archive
    /// lacks, by name; the search index's own tables excepted.
    private func missingTables() throws -> [String] {
        let fresh = try Connection(path: ":memory:")
        try Migrator.migrate(fresh)
        let tables = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%'"
        let present: Set<String>
        do {
            present = Set(try connection.all(tables) { $0.string(0) })
        } catch let error as SQLiteError where error.code == .corrupt || error.code == .notADatabase {
            return []  // the checks below report the damage
        }
        return try fresh.all(tables) { $0.string(0) }.filter { !present.contains($0) }.sorted()
    }

    /// `3 (ids 4, 9, 12)`, at most ten ids.
    static func list(_ ids: [Int]) -> String {
        "\(ids.count) (ids \(ids.prefix(10).map(String.init).joined(separator: ", "))\(ids.count > 10 ? ", …" : ""))"
    }

    /// The search index against the articles: FTS5's own comparison (on a copy), the number of
    /// documents it holds, and a sample of searches for words of the articles' own titles — the
    /// integrity check passes on an index whose term table was emptied, the searches do not.
    /// SQLite's messages stay out: the user reads what is wrong and what repairs it.
    private func indexProblems() -> [String] {
        guard (try? SearchIndex(connection: connection).verify()) == true else {
            return ["search index out of step with the articles, or damaged (\(Self.rebuildFix))"]
        }
        return searchableIndexProblems()
    }

    /// The checks of ``indexProblems()`` that only read a little: the number of documents and a
    /// sample of searches, not FTS5's comparison of the whole index (which copies it).
    private func searchableIndexProblems() -> [String] {
        let index = SearchIndex(connection: connection)
        let articles = (try? connection.scalar("SELECT count(*) FROM articles").int) ?? 0
        if let documents = index.documentCount(), documents != articles {
            return ["search index holds \(Plural.phrase(documents, "document")) for \(Plural.phrase(articles, "article")) (\(Self.rebuildFix))"]
        }
        guard let missing = try? index.articlesNotFound() else {
            return ["search index cannot be searched (\(Self.rebuildFix))"]
        }
        if !missing.isEmpty {
            return ["search index does not find articles by words of their own titles: \(Self.list(missing)) (\(Self.rebuildFix))"]
        }
        return []
    }

    // MARK: Optimize and back up

    /// Merges the index's segments, refreshes the planner's statistics and compacts the file.
    /// Returns the size before and after.
    ///
    /// `rebuildIndex` first repairs everything derived from the articles: the index is dropped
    /// and declared again (``SearchIndex/recreate()``, whatever the damage to its tables), the
    /// search facts are copied again from the articles, and authors, books and publications
    /// nothing refers to any more are removed, as are filings under tags that no longer exist.
    ///
    /// Each step's changes pass through the WAL; it is checkpointed and truncated after each
    /// (`wal_checkpoint(TRUNCATE)`) so that, while others write, the WAL does not pile up the
    /// index's size and then the whole archive's (VACUUM) before anything is copied back.
    ///
    /// Without `rebuildIndex`, an index that cannot serve searches (a lookup table dropped or
    /// emptied, documents missing) stops it with the command that repairs it: merging the
    /// segments of such an index succeeds and would report a healthy-looking archive.
    public func optimize(rebuildIndex: Bool = false) throws -> (before: Int, after: Int) {
        let before = sizeOnDisk
        if !rebuildIndex && !searchableIndexProblems().isEmpty {
            throw ArchiveError.indexDamaged(path: archive.path)
        }
        do {
            try connection.transaction(.immediate) {
                if rebuildIndex {
                    try SearchIndex(connection: connection).recreate()
                    try rebuildDerivedTables()
                }
                try connection.run("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')")
            }
        } catch let error as SQLiteError {
            throw ArchiveError.wrap(error, path: archive.path, context: "cannot optimize \(archive.path)")
        }
        archive.checkpointAndTruncate()
        try connection.execute("ANALYZE")
        try connection.execute("VACUUM")
        archive.checkpointAndTruncate()
        return (before, sizeOnDisk)
    }

    /// The tables kept beside the articles, made again from them.
    private func rebuildDerivedTables() throws {
        try connection.execute("""
            DELETE FROM article_tags WHERE NOT EXISTS (SELECT 1 FROM tags WHERE id = article_tags.tag_id);
            DELETE FROM article_facts;
            INSERT INTO article_facts (id, published_on, publication_id, kind) SELECT id, published_on, publication_id, kind FROM articles;
            DELETE FROM books WHERE NOT EXISTS (SELECT 1 FROM article_books WHERE book_id = books.id);
            DELETE FROM publications WHERE NOT EXISTS (SELECT 1 FROM articles WHERE publication_id = publications.id)
                AND NOT EXISTS (SELECT 1 FROM article_mentions WHERE publication_id = publications.id);
            """)
        // One at a time, so that an author the user renamed or merged leaves its spellings behind.
        let unreferenced = try connection.all("""
            SELECT id FROM authors WHERE NOT EXISTS (SELECT 1 FROM article_authors WHERE author_id = authors.id)
                AND NOT EXISTS (SELECT 1 FROM book_authors WHERE author_id = authors.id)
            """) { $0.int(0) }
        _ = try AuthorRepository(connection: connection).deleteUnreferenced(unreferenced)
    }

    /// A consistent copy of the live archive (`VACUUM INTO`), safe while others write.
    /// Written under a temporary name beside `path` and renamed into place when complete, so a
    /// failed or killed backup leaves nothing at `path`; never over the archive itself.
    public func backup(to path: String, replacing: Bool = false) throws {
        try AtomicFile.checkTarget(path, replacing: replacing, archive: archive.path)
        let temporary = AtomicFile.temporaryName(for: path)
        let slot = InterruptCleanup.register(temporary)
        defer { InterruptCleanup.unregister(slot) }
        do {
            try connection.run("VACUUM INTO ?", [temporary])
            let fd = open(temporary, O_RDONLY | O_CLOEXEC)
            if fd >= 0 { fsync(fd); close(fd) }
            try AtomicFile.place(temporary, at: path)
        } catch {
            unlink(temporary)
            unlink(temporary + "-journal")
            // SQLite names the temporary file; the user named `path`.
            if let error = error as? SQLiteError, error.code == .cantOpen || error.code == .ioError
                || error.code == .full || error.code == .readOnly || error.code == .permission {
                throw OutputError.cannotWrite(path: path, reason: error.code == .full ? "the disk is full" : "cannot create a file in \(AtomicFile.split(path).folder ?? ".")")
            }
            throw error
        }
    }
}
