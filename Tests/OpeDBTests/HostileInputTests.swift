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
             parenthesesWithoutEnd, tomlArrays, tomlTables

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
            // Front matter nested past any stack (each level was a recursion).
            case .tomlArrays: return "+++\na=" + String(repeating: "[", count: 50_000) + "\ntitle = \"Deep\"\n+++\n\nBody."
            case .tomlTables: return "+++\na=" + String(repeating: "{a=", count: 20_000) + "\ntitle = \"Deep\"\n+++\n\nBody."
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
        case brokenParagraphs, listItems, noteParagraphs, linkLines, rawTags, starRun, bylineStarRun, quoteDots, frontMatterCommas,
             htmlTrailingDigits, htmlCanonicalSlashes

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
            // Runs of marks cut from a text's end one at a time (each cut had counted the text).
            case .quoteDots: return "# Q\n\nBody.\n\n> " + String(repeating: ".", count: n)
            case .frontMatterCommas: return "---\nauthor: a" + String(repeating: ",", count: n) + "\n---\n\nBody."
            case .htmlTrailingDigits:
                return "<html><body><article><h1>Digits</h1>" + TestSupport.prose + "<p>" + String(repeating: "1", count: n) + "</p></article></body></html>"
            case .htmlCanonicalSlashes:
                return "<html><head><link rel=\"canonical\" href=\"https://tidewatch.example/" + String(repeating: "/", count: n)
                    + "\"></head><body><article><h1>Slashes</h1>" + TestSupport.prose + "</article></body></html>"
            }
        }
    }

    @Test(arguments: Degenerate.allCases)
    func parsingTimeGrowsLinearly(_ input: Degenerate) throws {
        let name = input.rawValue
        let small = Array(input.text(4_000).utf8), large = Array(input.text(16_000).utf8)
        // A page may be refused (a failure is fine); it must not take quadratic time to say so.
        func parse(_ bytes: [UInt8]) { _ = try? ArticleParser().parse(bytes: bytes) }
        parse(small)  // warm up
        let a = ThreadCPU.seconds { parse(small) }
        let b = ThreadCPU.seconds { parse(large) }
        #expect(b < max(a, 0.005) * 10, "\(name): \(a) s for 4,000, \(b) s for 16,000")
    }

    /// YAML anchors that nest (`b: [*a, *a, …]`, `c: [*b, *b, …]`) expand to millions of
    /// values: front matter reads a bounded number of them.
    @Test func nestedYAMLAliasesAreBounded() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        for (name, previous) in zip(["b", "c", "d", "e", "f", "g"], ["a", "b", "c", "d", "e", "f"]) {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        yaml += "title: Laughs\n"
        guard case .entries(let entries, _) = YAMLFrontMatter.read(yaml, firstLine: 2) else { Issue.record("not read"); return }
        func count(_ value: FrontMatterValue) -> Int {
            switch value {
            case .text: return 1
            case .list(let items): return 1 + items.reduce(0) { $0 + count($1) }
            case .table(let entries): return 1 + entries.reduce(0) { $0 + count($1.value) }
            }
        }
        // Expanded, the anchors would give 9^7 values; each key is kept, the values bounded.
        #expect(entries.reduce(0) { $0 + count($1.value) } <= YAMLFrontMatter.maximumValues + entries.count)
        #expect(entries.map(\.key) == ["a", "b", "c", "d", "e", "f", "g", "title"])
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

    /// Random whole pages built from the pieces converters write — menus, headings of every
    /// level (empty, linked, with a kicker line), setext underlines, prose, bylines, dates,
    /// scripts written out as text, raw HTML, front matter — in random order: the parser never
    /// traps (a trap ends the test run), and a page it accepts has a title or says it has none.
    @Test func randomWholePagesNeverTrap() {
        var rng = SplitMix(seed: 20261202)
        func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
        func count(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(rng.next() % UInt64(range.count)) }
        let words = ["harbour", "mill", "tide", "wheel", "miller", "spring", "town", "council", "river", "lantern"]
        func sentence(_ n: ClosedRange<Int> = 3...40) -> String { (0..<count(n)).map { _ in pick(words) }.joined(separator: " ") + pick([".", "?", "", " …"]) }
        func link() -> String { "[\(sentence(0...4))](\(pick(["https://tidewatch.example/", "/", "https://tidewatch.example/opinion/", "https://tidewatch.example/2024/01/02/tide-tables/", "javascript:void(0);", "#"])))" }
        let pieces: [() -> String] = [
            { (0..<count(1...15)).map { _ in "* " + link() }.joined(separator: "\n") },
            { String(repeating: "#", count: count(1...4)) + " " + pick(["", sentence(1...4), sentence(), link(), "Opinion", "Comments", "Saturday, 9 September 2017"]) },
            { String(repeating: "#", count: count(1...2)) + " " + sentence(1...3) + "\n" + sentence(1...12) },
            { sentence(1...8) + "\n" + String(repeating: "=", count: count(1...40)) },
            { link() + "\n" + sentence(2...10) + "\n" + String(repeating: "=", count: count(3...40)) },
            { sentence(1...8) + "\n" + String(repeating: "-", count: count(3...40)) },
            { (0..<count(1...8)).map { _ in sentence() }.joined(separator: " ") },
            { pick(["By Orla Quennell", "By [Orla Quennell](https://tidewatch.example/author/orla/)", "[Orla Quennell](https://tidewatch.example/author/orla/)Staff Writer"]) },
            { pick(["March 3, 2021", "03.11.2021", "November 26, 2017November 30, 2017", "PUBLISHED: November 8, 2023 at 11:30 p.m."]) },
            { "![\(sentence(0...5))](https://tidewatch.example/mill.jpg)" },
            { "> " + sentence() },
            { String(repeating: ".share { height: 20px; } (ads = window.ads || []).push({}); ", count: count(1...5)) },
            { pick(["<div class=\"x\">", "</div>", "# <span class=\"kicker\">Energy</span><span> – </span><span>Tidal mills return now</span>", "<script>var a = 1;</script>"]) },
            { pick(["---", "***", "#", "# ", "é", "\u{A0}", "中文标题", ""]) },
            { "**" + sentence(1...10) + "**" },
        ]
        var accepted = 0
        for _ in 0..<1_500 {
            var text = (0..<count(1...60)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))]() }.joined(separator: pick(["\n\n", "\n\n", "\n"]))
            if rng.next() % 7 == 0 { text = "---\ntitle: \(sentence(1...8))\nauthor: Orla Quennell\n---\n" + text }
            guard let article = try? ArticleParser().parse(text: text) else { continue }
            #expect(!article.title.isEmpty || article.warnings.contains("no title found"))
            accepted += 1
        }
        #expect(accepted > 1_000)
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
