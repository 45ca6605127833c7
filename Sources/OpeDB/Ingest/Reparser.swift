import SQLite

/// Re-runs the current parser over every stored original and rewrites the articles whose
/// extracted fields changed: how parser improvements reach an existing archive.
///
/// Each article is rewritten in its own transaction, so an interrupted run leaves every article
/// either as it was or fully re-parsed, and running it again finishes the job. Damage stops the
/// run (exit status 2): a stored original that no longer decodes to its content hash, or SQLite
/// reporting corruption — the user must run `opedb check`, not read a count of failures.
public struct Reparser {
    public struct Counts: Equatable, Sendable, Encodable {
        public var examined = 0
        public var updated = 0
        public var unchanged = 0
        public var failed = 0
    }

    let archive: Archive

    public init(archive: Archive) { self.archive = archive }

    /// `report` hears of each article updated (id, title); `failure` of each that could not be
    /// (id, error): the caller decides where each goes (the CLI: stdout and stderr).
    public func run(report: (Int, String) -> Void = { _, _ in },
                    failure: (Int, any Error) -> Void = { _, _ in }) throws -> Counts {
        let connection = archive.connection
        let repository = ArticleRepository(connection: connection)
        let parser = ArticleParser()
        var counts = Counts()
        let ids = try connection.all("SELECT id FROM articles ORDER BY id") { $0.int(0) }
        for id in ids {
            counts.examined += 1
            do {
                guard let (bytes, storedFingerprint, storedHash, path) = try connection.first("""
                    SELECT a.parse_hash, a.content_hash, a.source_path, s.source, s.encoding, a.body
                    FROM articles a JOIN article_sources s ON s.article_id = a.id WHERE a.id = ?
                    """, [id], { (try ArticleRepository.decodeSource($0, from: 3), $0.string(0), $0.string(1), $0.optionalString(2)) })
                else { continue }
                // An original that no longer matches its hash is damage, not a parse to store:
                // the run stops (re-parsing it would write the damage into the article).
                let source = try ArticleSource.read(bytes)
                guard ContentHash.of(source.text) == storedHash else {
                    throw ArchiveError.damagedArticles(path: archive.path, ids: [id])
                }
                let article = try parser.parse(source: source)
                if article.fingerprint == storedFingerprint {
                    counts.unchanged += 1
                    continue
                }
                try connection.transaction(.immediate) {
                    try repository.rewrite(id: id, with: article, source: bytes, contentHash: storedHash, sourcePath: path)
                }
                counts.updated += 1
                report(id, article.title)
            } catch let error as ArchiveError {
                throw error
            } catch let error as SQLiteError where error.code == .corrupt || error.code == .notADatabase
                || ArchiveError.isIndexDamage(error) {
                throw ArchiveError.wrap(error, path: archive.path, context: "cannot reparse \(archive.path)")
            } catch is StoredSource.DecodingError {
                throw ArchiveError.damagedArticles(path: archive.path, ids: [id])
            } catch {
                counts.failed += 1
                failure(id, error)
            }
        }
        return counts
    }
}
