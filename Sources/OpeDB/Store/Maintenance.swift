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

    /// Every problem found; empty when the archive is healthy.
    public func check() throws -> [String] {
        var problems: [String] = []
        let integrity = try connection.all("PRAGMA integrity_check") { $0.string(0) }
        if integrity != ["ok"] { problems += integrity.prefix(20).map { "integrity: \($0)" } }
        try connection.query("PRAGMA foreign_key_check") { row in
            problems.append("foreign key: \(row.string(0)) row \(row.optionalInt(1).map(String.init) ?? "?") refers to a missing \(row.string(2))")
        }
        let index = SearchIndex(connection: connection)
        if try !index.verify() {
            problems.append("search index out of step with the articles (fix: opedb optimize --rebuild-index)")
        } else {
            do {
                let missing = try index.articlesNotFound()
                if !missing.isEmpty {
                    problems.append("search index does not find articles by their own titles (ids \(missing.prefix(10).map(String.init).joined(separator: ", "))) (fix: opedb optimize --rebuild-index)")
                }
            } catch let error as SQLiteError {
                problems.append("search index cannot be searched: \(error.message) (fix: opedb optimize --rebuild-index)")
            }
        }
        let invariants: [(String, String)] = [
            ("article with a byline but no author", "SELECT id FROM articles WHERE has_byline = 1 AND NOT EXISTS (SELECT 1 FROM article_authors WHERE article_id = articles.id)"),
            ("article without its original source", "SELECT id FROM articles WHERE NOT EXISTS (SELECT 1 FROM article_sources WHERE article_id = articles.id)"),
            ("article without its search facts", "SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_facts f WHERE f.id = a.id AND f.kind = a.kind AND f.published_on IS a.published_on AND f.publication_id IS a.publication_id)"),
            ("search facts without an article", "SELECT id FROM article_facts WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = article_facts.id)"),
            ("orphan author (no article, no book)", "SELECT id FROM authors WHERE NOT EXISTS (SELECT 1 FROM article_authors WHERE author_id = authors.id) AND NOT EXISTS (SELECT 1 FROM book_authors WHERE author_id = authors.id)"),
            ("author without any spelling", "SELECT id FROM authors WHERE NOT EXISTS (SELECT 1 FROM author_aliases WHERE author_id = authors.id)"),
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
        problems += try sourcesThatDoNotDecode()
        for (label, sql) in invariants {
            let ids = try connection.all(sql) { $0.int(0) }
            if !ids.isEmpty {
                problems.append("\(label): \(ids.count) (ids \(ids.prefix(10).map(String.init).joined(separator: ", "))\(ids.count > 10 ? ", …" : ""))")
            }
        }
        return problems
    }

    /// Every stored original must decode (a deflated one with its article's stored body) to
    /// the text its content hash was taken of.
    private func sourcesThatDoNotDecode() throws -> [String] {
        var bad: [Int] = []
        try connection.query("""
            SELECT a.id, a.content_hash, s.source, s.encoding, a.body
            FROM articles a JOIN article_sources s ON s.article_id = a.id
            """) { row in
            let id = row.int(0)
            guard let bytes = try? ArticleRepository.decodeSource(row, from: 2),
                  let decoded = try? ArticleSource.read(bytes),
                  ContentHash.of(decoded.text) == row.string(1) else {
                bad.append(id)
                return
            }
        }
        guard !bad.isEmpty else { return [] }
        return ["original source that no longer decodes to its article: \(bad.count) (ids \(bad.prefix(10).map(String.init).joined(separator: ", "))\(bad.count > 10 ? ", …" : ""))"]
    }

    // MARK: Optimize and back up

    /// Merges the index's segments, refreshes the planner's statistics and compacts the file.
    /// Returns the size before and after.
    public func optimize(rebuildIndex: Bool = false) throws -> (before: Int, after: Int) {
        let before = sizeOnDisk
        try connection.transaction(.immediate) {
            if rebuildIndex { try SearchIndex(connection: connection).rebuild() }
            try connection.run("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')")
        }
        try connection.execute("ANALYZE")
        try connection.execute("VACUUM")
        try connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return (before, sizeOnDisk)
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
