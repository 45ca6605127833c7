import Foundation
import Migrations
import SQLite
import Testing
@testable import OpeDB

/// Migration 5 adds the curation tables to an archive made by version 4 and changes nothing
/// stored: every row of every table reads the same after it, and the archive checks clean.
@Suite struct CurationMigrationTests {
    /// Every row of every table but the index's own, as text, in a fixed order.
    static func dump(_ connection: Connection) throws -> [String: [String]] {
        let tables = try connection.all("""
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%'
            """) { $0.string(0) }
        var rows: [String: [String]] = [:]
        for table in tables {
            // Table names come from sqlite_master above.
            rows[table] = try connection.all("SELECT * FROM \(table)") { row in
                (0..<row.columnCount).map { "\(row.value($0))" }.joined(separator: "|")
            }.sorted()
        }
        return rows
    }

    @Test func version4ArchivesMigrateWithoutLoss() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("v4.sqlite").path
        let before: [String: [String]]
        do {
            let old = try Connection(path: path)
            for migration in EmbeddedMigrations.all where migration.version <= 4 { try old.execute(migration.sql) }
            try old.execute("PRAGMA user_version = 4")
            // Today's repository code saves the articles, and it looks up retired spellings (version
            // 6), which a version-4 archive lacks: a temporary table stands in while `old` is open.
            try old.execute("CREATE TEMP TABLE retired_spellings (key TEXT PRIMARY KEY, name TEXT, author TEXT, identity INTEGER, position INTEGER)")
            let repository = ArticleRepository(connection: old)
            for url in TestSupport.textFixtureArticles.prefix(12) {
                let bytes = try TestSupport.bytes(url)
                let decoded = try ArticleSource.read(bytes)
                try old.transaction {
                    _ = try repository.save(try ArticleParser().parse(source: decoded), source: bytes,
                                            contentHash: ContentHash.of(decoded.text), sourcePath: url.lastPathComponent)
                }
            }
            before = try Self.dump(old)
            #expect(before["articles"]?.count == 12)
            #expect(before["tags"] == nil)
        }
        let archive = try Archive(path: path, access: .write)
        #expect(archive.migration?.from == 4 && archive.migration?.to == Archive.schemaVersion)
        var after = try Self.dump(archive.connection)
        for table in ["article_edits", "tags", "article_tags", "curated_authors", "retired_spellings"] { #expect(after.removeValue(forKey: table) == []) }
        #expect(after == before)
        #expect(try Maintenance(archive: archive).check() == [])

        // And the new tables work on the old articles.
        let id = try #require(try archive.connection.first("SELECT min(id) FROM articles") { $0.int(0) })
        try ArticleEditor(archive: archive).edit(id: id, setting: try ArticleEditor.validated(kind: "analysis"))
        try archive.connection.transaction { _ = try TagRepository(connection: archive.connection).add(try TagName("ports"), to: id) }
        let record = try #require(try ArticleRepository(connection: archive.connection).record(id: id))
        #expect(record.kind == "analysis" && record.edited == ["kind"] && record.tags == ["ports"])
        #expect(try Maintenance(archive: archive).check() == [])
    }
}
