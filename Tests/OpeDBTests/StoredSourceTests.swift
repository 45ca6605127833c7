import Foundation
import SQLite
import Testing
@testable import OpeDB

@Suite struct StoredSourceTests {
    @Test func sourcesDeflateAgainstTheirBodyAndComeBackByteForByte() throws {
        for url in TestSupport.fixtureArticles {
            let bytes = try TestSupport.bytes(url)
            let article = try TestSupport.parse(try SourceDecoder.decode(bytes).text)
            let stored = StoredSource.encode(bytes, dictionary: StoredSource.dictionary(for: article))
            #expect(try stored.decode(dictionary: StoredSource.dictionary(for: article)) == bytes, "\(url.lastPathComponent)")
            if bytes.count > 2_000 {
                #expect(stored.encoding == .deflateText)
                #expect(stored.bytes.count * 3 < bytes.count, "\(url.lastPathComponent): \(stored.bytes.count) of \(bytes.count)")
            }
        }
    }

    @Test func aWrongBodyIsRefusedNotDecodedToGarbage() throws {
        let body = String(repeating: "The harbour pilots of Klaipeda still matter. ", count: 40)
        let source = Array(("# Title\n\n" + body + "\n\nOriginal url: https://example.test/a\n").utf8)
        let stored = StoredSource.encode(source, dictionary: StoredSource.dictionary(body: body))
        #expect(stored.encoding == .deflateText)
        #expect(throws: StoredSource.DecodingError.damaged) {
            try stored.decode(dictionary: StoredSource.dictionary(body: body + "edited"))
        }
        var truncated = stored
        truncated.bytes.removeLast(3)
        #expect(throws: StoredSource.DecodingError.damaged) {
            try truncated.decode(dictionary: StoredSource.dictionary(body: body))
        }
    }

    @Test func tinyOrIncompressibleSourcesStayRaw() throws {
        let tiny = Array("# A\n".utf8)
        #expect(StoredSource.encode(tiny, dictionary: []) == StoredSource(bytes: tiny, encoding: .raw))
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<4_096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(StoredSource.encode(noise, dictionary: []).encoding == .raw)
        #expect(throws: StoredSource.DecodingError.unknownEncoding("lz4")) { try StoredSource.encoding(named: "lz4") }
    }

    @Test func theArchiveStoresDeflatedSourcesAndShowsThemVerbatim() throws {
        let f = try ArticleSearchTests.fixtureArchive()
        let deflated = try f.connection.scalar("SELECT count(*) FROM article_sources WHERE encoding = 'deflate-text'").int ?? 0
        #expect(deflated >= 20)
        let repository = ArticleRepository(connection: f.connection)
        for id in 1...28 {
            let source = try #require(try repository.source(id: id))
            let decoded = try SourceDecoder.decode(source)
            #expect(try f.connection.scalar("SELECT content_hash FROM articles WHERE id = ?", [id]).string == ContentHash.of(decoded.text))
        }
    }

    /// The coupling the encoding brings, guarded: a body changed without its source is reported.
    @Test func checkReportsASourceThatNoLongerDecodes() throws {
        let f = try ArticleSearchTests.fixtureArchive()
        try f.connection.transaction {
            try SearchIndex(connection: f.connection).delete(id: 4)
            try f.connection.run("UPDATE articles SET body = body || ' edited' WHERE id = 4")
            try SearchIndex(connection: f.connection).insert(id: 4)
        }
        let problems = try Maintenance(archive: f.archive).check()
        #expect(problems == ["original source missing or no longer matching its article: 1 (ids 4) (fix: restore these articles from a backup, or 'opedb remove ID' and add their files again)"])
        #expect(throws: StoredSource.DecodingError.damaged) { try ArticleRepository(connection: f.connection).source(id: 4) }
    }
}
