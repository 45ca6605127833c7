import Foundation
import SQLite
import Testing
@testable import OpeDB

/// Inputs built to hurt: huge, degenerate or random. The parser must accept them in linear
/// time (these are behaviour tests; the times are in the reliability notes), never trap, and
/// whatever it accepts must store and read back.
@Suite struct HostileInputTests {
    /// Each input by name: the test's arguments are printed, and these texts run to megabytes.
    enum Hostile: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case fiveMBArticle, oneMBLine, tinyParagraphs, brokenParagraphs, stars, brackets, deepNesting, noteParagraphs,
             parenthesesWithoutEnd

        var testDescription: String { rawValue }

        var text: String {
            switch self {
            case .fiveMBArticle:
                return "# Big\n\nBy Jane Doe\n\n" + String(repeating: String(repeating: "Lorem ipsum dolor sit amet. ", count: 25) + "\n\n", count: 7_500)
            case .oneMBLine: return "# Long\n\n" + String(repeating: "word ", count: 200_000)
            case .tinyParagraphs: return "# Tiny\n\n" + (0..<100_000).map { "p\($0)." }.joined(separator: "\n\n")
            case .brokenParagraphs:
                return "# Broken\n\n" + Array(repeating: "and so it goes on", count: 100_000).joined(separator: "\n\n")
            case .stars: return "# Stars\n\n" + String(repeating: "*", count: 50_000)
            case .brackets: return "# Brackets\n\n" + String(repeating: "[", count: 50_000)
            case .deepNesting: return "# Nested\n\n" + String(repeating: "[", count: 20_000) + "x" + String(repeating: "](#)", count: 20_000)
            case .noteParagraphs:
                return "# Notes\n\nBy Ann Bee\n\nBody.\n\n" + (0..<20_000).map { "*She wrote T\($0) (P, 2011).*" }.joined(separator: "\n\n")
            case .parenthesesWithoutEnd:
                return "# P\n\nBody.\n\n*Ann Bee is the author of " + String(repeating: "(", count: 50_000) + "*"
            }
        }
    }

    @Test(arguments: Hostile.allCases)
    func acceptsDegenerateInput(_ input: Hostile) throws {
        let article = try ArticleParser().parse(text: input.text)
        #expect(!article.title.isEmpty, "\(input.rawValue)")
    }

    /// Linear time, shown by growth rather than by a clock limit: four times the input may cost
    /// at most ten times the CPU of this thread (quadratic work would cost sixteen), whatever
    /// else the machine is doing.
    enum Degenerate: String, CaseIterable, Sendable {
        case brokenParagraphs, listItems, noteParagraphs, linkLines, rawTags, starRun, bylineStarRun

        func text(_ n: Int) -> String {
            switch self {
            case .brokenParagraphs:
                return "# B\n\n" + Array(repeating: "and so it goes on", count: n).joined(separator: "\n\n")
            case .listItems:
                return "# L\n\n" + (0..<n).map { "- item \($0)" }.joined(separator: "\n")
            case .noteParagraphs:
                return "# N\n\nBy Ann Bee\n\nBody.\n\n" + (0..<n).map { "*She wrote T\($0) (P, 2011).*" }.joined(separator: "\n\n")
            case .linkLines:
                return "# W\n\n" + (0..<n).map { "[Section \($0)](https://example.org/\($0))" }.joined(separator: "\n\n")
                    + "\n\nA paragraph of prose that is long enough to count as text for the page reader here."
            case .rawTags:
                return "# R\n\n" + (0..<n).map { "<div class=\"x\">\n\nText \($0).\n\n</div>" }.joined(separator: "\n\n")
            case .starRun:
                // A paragraph ending in a run of unpaired stars: they are text, kept and walked once.
                return "# S\n\nBy Ann Bee\n\nIntro.\n\nx" + String(repeating: "*", count: n) + "\n\nClosing."
            case .bylineStarRun:
                return "# S\n\nBy Ann Bee" + String(repeating: "*", count: n) + "\n\nBody."
            }
        }
    }

    @Test(arguments: Degenerate.allCases)
    func parsingTimeGrowsLinearly(_ input: Degenerate) throws {
        let name = input.rawValue
        let small = input.text(4_000), large = input.text(16_000)
        _ = try ArticleParser().parse(text: small)  // warm up
        let a = try ThreadCPU.seconds { _ = try ArticleParser().parse(text: small) }
        let b = try ThreadCPU.seconds { _ = try ArticleParser().parse(text: large) }
        #expect(b < max(a, 0.005) * 10, "\(name): \(a) s for 4,000, \(b) s for 16,000")
    }

    @Test func sqlAndFTSSyntaxAreStoredAsText() throws {
        let f = try ArchiveFixture()
        let text = "# '); DROP TABLE articles;-- NEAR( \"x OR\n\nBy Bobby Tables\n\nSELECT * FROM articles; title:body AND OR NOT ^*"
        try f.add(text)
        #expect(try f.count("articles") == 1)
        #expect(try ArticleRepository(connection: f.connection).record(id: 1)?.title == "'); DROP TABLE articles;-- NEAR( \"x OR")
        var options = SearchOptions()
        options.text = "DROP TABLE articles"
        #expect(try ArticleSearch(connection: f.connection).run(options).total == 1)
    }

    /// A few thousand random mutations of the fixtures: the parser never traps, and every article
    /// it accepts is stored, found by its id and passes the archive's checks.
    @Test func randomMutationsNeverTrapAndAlwaysStore() throws {
        var rng = SplitMix(seed: 20261125)
        let seeds = try TestSupport.fixtureArticles.map { try TestSupport.bytes($0) }
        let f = try ArchiveFixture()
        let pieces: [[UInt8]] = ["*", "**", "[", "](#)", "\n\n", "# ", "By ", "(", ")", "\"", "“", "\u{0}", "\r", "Original url:\n\n<http://x>",
                                 "**Related article:** [", "*The views expressed do not necessarily reflect the position of ", "é", "\u{FE0F}"].map { Array($0.utf8) }
        var accepted = 0
        for round in 0..<2_000 {
            var bytes = seeds[Int(rng.next() % UInt64(seeds.count))]
            for _ in 0..<(1 + Int(rng.next() % 8)) {
                let position = bytes.isEmpty ? 0 : Int(rng.next() % UInt64(bytes.count))
                switch rng.next() % 4 {
                case 0: bytes.insert(contentsOf: pieces[Int(rng.next() % UInt64(pieces.count))], at: position)
                case 1: if !bytes.isEmpty { bytes.remove(at: position) }
                case 2: if !bytes.isEmpty { bytes[position] = UInt8(truncatingIfNeeded: rng.next()) }
                default: bytes = Array(bytes[..<position]) + Array(bytes[min(bytes.count, position + Int(rng.next() % 200))...])
                }
            }
            guard let decoded = try? ArticleSource.read(bytes), let article = try? ArticleParser().parse(source: decoded) else { continue }
            let outcome = try f.connection.transaction {
                try f.repository.save(article, source: bytes, contentHash: ContentHash.of(decoded.text), sourcePath: "mutation-\(round)")
            }
            #expect(try f.repository.record(id: outcome.id) != nil)
            accepted += 1
        }
        #expect(accepted > 1_000)
        #expect(try Maintenance(archive: f.archive).check() == [])
    }

    /// An article the database refuses mid-batch rolls the batch back; the batch is then replayed
    /// from the files one article per transaction, so only that article fails — and the index
    /// holds exactly what was stored.
    @Test func anArticleRefusedMidBatchFailsAloneAfterReplay() throws {
        let f = try ArchiveFixture()
        try f.connection.execute("""
            CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.articles WHEN NEW.title = 'Poisoned'
            BEGIN SELECT RAISE(ABORT, 'refused by test'); END
            """)
        let entries = (0..<40).map { i -> InputFiles.Entry in
            let path = f.directory.appendingPathComponent(String(format: "%02d.md", i)).path
            let title = i == 23 ? "Poisoned" : "Healthy article \(i)"
            _ = FileManager.default.createFile(atPath: path, contents: Data("# \(title)\n\nBody text number \(i).\n".utf8))
            return InputFiles.Entry(path: path)
        } + [InputFiles.Entry(path: f.directory.appendingPathComponent("missing.md").path)]
        let importer = Importer(archive: f.archive)
        var results: [AddResult] = []
        try importer.add(entries) { results.append($0) }
        #expect(results.map(\.path) == entries.map(\.path))  // every input reported once, in order
        #expect(results.filter { $0.status == .added }.count == 39)
        #expect(results[23].status == .failed)
        #expect(results[23].error?.contains("refused by test") == true)
        #expect(results[23].error?.contains("INSERT") == false, "the reason is for people: no SQL")
        #expect(results[23].error?.contains("\n") == false)
        #expect(results[40].status == .failed)
        #expect(try f.count("articles") == 39)
        #expect(try f.connection.scalar("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'healthy'").int == 39)
        #expect(try Maintenance(archive: f.archive).check() == [])
    }

    @Test func aFullDiskFailsCleanlyAndKeepsWhatWasStored() throws {
        let f = try ArchiveFixture()
        let importer = Importer(archive: f.archive)
        let first = TestSupport.fixtureArticles.prefix(5).map { InputFiles.Entry(path: $0.path) }
        var results: [AddResult] = []
        try importer.add(first) { results.append($0) }
        #expect(results.allSatisfy { $0.status == .added })
        // Simulate a disk that fills up: the file may not grow past its current size.
        let pages = try f.connection.scalar("PRAGMA page_count").int!
        try f.connection.execute("PRAGMA max_page_count = \(pages + 2)")
        let big = (0..<200).map { i -> InputFiles.Entry in
            let path = f.directory.appendingPathComponent("big-\(i).md").path
            _ = FileManager.default.createFile(atPath: path, contents: Data(("# Big \(i)\n\n" + String(repeating: "filler text \(i) ", count: 2_000)).utf8))
            return InputFiles.Entry(path: path)
        }
        #expect(throws: ArchiveError.diskFull(path: f.archive.path)) { try importer.add(big) { _ in } }
        #expect(try f.count("articles") == 5)
        try f.connection.execute("PRAGMA max_page_count = 1073741823")
        #expect(try Maintenance(archive: f.archive).check() == [])
    }
}

/// A small deterministic random generator (SplitMix64), so failures reproduce.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// CPU time of the calling thread: unaffected by other tests and processes on the machine.
enum ThreadCPU {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let start = now()
        try body()
        return now() - start
    }
}
