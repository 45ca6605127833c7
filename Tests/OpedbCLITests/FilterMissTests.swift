import Foundation
import Testing

/// A `--kind`, `--publication` or `--author` naming nothing in the archive says so, with the
/// closest values the archive holds, and exits 1 — with or without query text.
@Suite struct FilterMissTests {
    func archive() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.run(["init"])
        try cli.run(["add", CLIRunner.fixtures.path])
        return cli
    }

    @Test func missesNameTheClosestValues() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let cases: [([String], String)] = [
            (["--publication", "Baltic Legder"], "no publication 'Baltic Legder'; did you mean 'The Baltic Ledger' or 'The Northbridge Ledger'?"),
            (["--publication", "Guardian"], "no publication 'Guardian' in the archive"),
            (["--author", "Tollefson"], "no author 'Tollefson'; did you mean 'Miriam Tollefsen'?"),
            (["--kind", "op-eds"], "no kind 'op-eds'; did you mean 'op-ed'?"),
            (["--kind", "banana"], "no kind 'banana'; did you mean 'analysis', 'editorial', 'interview', 'news', 'op-ed' or 'opinion'?"),
        ]
        for (filter, message) in cases {
            for query in [[], ["lighthouse"], ["zzzzqqq"]] {
                // The fast path and the full parser (`--database=`) answer alike.
                for prefix in [["search"], ["search", "--database=" + cli.path("opedb.sqlite")]] {
                    let result = try cli.run(prefix + query + filter)
                    #expect(result.status == 1, "\(filter) \(query)")
                    #expect(result.stderr == "opedb: \(message)\n", "\(filter) \(query)")
                    #expect(result.stdout.isEmpty, "\(filter) \(query)")
                }
            }
        }
    }

    @Test func filtersThatExistStayQuietWithoutMatches() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        for filter in [["--kind", "op-ed"], ["--publication", "Baltic Ledger"], ["--author", "Tollefsen"]] {
            let result = try cli.run(["search", "zzzzqqq"] + filter)
            #expect(result.status == 0, "\(filter)")
            #expect(result.stdout == "no matches\n")
            #expect(result.stderr.isEmpty)
        }
        // A real publication whose articles the other filter excludes: not a miss either.
        let both = try cli.run(["search", "--publication", "Baltic Ledger", "--kind", "interview"])
        #expect(both.status == 0 && both.stderr.isEmpty)
    }
}
