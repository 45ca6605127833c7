import Foundation
import Testing

/// Every number a user can type, in every command, is checked before any work: a bad one gives
/// one line on stderr and a non-zero status, never a trap, never SQL.
@Suite struct NumericOptionTests {
    func archive() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.run(["init"])
        try cli.run(["add", CLIRunner.fixtures.path])
        return cli
    }

    /// Huge, negative and garbage values for each numeric option or argument.
    static let values = ["9223372036854775807", "9223372036854775808", "4294967297", "2147483648",
                         "99999999999999999999999", "-1", "-9223372036854775808", "1e400", "inf", "nan",
                         "0x10", "", " ", "12abc", "١٢"]

    /// Each command with one numeric slot; `#` stands for the value under test.
    static let commands: [[String]] = [
        ["search", "the", "--limit", "#"], ["search", "the", "--offset", "#"],
        ["search", "the", "--limit=#"], ["search", "the", "--offset=#"],
        ["search", "--kind", "op-ed", "the", "--limit", "#"], ["search", "--kind", "op-ed", "the", "--offset", "#"],
        ["search", "the", "--json", "--limit", "#"],
        ["search", "NEAR(taliban moscow, #)"], ["show", "1", "--highlight=NEAR(taliban moscow, #)"],
        ["add", "--dry-run", "--max-size", "#", "in.md"], ["add", "--dry-run", "--max-size", "#G", "in.md"],
        ["add", "--dry-run", "--max-size", "#K", "in.md"], ["add", "--dry-run", "--max-size=#M", "in.md"],
        ["show", "#"], ["remove", "--dry-run", "#"], ["author", "#"], ["authors", "rename", "#", "Someone Else"],
        ["authors", "merge", "1", "#"],
    ]

    @Test func everyNumericOptionRejectsHugeNegativeAndGarbageValues() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        try cli.write("in.md", "# A title\n\nSome body text about harbours.\n")
        for command in Self.commands {
            for value in Self.values {
                let arguments = command.map { $0.replacingOccurrences(of: "#", with: value) }
                let result = try cli.run(arguments)
                #expect(![132, 134, 139].contains(result.status), "\(arguments) trapped: \(result.status)")
                // 2147483648 bytes (2G) is a size within bounds: the one value here that may work.
                if result.status == 0 && arguments == ["add", "--dry-run", "--max-size", "2147483648", "in.md"] { continue }
                #expect(result.status != 0, "\(arguments) succeeded")
                #expect(result.stderr.split(separator: "\n", omittingEmptySubsequences: false).count == 2,
                        "\(arguments): \(result.stderr)")
                #expect(result.stderr.hasPrefix("opedb: "), "\(arguments): \(result.stderr)")
                #expect(!result.stderr.contains("SELECT"), "\(arguments): \(result.stderr)")
                // "Missing value" only where no value was given at all (`--limit=`).
                #expect(!(value.isEmpty ? false : result.stderr.contains("Missing value")), "\(arguments): \(result.stderr)")
            }
        }
    }

    @Test func searchBoundsHaveOneMessage() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let cases: [([String], String)] = [
            (["--limit", "1001"], "--limit must be a whole number from 1 to 1000"),
            (["--limit", "0"], "--limit must be a whole number from 1 to 1000"),
            (["--limit", "-5"], "--limit must be a whole number from 1 to 1000"),
            (["--limit", "4294967297"], "--limit must be a whole number from 1 to 1000"),
            (["--offset", "9223372036854775807"], "--offset must be a whole number from 0 to 1000000"),
            (["--offset", "-1"], "--offset must be a whole number from 0 to 1000000"),
        ]
        for (arguments, message) in cases {
            for prefix in [["search", "the"], ["search", "--database=" + cli.path("opedb.sqlite"), "the"]] {
                let result = try cli.run(prefix + arguments)
                #expect(result.status == 2, "\(arguments)")
                #expect(result.stderr == "opedb: \(message) (see 'opedb help')\n", "\(arguments)")
            }
        }
        // The largest bounds still answer, with real scores.
        let edge = try cli.run(["search", "the", "--limit", "1000", "--offset", "1000000", "--json"])
        #expect(edge.status == 0, "\(edge.stderr)")
        let page = try cli.run(["search", "the", "--limit", "1000", "--json"])
        let hits = try #require(try cli.json(page) as? [[String: Any]])
        #expect(hits.allSatisfy { (($0["rank"] as? Double) ?? 0) < 0 })
    }

    @Test func maxSizeBoundsHaveOneMessage() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        try cli.write("in.md", "# A title\n\nSome body text.\n")
        for value in ["9999999999999999G", "5G", "0", "-1", "-2K", "99999999999999999999999"] {
            let result = try cli.run(["add", "in.md", "--max-size", value])
            #expect(result.status == 2, "\(value)")
            #expect(result.stderr == "opedb: --max-size must be from 1 byte to 4G (see 'opedb help')\n", "\(value): \(result.stderr)")
        }
        #expect(try cli.run(["add", "in.md", "--max-size", "4G"]).status == 0)
    }
}
