import Foundation
import Testing

/// What the curation tests ask of an archive through the CLI.
extension CLIRunner {
    /// A runner with an archive of every fixture.
    static func withFixtures() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.run(["init"])
        let added = try cli.run(["add", CLIRunner.fixtures.path])
        #expect(added.status == 0, "\(added.stderr)")
        return cli
    }

    /// `show ID --json` as an object.
    func record(_ id: Int) throws -> [String: Any] {
        let shown = try run(["show", String(id), "--json"])
        #expect(shown.status == 0, "\(shown.stderr)")
        return try #require(try json(shown) as? [String: Any])
    }

    /// The ids `search ARGUMENTS --json --limit 1000` finds.
    func searchIDs(_ arguments: [String]) throws -> Set<Int> {
        let found = try run(["search"] + arguments + ["--json", "--limit", "1000"])
        #expect(found.status == 0, "\(arguments): \(found.stderr)")
        let hits = try #require(try json(found) as? [[String: Any]])
        return Set(hits.compactMap { $0["id"] as? Int })
    }
}
