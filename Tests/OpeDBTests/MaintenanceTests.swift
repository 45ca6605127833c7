import Foundation
import SQLite
import Testing
@testable import OpeDB

@Suite struct MaintenanceTests {
    @Test func checkPassesOnAHealthyArchive() throws {
        let f = try ArticleSearchTests.fixtureArchive()
        #expect(try Maintenance(archive: f.archive).check() == [])
    }

    @Test func checkFindsABrokenIndexAndOrphans() throws {
        let f = try ArticleSearchTests.fixtureArchive()
        // Text changed behind the index's back.
        try f.connection.run("UPDATE articles SET body = 'changed behind the index' WHERE id = 3")
        try f.connection.run("INSERT INTO authors (name, sort_name, key) VALUES ('Nobody Here', 'here nobody', 'nobody here')")
        let problems = try Maintenance(archive: f.archive).check()
        #expect(problems.contains { $0.hasPrefix("search index out of step with the articles") })
        #expect(problems.contains { $0.hasPrefix("orphan author") })
        #expect(problems.contains { $0.hasPrefix("author without any spelling") })
        // Every problem names its fix; optimize --rebuild-index repairs the index and removes
        // the orphan (the body changed behind its source stays reported: only a backup has it).
        #expect(problems.allSatisfy { $0.contains("(fix: ") })
        _ = try Maintenance(archive: f.archive).optimize(rebuildIndex: true)
        let after = try Maintenance(archive: f.archive).check()
        #expect(!after.contains { $0.hasPrefix("search index") || $0.hasPrefix("orphan") }, "\(after)")
    }

    @Test func checkFindsAnEmptiedTermTable() throws {
        let f = try ArticleSearchTests.fixtureArchive()
        try f.connection.run("DELETE FROM articles_fts_idx")
        let problems = try Maintenance(archive: f.archive).check()
        #expect(problems.contains { $0.hasPrefix("search index does not find articles by words of their own titles") }, "\(problems)")
        _ = try Maintenance(archive: f.archive).optimize(rebuildIndex: true)
        #expect(try Maintenance(archive: f.archive).check() == [])
    }

    @Test func statisticsCountEverything() throws {
        let f = try ArticleSearchTests.fixtureArchive()
        let stats = try Maintenance(archive: f.archive).statistics()
        #expect(stats.articles == TestSupport.textFixtureArticles.count)
        #expect(stats.authors == 43 && stats.books == 13 && stats.publications == 14)
        #expect(stats.firstPublished == "2018-06-30" && stats.lastPublished == "2024-03-03")
        #expect(stats.perYear["2019"] == 6)
        #expect(stats.perYear.values.reduce(0, +) == 33)  // four fixtures have no date
        #expect(stats.sizeBytes > 0)
    }

    @Test func reparseUpdatesWhatAParserChangeWouldChange() throws {
        let f = try ArticleSearchTests.fixtureArchive()
        // Simulate an archive written by an older parser: a different title and fingerprint,
        // kept consistent with the index the way the old version would have stored it.
        try f.connection.transaction {
            try SearchIndex(connection: f.connection).delete(id: 2)
            try f.connection.run("UPDATE articles SET title = 'Old Parser Title', parse_hash = 'old' WHERE id = 2")
            try SearchIndex(connection: f.connection).insert(id: 2)
        }
        #expect(try f.matches("title:parser").count == 1)
        let counts = try Reparser(archive: f.archive).run()
        let n = TestSupport.textFixtureArticles.count
        #expect(counts == .init(examined: n, updated: 1, unchanged: n - 1, failed: 0))
        #expect(try ArticleRepository(connection: f.connection).record(id: 2)?.title == "Why the Harbour Pilots of Klaipeda Still Matter")
        #expect(try f.matches("title:parser").isEmpty)
        #expect(try Maintenance(archive: f.archive).check() == [])
        #expect(try Reparser(archive: f.archive).run().updated == 0)
    }

    @Test func backupIsAUsableArchive() throws {
        let f = try ArticleSearchTests.fixtureArchive()
        let path = f.directory.appendingPathComponent("copy.sqlite").path
        try Maintenance(archive: f.archive).backup(to: path)
        let copy = try Archive(path: path, access: .read)
        #expect(try ArticleRepository(connection: copy.connection).count == TestSupport.textFixtureArticles.count)
    }
}

/// Export → add reproduces every field of every fixture (ids and timestamps aside).
@Suite struct ExportRoundTripTests {
    @Test func markdownRoundTripReproducesEveryFixture() throws {
        let original = try ArticleSearchTests.fixtureArchive()
        let copy = try ArchiveFixture()
        let repository = ArticleRepository(connection: original.connection)
        for id in try ArticleExporter(connection: original.connection).ids() {
            let record = try #require(try repository.record(id: id))
            try copy.add(MarkdownWriter.render(record))
        }
        let copied = ArticleRepository(connection: copy.connection)
        let ids = try ArticleExporter(connection: original.connection).ids()
        #expect(try copied.count == ids.count)
        for (a, b) in zip(ids, try ArticleExporter(connection: copy.connection).ids()) {
            let left = try #require(try repository.record(id: a))
            let right = try #require(try copied.record(id: b))
            #expect(Self.comparable(left) == Self.comparable(right), "article \(a): \(left.title)")
        }
    }

    /// The record without ids, timestamps and the source path.
    static func comparable(_ r: ArticleRecord) -> ArticleRecord {
        var r = r
        r.id = 0
        r.addedAt = ""
        r.updatedAt = ""
        r.sourcePath = nil
        r.publication?.id = 0
        r.authors = r.authors.map { var a = $0; a.id = 0; return a }
        r.books = r.books.map { var b = $0; b.id = 0; return b }
        r.related = r.related.map { .init(title: $0.title, id: $0.id == nil ? nil : 0) }
        return r
    }
}
