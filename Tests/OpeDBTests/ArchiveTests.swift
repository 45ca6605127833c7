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

    /// Version 2 only tunes the index: an archive made at version 1 is migrated by the next
    /// writer, and keeps its articles.
    @Test func version1ArchivesGainTheIndexBufferSetting() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("a.sqlite").path
        do {
            let archive = try Archive(path: path, access: .create)
            _ = try archive.connection.transaction(.immediate) {
                try ArticleRepository(connection: archive.connection).save(ParsedArticle(title: "Kept", body: "Text"),
                                                                           source: Array("# Kept".utf8), contentHash: "h", sourcePath: nil)
            }
            try archive.connection.execute("DELETE FROM articles_fts_config WHERE k = 'hashsize'; PRAGMA user_version = 1")
        }
        let reopened = try Archive(path: path, access: .write)
        #expect(reopened.migration?.from == 1)
        #expect(try reopened.connection.scalar("SELECT v FROM articles_fts_config WHERE k = 'hashsize'").int == 8_388_608)
        #expect(try reopened.connection.scalar("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'kept'").int == 1)
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
