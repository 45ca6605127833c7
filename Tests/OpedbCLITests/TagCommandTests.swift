import Foundation
import Testing

/// `opedb tag`, `opedb tags` and `search --tag`, which combines with every other filter.
@Suite struct TagCommandTests {
    @Test func tagsAreAddedRemovedAndCounted() throws {
        let cli = try CLIRunner.withFixtures()
        defer { cli.cleanUp() }
        let tagged = try cli.run(["tag", "1", "2", "3", "999", "--add", "Ports", "--add", "Labour & Ports"])
        #expect(tagged.status == 1)  // 999 is missing; the others are tagged
        #expect(tagged.stderr == "opedb: no article 999\n")
        #expect(tagged.stdout.contains("2  Labour & Ports, Ports"))
        // Case and accents are ignored; the first spelling stays.
        #expect(try cli.run(["tag", "2", "--remove", "PORTS"]).status == 0)
        #expect(try cli.run(["tag", "4", "--add", "pörts"]).status == 0)
        let counts = try #require(try cli.json(try cli.run(["tags", "--json"])) as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: counts.map { ($0["name"] as! String, $0["articles"] as! Int) })
        #expect(byName["Ports"] == 3 && byName["Labour & Ports"] == 3)
        #expect(byName["budget"] == 2)  // from the fixtures' own front matter
        #expect(try cli.record(1)["tags"] as? [String] == ["Labour & Ports", "Ports"])
        #expect(try cli.run(["show", "1"]).stdout.contains("Tags: Labour & Ports, Ports"))
        #expect(try cli.run(["tags"]).stdout.contains("Labour & Ports"))
        #expect(try cli.run(["tags", "--csv"]).stdout.hasPrefix("tag,articles\r\n"))
        let csv = try cli.run(["export", "--format", "csv"]).stdout
        #expect(csv.hasPrefix("id,title,") && csv.contains(",updated_at,tags\r\n"))
        #expect(csv.contains("Labour & Ports; Ports"))

        // A tag whose last article goes is gone.
        #expect(try cli.run(["tag", "4", "--remove", "ports"]).status == 0)
        #expect(try cli.run(["tag", "1", "3", "--remove", "ports"]).status == 0)
        #expect(!(try cli.run(["tags"]).stdout.contains("Ports\n")))
        #expect(try cli.run(["remove", "1", "2", "3"]).status == 0)
        #expect(!(try cli.run(["tags"]).stdout.contains("Labour")))
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func searchByTagCombinesWithEveryFilter() throws {
        let cli = try CLIRunner.withFixtures()
        defer { cli.cleanUp() }
        let all = try cli.searchIDs([])
        let chosen = Set(all.sorted().enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
        #expect(try cli.run(["tag"] + chosen.map(String.init) + ["--add", "even"]).status == 0)
        let second = Set(chosen.sorted().prefix(6))
        #expect(try cli.run(["tag"] + second.map(String.init) + ["--add", "Second Pick"]).status == 0)
        #expect(try cli.searchIDs(["--tag", "even"]) == chosen)
        #expect(try cli.searchIDs(["--tag", "even", "--tag", "second pick"]) == second)
        // Each filter alone, then with the tag: the tag only ever narrows to the tagged articles.
        let filters: [[String]] = [["harbour"], ["--author", "Novák"], ["--publication", "The Moscow Times"],
                                   ["--kind", "op-ed"], ["--since", "2020"], ["--until", "2020-06"],
                                   ["the", "--sort", "oldest"], ["--raw", "title:harbour"]]
        var nonEmpty = 0
        for filter in filters {
            let expected = try cli.searchIDs(filter).intersection(chosen)
            if !expected.isEmpty { nonEmpty += 1 }
            #expect(try cli.searchIDs(filter + ["--tag", "even"]) == expected, "\(filter)")
            // The full argument parser (`--tag=…` is not the fast path's form) agrees.
            #expect(try cli.searchIDs(filter + ["--tag=even"]) == expected, "\(filter)")
        }
        #expect(nonEmpty >= 5)
        let miss = try cli.run(["search", "--tag", "evens"])
        #expect(miss.status == 1)
        #expect(miss.stderr.contains("evens") && miss.stderr.contains("even"), "\(miss.stderr)")
    }

    /// Removing a tag an article does not carry is said, and exits 1 (as `git rm` on a path that
    /// matches nothing); what could be done is done: the other removals, additions and articles.
    @Test func removingATagTheArticleLacksIsReported() throws {
        let cli = try CLIRunner.withFixtures()
        defer { cli.cleanUp() }
        #expect(try cli.run(["tag", "1", "2", "--add", "ports"]).status == 0)
        let lone = try cli.run(["tag", "1", "--remove", "nosuch"])
        #expect(lone.status == 1)
        #expect(lone.stderr == "opedb: article 1 has no tag 'nosuch'\n")
        #expect(lone.stdout == "1  ports\n")
        let mixed = try cli.run(["tag", "1", "2", "3", "--remove", "Ports", "--add", "harbours"])
        #expect(mixed.status == 1)
        #expect(mixed.stderr == "opedb: article 3 has no tag 'Ports'\n")
        #expect(try cli.record(1)["tags"] as? [String] == ["harbours"])
        #expect(try cli.record(3)["tags"] as? [String] == ["harbours"])
        #expect(try cli.run(["tag", "1", "--remove", "harbours"]).status == 0)
        #expect(try cli.run(["tag", "--help"]).stdout.contains("git rm"))
    }

    @Test func badTagsAreUsageErrors() throws {
        let cli = try CLIRunner.withFixtures()
        defer { cli.cleanUp() }
        for arguments in [["tag", "1", "--add", " "], ["tag", "1", "--add", "a", "--remove", "A"],
                          ["tag", "1", "--add", String(repeating: "x", count: 101)], ["tag", "", "--add", "x"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix("opedb: ") && result.stderr.split(separator: "\n").count == 1)
        }
        #expect(try cli.record(1)["tags"] as? [String] == [])
        #expect(try cli.run(["search", "--tag", String(repeating: "x", count: 501)]).status == 2)
    }

    /// Each distinct `--tag` is one more condition of the statement: a thousand of them once
    /// reached SQLite's expression depth limit and printed its words. Repeats count once; more
    /// than 64 different tags are a usage error, in both argument parsers.
    @Test func manyTagFiltersAreBoundedNotASQLiteError() throws {
        let cli = try CLIRunner.withFixtures()
        defer { cli.cleanUp() }
        #expect(try cli.run(["tag", "1", "2", "--add", "Harbours"]).status == 0)
        #expect(try cli.searchIDs(Array(repeating: ["--tag", "harbours"], count: 1500).flatMap { $0 }) == [1, 2])
        for form in [{ (i: Int) in ["--tag", "t\(i)"] }, { (i: Int) in ["--tag=t\(i)"] }] {
            let result = try cli.run(["search"] + (0..<1500).flatMap(form))
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("opedb: 1500 different --tag values; at most 64 are searched at once"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }
}
