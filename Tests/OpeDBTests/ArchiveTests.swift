import Foundation
import Migrations
import SQLite
import Testing
@testable import OpeDB

@Suite struct ArchiveTests {
    @Test func freshArchiveReachesTheLatestVersion() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("a.sqlite").path
        let archive = try Archive(path: path, access: .create)
        #expect(archive.migration?.from == 0)
        #expect(archive.migration?.to == Archive.schemaVersion)
        #expect(try archive.connection.scalar("PRAGMA user_version").int == Archive.schemaVersion)
        #expect(try archive.connection.scalar("PRAGMA application_id").int == Int(Archive.applicationID))
        #expect(try archive.connection.scalar("PRAGMA journal_mode").string == "wal")
        #expect(try archive.connection.scalar("PRAGMA foreign_keys").int == 1)
        let again = try Archive(path: path, access: .create)
        #expect(again.migration == nil)  // re-running is a no-op
    }

    /// An archive made at version 1 (sources raw, default index buffer) is migrated by the next
    /// writer and keeps everything: its raw source still reads back and `check` passes.
    @Test func version1ArchivesMigrateAndKeepTheirSources() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("v1.sqlite").path
        let source = "# Kept\n\nText of the kept article.\n"
        do {
            let old = try Connection(path: path)
            try old.execute(EmbeddedMigrations.all[0].sql)
            try old.execute("PRAGMA user_version = 1")
            try old.run("INSERT INTO articles (id, title, title_key, body, content_hash) VALUES (1, 'Kept', 'kept', 'Text of the kept article.', ?)",
                        [ContentHash.of(source)])
            try old.run("INSERT INTO article_sources (article_id, source) VALUES (1, ?)", [Array(source.utf8)])
            try old.run("INSERT INTO article_facts (id, kind) VALUES (1, 'news')")
            try old.run("INSERT INTO articles_fts (rowid, title, body) VALUES (1, 'Kept', 'Text of the kept article.')")
        }
        let archive = try Archive(path: path, access: .write)
        #expect(archive.migration?.from == 1 && archive.migration?.to == Archive.schemaVersion)
        #expect(try archive.connection.scalar("SELECT v FROM articles_fts_config WHERE k = 'hashsize'").int == 8_388_608)
        #expect(try archive.connection.scalar("SELECT v FROM articles_fts_config WHERE k = 'automerge'").int == 8)
        #expect(try archive.connection.scalar("SELECT encoding FROM article_sources").string == "raw")
        #expect(try ArticleRepository(connection: archive.connection).source(id: 1) == Array(source.utf8))
        #expect(try Maintenance(archive: archive).check() == [])
    }

    @Test func everyMigrationFileIsEmbedded() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestSupport.packageRoot.appendingPathComponent("Migrations").path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        #expect(EmbeddedMigrations.all.map(\.name) == files)
        #expect(EmbeddedMigrations.all.map(\.version) == Array(1...files.count))
        for migration in EmbeddedMigrations.all { #expect(!migration.sql.isEmpty) }
    }

    @Test func newerVersionIsRefused() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("a.sqlite").path
        do {
            let archive = try Archive(path: path, access: .create)
            try archive.connection.execute("PRAGMA user_version = 99")
        }
        for access in [Archive.Access.read, .write, .create] {
            #expect(throws: ArchiveError.newerVersion(path: path, found: 99, supported: Archive.schemaVersion)) {
                try Archive(path: path, access: access)
            }
        }
    }

    @Test func nonDatabaseFileIsRefusedAndUntouched() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("notes.txt").path
        let content = Data(String(repeating: "not a database\n", count: 20).utf8)
        try content.write(to: URL(fileURLWithPath: path))
        for access in [Archive.Access.read, .write, .create] {
            #expect(throws: ArchiveError.notADatabase(path: path)) { try Archive(path: path, access: access) }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func foreignSQLiteDatabaseIsRefusedAndUntouched() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("other.db").path
        do {
            let db = try Connection(path: path)
            try db.execute("CREATE TABLE notes (x); INSERT INTO notes VALUES (1);")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for access in [Archive.Access.read, .write, .create] {
            #expect(throws: ArchiveError.notAnArchive(path: path)) { try Archive(path: path, access: access) }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func missingArchiveIsNotCreatedByOtherCommands() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("none.sqlite").path
        #expect(throws: ArchiveError.missing(path: path)) { try Archive(path: path, access: .read) }
        #expect(throws: ArchiveError.missing(path: path)) { try Archive(path: path, access: .write) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func olderArchiveIsMigratedByWritersAndRefusedByReaders() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("a.sqlite").path
        // An empty file is an archive of version 0 only for init.
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        #expect(throws: ArchiveError.uninitialised(path: path)) { try Archive(path: path, access: .read) }
        let created = try Archive(path: path, access: .create)
        #expect(created.migration?.to == Archive.schemaVersion)
    }
}
