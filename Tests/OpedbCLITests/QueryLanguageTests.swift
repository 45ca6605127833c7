import Foundation
import Testing

/// Every example of the README's query-language table, run against the fixtures (plus three
/// short articles for the words no fixture holds: Kabul, Herat, Taliban, Kremlin), with the
/// results the README describes.
@Suite struct QueryLanguageTests {
    static let extra: [(String, String)] = [
        ("k1.md", """
            # Taliban Envoys Reach Kabul

            By Ann Writer

            June 2, 2023

            The Taliban and Moscow negotiators met in Kabul this week, while the Kremlin said little.
            Rabbani's allies spoke of Moscow–Kabul talks as the only road left.
            """),
        ("k2.md", """
            # Herat After the Kremlin's Retreat

            By Omar Reporter

            May 1, 2023

            In Herat the Taliban control the roads. Traders count the cost of every checkpoint, the
            price of fuel, the closed schools and the silent cinemas, and only then mention Moscow.
            """),
        ("k3.md", """
            # Markets Reopen in the Old City

            By Ann Writer

            April 3, 2023

            Kabul markets reopened on Monday after a week of rain, and the spice sellers were first back.

            *Ann Writer is the author of Roads of the Old City (Harvard University Press, 2019).*
            """),
    ]

    func archive() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.run(["init"])
        #expect(try cli.run(["add", CLIRunner.fixtures.path]).status == 0)
        for (name, text) in Self.extra { try cli.write(name, text) }
        #expect(try cli.run(["add"] + Self.extra.map(\.0)).status == 0)
        return cli
    }

    /// The titles a query finds, in rank order.
    func titles(_ cli: CLIRunner, _ query: [String]) throws -> [String] {
        let result = try cli.run(["search", "--json", "--limit", "1000"] + query)
        #expect(result.status == 0, "\(query): \(result.stderr)")
        let hits = try #require(try cli.json(result) as? [[String: Any]])
        return hits.compactMap { $0["title"] as? String }
    }

    @Test func everyReadmeExampleFindsWhatItSays() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        func set(_ query: String) throws -> Set<String> { Set(try titles(cli, [query])) }
        let k1 = "Taliban Envoys Reach Kabul", k2 = "Herat After the Kremlin's Retreat", k3 = "Markets Reopen in the Old City"

        // harbour pilots: both words; side by side ranks higher.
        let both = try titles(cli, ["harbour", "pilots"])
        #expect(!both.isEmpty)
        #expect(Set(both).isSubset(of: try set("harbour").intersection(try set("pilots"))))
        let phrase = try set("\"harbour pilots\"")
        #expect(!phrase.isEmpty && phrase.isSubset(of: Set(both)))
        #expect(phrase.contains(both[0]))
        // lightho*: a prefix.
        #expect(try set("lightho*").contains("The Lighthouse Keepers of the Baltic Have Gone Quiet"))
        // Boolean operators.
        #expect(try set("kabul OR herat") == [k1, k2, k3])
        #expect(try set("kabul NOT moscow") == [k3])
        #expect(try set("kabul AND NOT moscow") == [k3])
        #expect(try set("kabul or herat").isEmpty)  // lowercase `or` is a word: all three words needed
        // Grouping, on either side, with an implicit AND.
        #expect(try set("(kabul OR herat) taliban") == [k1, k2])
        #expect(try set("taliban (kabul OR herat)") == [k1, k2])
        #expect(try titles(cli, ["(kabul", "OR", "herat)", "taliban"]).count == 2)
        #expect(try set("(kabul OR herat) AND taliban") == [k1, k2])
        // NEAR: within 5 words (in k2 they are far apart), and next to other terms.
        #expect(try set("NEAR(taliban moscow, 5)") == [k1])
        #expect(try set("NEAR(taliban moscow, 5) kremlin") == [k1])
        #expect(try set("kremlin NEAR(taliban moscow, 5)") == [k1])
        // Columns.
        #expect(try set("title:kremlin") == [k2])
        #expect(try set("kremlin") == [k1, k2])
        let novak = try set("authors:novak"), anywhere = try set("novak")
        #expect(!novak.isEmpty && novak.isSubset(of: anywhere))
        #expect(try set("notes:\"Harvard University Press\"") == [k3])
        // Punctuation never causes a syntax error.
        #expect(try set("Rabbani's") == [k1])
        #expect(try set("Moscow–Kabul") == [k1])
        #expect(!(try set("C++")).isEmpty)
        #expect(!(try set("Robert');")).isEmpty)
        // `Note: Kabul` is two words.
        #expect(try cli.run(["search", "Note:", "Kabul"]).status == 0)
    }

    @Test func oversizedQueriesAndFiltersGetOneLine() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let many = (1...65).map { "word\($0)" }
        let cases: [([String], String)] = [
            (many, "opedb: the query has 65 terms; at most 64 are searched at once\n"),
            ([many.joined(separator: " OR ")], "opedb: the query has 65 terms; at most 64 are searched at once\n"),
            (["--raw", many.joined(separator: " OR ")], "opedb: the query has 65 terms; at most 64 are searched at once\n"),
            (["NEAR(a b, 2147483648)"], "opedb: malformed NEAR group: the distance can be at most 1000, not 2147483648; write it as NEAR(word word, 10)\n"),
            (["NEAR(a b, 1001)"], "opedb: malformed NEAR group: the distance can be at most 1000, not 1001; write it as NEAR(word word, 10)\n"),
        ]
        for (arguments, message) in cases {
            let result = try cli.run(["search"] + arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == message, "\(arguments)")
        }
        #expect(try cli.run(["search"] + many.dropLast()).status == 0)
        #expect(try cli.run(["search", "NEAR(taliban moscow, 1000)"]).status == 0)
        for option in ["--author", "--publication", "--kind"] {
            for prefix in [["search"], ["search", "--database=" + cli.path("opedb.sqlite")]] {
                let result = try cli.run(prefix + [option, String(repeating: "ab%_", count: 25_000), "x"])
                #expect(result.status == 2, "\(option)")
                #expect(result.stderr == "opedb: \(option) is too long: at most 500 characters (see 'opedb help')\n", "\(option)")
            }
        }
        let highlight = try cli.run(["show", "1", "--highlight", many.joined(separator: " ")])
        #expect(highlight.status == 2)
        #expect(highlight.stderr == "opedb: the query has 65 terms; at most 64 are searched at once\n")
    }
}
