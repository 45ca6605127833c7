import Foundation
import Migrations
import SQLite
import Testing
@testable import OpeDB

/// Migration 4 declares the index as `content="articles"` (the spelling Datasette and
/// sqlite-utils recognise) and changes nothing else: settings, content and search results.
@Suite struct SearchIndexMigrationTests {
    static let queries = ["harbour", "harbour pilots", "\"harbour pilots\"", "lightho*", "title:harbour", "notes:Gdansk",
                          "authors:novak", "moscow NOT harbour", "(moscow OR baltic) keepers", "the", "Novák"]

    func results(_ connection: Connection) throws -> [[SearchHit]] {
        try Self.queries.map { query in
            var options = SearchOptions()
            options.text = query
            options.limit = 100
            return try ArticleSearch(connection: connection).run(options).hits
        }
    }

    func declaration(_ connection: Connection) throws -> String {
        try connection.scalar("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").string ?? ""
    }

    @Test func version3IndexIsDeclaredAgainAndSearchesTheSame() throws {
        let f = try ArticleSearchTests.fixtureArchive()
        let path = f.directory.appendingPathComponent("t.sqlite").path
        #expect(try declaration(f.connection).contains("content=\"articles\""))
        let latest = try results(f.connection)

        // Back to version 3: the index as 0001 declared it, with 0002's settings, rebuilt.
        try f.connection.execute("""
            DROP TABLE retired_spellings; DROP TABLE curated_authors;
            DROP TABLE article_tags; DROP TABLE tags; DROP TABLE article_edits;
            DROP TABLE articles_fts;
            CREATE VIRTUAL TABLE articles_fts USING fts5(
                title, subtitle, body, authors, notes,
                content = 'articles', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');
            \(EmbeddedMigrations.all[1].sql)
            INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
            PRAGMA user_version = 3;
            """)
        #expect(!(try declaration(f.connection).contains("content=\"articles\"")))
        let version3 = try results(f.connection)
        #expect(version3 == latest)

        let migrated = try Archive(path: path, access: .write)
        #expect(migrated.migration?.from == 3 && migrated.migration?.to == Archive.schemaVersion)
        let sql = try declaration(migrated.connection)
        #expect(sql.contains("content=\"articles\""))
        for kept in ["title, subtitle, body, authors, notes", "content_rowid=\"id\"", "tokenize = 'porter unicode61 remove_diacritics 2'"] {
            #expect(sql.contains(kept), "\(kept)")
        }
        #expect(try migrated.connection.scalar("SELECT v FROM articles_fts_config WHERE k = 'hashsize'").int == 8_388_608)
        #expect(try migrated.connection.scalar("SELECT v FROM articles_fts_config WHERE k = 'automerge'").int == 8)
        #expect(try results(migrated.connection) == version3)
        #expect(try Maintenance(archive: migrated).check() == [])
    }
}
