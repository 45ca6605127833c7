import Foundation
import OpeDB
@testable import OpedbWeb
import Testing

/// The generation moves when another process writes, and only then; a request that is the
/// first on its connection to see the write is told so (it must not use the cache).
@Suite struct ArchivePoolTests {
    @Test func theGenerationMovesOnAWriteByAnotherProcess() throws {
        let fixture = try WebFixture()
        defer { fixture.cleanUp() }
        let pool = try ArchivePool(path: fixture.database)
        let start = pool.generation
        let start0 = try pool.withArchive { try Maintenance(archive: $0).statistics().articles }
        #expect(try pool.withSnapshot { _, generation in generation } == start)
        #expect(try pool.withSnapshot { _, generation in generation } == start)
        #expect(pool.generation == start)

        try fixture.addArticle(title: "Generation Test", body: "A word about ferries.")
        // The first request on the connection sees the write: no generation for it.
        #expect(try pool.withSnapshot { _, generation in generation } == nil)
        let after = pool.generation
        #expect(after > start)
        #expect(try pool.withSnapshot { _, generation in generation } == after)
        #expect(try pool.withSnapshot { archive, _ in try Maintenance(archive: archive).statistics().articles } == start0 + 1)
    }

    @Test func everyStatementOfARequestReadsOneSnapshot() throws {
        let fixture = try WebFixture()
        defer { fixture.cleanUp() }
        let pool = try ArchivePool(path: fixture.database)
        let (before, during) = try pool.withSnapshot { archive, _ in
            let before = try Maintenance(archive: archive).statistics().articles
            try fixture.addArticle(title: "Mid-request", body: "Written while a request reads.")
            let during = try Maintenance(archive: archive).statistics().articles
            return (before, during)
        }
        #expect(before == during)
        #expect(try pool.withArchive { try Maintenance(archive: $0).statistics().articles } == before + 1)
    }
}
