import Foundation
import Testing
@testable import OpedbCLI

/// Many article ids on one command line: packed before argument-parser sees them (it costs
/// O(n²) in the number of positional arguments), unpacked in order, refused when empty.
@Suite struct ArticleReferencesTests {
    @Test func runsArePackedAfterTheirFirstArgument() {
        let packed = ArticleReferences.packing(["tag", "1", "2", "3", "--add", "x", "4", "5", "--remove=y", "6"])
        #expect(packed == ["tag", "1", "2\u{0}3", "--add", "x", "4\u{0}5", "--remove=y", "6"])
        #expect(ArticleReferences.unpacked(["1", "2\u{0}3", "4\u{0}5", "6"]) == ["1", "2", "3", "4", "5", "6"])
        // After `--` everything is left as written; other commands are not touched.
        #expect(ArticleReferences.packing(["cite", "1", "2", "--", "-3", "4"]) == ["cite", "1", "2", "--", "-3", "4"])
        #expect(ArticleReferences.packing(["show", "1", "2"]) == ["show", "1", "2"])
        #expect(ArticleReferences.packing(["add", "a.md", "b.md", "c.md"]) == ["add", "a.md", "b.md", "c.md"])
        // An empty reference inside a run survives packing, to be refused by name.
        #expect(ArticleReferences.unpacked(ArticleReferences.packing(["remove", "1", "", "2"]).dropFirst().map { $0 })
                == ["1", "", "2"])
    }

    /// The work argument-parser is given does not grow with the number of ids: at most two
    /// arguments per run between options, whatever the run's length.
    @Test func theParserSeesAFewArgumentsForAnyNumberOfIds() {
        for n in [10, 1_000, 100_000] {
            let ids = (1...n).map(String.init)
            for command in ["tag", "cite", "remove"] {
                let arguments = [command] + ids + ["--database", "a.sqlite"] + ids
                let packed = ArticleReferences.packing(arguments)
                #expect(packed.count == 6, "\(command) \(n)")
                #expect(Array(packed[3...4]) == ["--database", "a.sqlite"])
                #expect(ArticleReferences.unpacked([packed[1], packed[2], packed[5]]) == ids + ids)
            }
        }
    }

    /// End to end, the packed ids reach each command whole and in order, wherever they stand.
    @Test func manyIdsReachTheCommandsInOrder() throws {
        let cli = try CLIRunner.withFixtures()
        defer { cli.cleanUp() }
        let ids = (0..<2_000).map { String($0 % 3 + 1) }
        let tagged = try cli.run(["tag"] + ids.prefix(1_000) + ["--add", "many"] + ids.suffix(1_000) + ["999"])
        #expect(tagged.status == 1)
        #expect(tagged.stderr == "opedb: no article 999\n")
        #expect(tagged.stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) } == ids)
        #expect(try cli.record(3)["tags"] as? [String] == ["many"])
        let cited = try cli.run(["cite", "--format", "ris"] + ids)
        #expect(cited.status == 0)
        #expect(cited.stdout.components(separatedBy: "TY  - ").count - 1 == ids.count)
        let removing = try cli.run(["remove", "--dry-run"] + ids + ["", "1"])
        #expect(removing.status == 2 && removing.stderr.hasPrefix("opedb: an article id or URL is empty"))
        let wouldRemove = try cli.run(["remove", "--dry-run"] + ids)
        #expect(wouldRemove.stdout.split(separator: "\n").count == ids.count)
        #expect(try cli.record(1)["id"] as? Int == 1)
    }
}
