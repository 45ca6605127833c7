import Foundation
import SQLite
import Testing
@testable import OpeDB

/// `opedb_rank` must give exactly bm25's top k: the same ids in the same order with
/// bit-identical scores, whatever the query and the page.
@Suite struct RankingTests {
    static let vocabulary: [String] = {
        let syllables = ["ka", "lo", "mi", "ran", "tov", "vel", "sor", "en", "dal", "ri", "nov", "ste"]
        var words: [String] = []
        for a in syllables { for b in syllables { words.append(a + b) } }
        return words  // 144 words, drawn with Zipf weights below
    }()

    static func archive() throws -> ArchiveFixture {
        let f = try ArchiveFixture()
        var rng = SplitMix(seed: 42)
        let weights = (0..<vocabulary.count).map { 1.0 / Double($0 + 1) }
        let total = weights.reduce(0, +)
        func word() -> String {
            var x = Double(rng.next() % 1_000_000) / 1_000_000 * total
            for (i, w) in weights.enumerated() { x -= w; if x <= 0 { return vocabulary[i] } }
            return vocabulary.last!
        }
        try f.connection.transaction {
            for i in 0..<1_200 {
                let title = (0..<(2 + Int(rng.next() % 5))).map { _ in word() }.joined(separator: " ")
                let body = (0..<(3 + Int(rng.next() % 4))).map { _ in
                    (0..<(5 + Int(rng.next() % 60))).map { _ in word() }.joined(separator: " ") + "."
                }.joined(separator: "\n\n")
                let text = "# \(title) \(i)\n\nBy \(["Ann Alder", "Ben Birch", "Cleo Cedar"][i % 3])\n\n\(body)"
                let article = try ArticleParser().parse(text: text)
                _ = try f.repository.save(article, source: Array(text.utf8), contentHash: ContentHash.of(text), sourcePath: nil)
            }
        }
        return f
    }

    static func queries() -> [String] {
        let v = vocabulary
        var qs: [String] = []
        for i in stride(from: 0, to: v.count, by: 3) { qs.append(v[i]) }                       // every frequency
        for i in 0..<30 { qs.append("\(v[i]) \(v[(i * 7 + 3) % v.count])") }                  // AND
        for i in 0..<30 { qs.append("\(v[i]) OR \(v[(i * 5 + 11) % v.count])") }              // OR
        for i in 0..<20 { qs.append("\(v[i]) NOT \(v[(i + 1) % 10])") }                         // NOT
        for i in 0..<20 { qs.append("\"\(v[i]) \(v[i + 1])\"") }                               // phrases
        for i in 0..<12 { qs.append(String(v[i * 12].prefix(3)) + "*") }                       // prefixes
        for i in 0..<20 { qs.append("title:\(v[i * 3])") }                                      // columns
        for i in 0..<10 { qs.append("authors:birch \(v[i])") }
        return qs
    }

    @Test func sameOrderAndScoresAsBM25() throws {
        let f = try Self.archive()
        let weights = ArticleSearch.weights.map { String($0) }.joined(separator: ", ")
        var compared = 0
        for text in Self.queries() {
            let expression = try SearchQuery(text).expression
            for (limit, offset) in [(10, 0), (10, 10), (25, 40), (1, 0), (100, 0)] {
                let custom = try f.connection.all("""
                    SELECT rowid, opedb_rank(articles_fts, ?, \(weights)) AS s FROM articles_fts
                    WHERE articles_fts MATCH ? ORDER BY s, rowid LIMIT ? OFFSET ?
                    """, [limit + offset, expression, limit, offset]) { ($0.int(0), $0.double(1)) }
                let reference = try f.connection.all("""
                    SELECT rowid, bm25(articles_fts, \(weights)) AS s FROM articles_fts
                    WHERE articles_fts MATCH ? ORDER BY s, rowid LIMIT ? OFFSET ?
                    """, [expression, limit, offset]) { ($0.int(0), $0.double(1)) }
                #expect(custom.map(\.0) == reference.map(\.0), "\(text) limit \(limit) offset \(offset)")
                #expect(custom.map { $0.1.bitPattern } == reference.map { $0.1.bitPattern }, "\(text)")
                compared += 1
            }
        }
        #expect(compared >= 500)
    }

    /// k is read as 64 bits (4294967297 once became 1, and rows got the worst score), and a k
    /// too large to keep turns pruning off: bm25's exact value for every row, never an allocation
    /// sized by the caller's number.
    @Test func hugeKIsExactWithoutAllocatingIt() throws {
        let f = try Self.archive()
        let weights = ArticleSearch.weights.map { String($0) }.joined(separator: ", ")
        for text in Self.queries().prefix(40) {
            let expression = try SearchQuery(text).expression
            let reference = try f.connection.all("""
                SELECT rowid, bm25(articles_fts, \(weights)) AS s FROM articles_fts
                WHERE articles_fts MATCH ? ORDER BY s, rowid LIMIT 10
                """, [expression]) { ($0.int(0), $0.double(1)) }
            for k in [4_294_967_297, 2_147_483_647, Int.max, 1_048_577] {
                let custom = try f.connection.all("""
                    SELECT rowid, opedb_rank(articles_fts, ?, \(weights)) AS s FROM articles_fts
                    WHERE articles_fts MATCH ? ORDER BY s, rowid LIMIT 10
                    """, [k, expression]) { ($0.int(0), $0.double(1)) }
                #expect(custom.map(\.0) == reference.map(\.0), "\(text) k \(k)")
                #expect(custom.map { $0.1.bitPattern } == reference.map { $0.1.bitPattern }, "\(text) k \(k)")
            }
        }
    }
}
