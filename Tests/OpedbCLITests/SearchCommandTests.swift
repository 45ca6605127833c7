import Foundation
import Testing

@Suite struct SearchCommandTests {
    func archive() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.run(["init"])
        try cli.run(["add", CLIRunner.fixtures.path])
        return cli
    }

    @Test func listsRankedResultsWithSnippets() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let result = try cli.run(["search", "satellites"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "1  2021-03-14  The Lighthouse Keepers of the Baltic Have Gone Quiet")
        #expect(lines.dropFirst().first == "    Miriam Tollefsen · The Moscow Times")
        #expect(result.stdout.contains("[Satellites]"))
        #expect(!result.stdout.contains("\u{1B}["))
        let colored = try cli.run(["search", "satellites", "--color", "always"])
        #expect(colored.stdout.contains("\u{1B}[1mSatellites\u{1B}[22m"))
    }

    /// Plain searches skip argument-parser (a fast path); `--name=value` forms take the full
    /// parser. Both must answer every search identically, errors included.
    @Test func fastPathAndFullParserAgree() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let cases: [[String]] = [
            ["satellites"], ["harbour", "pilots", "--limit", "2"], ["--json", "kabul", "--offset", "1"],
            ["--csv", "--author", "Tollefsen"], ["--kind", "op-ed", "--sort", "newest", "--limit", "3"],
            ["--since", "2020", "--until", "2022-06", "the"], ["--raw", "title:lighthouse"], ["--", "-minus"],
            ["--publication", "moscowtimes.com"], ["\"unbalanced"], ["--limit", "0", "the"], ["zzzzqqq"],
            ["--color", "always", "satellites"], ["--sort", "sideways", "x"], ["--json", "--csv", "x"],
            ["--limit", "1001", "x"], ["--limit", "-3", "x"], ["--offset", "1000001", "x"], ["--offset", "9223372036854775807", "x"],
            ["--limit", "4294967297", "x"], ["--kind", "banana", "x"], ["--author", String(repeating: "a", count: 501)],
            ["(harbour OR lighthouse) pilots"], ["NEAR(harbour pilots, 1001)"], ["--json", "harbour"],
        ]
        for arguments in cases {
            let fast = try cli.run(["search"] + arguments)
            // The same request with `--database=` makes the fast path decline it.
            let full = try cli.run(["search", "--database=" + cli.path("opedb.sqlite")] + arguments)
            #expect(fast.status == full.status, "\(arguments)")
            #expect(fast.stdout == full.stdout, "\(arguments)")
            #expect(fast.stderr == full.stderr, "\(arguments)")
        }
    }

    @Test func unquotedTermsWithPunctuationWork() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let result = try cli.run(["search", "U.S.", "officials"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("[U.S. officials]"))
        #expect(try cli.run(["search", "--", "-minus"]).status == 0)
        #expect(try cli.run(["search", "Robert');", "DROP", "TABLE", "articles;--"]).stdout.contains("Robert'); DROP TABLE"))
    }

    @Test func malformedQueriesExitTwoWithOneLine() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        for query in ["\"unclosed", "(a b", "OR", "NEAR(a"] {
            let result = try cli.run(["search", query])
            #expect(result.status == 2, "\(query)")
            #expect(result.stderr.hasPrefix("opedb: "))
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(!result.stderr.contains("fts5"))
        }
        let raw = try cli.run(["search", "--raw", "nosuch:thing"])
        #expect(raw.status == 2)
        #expect(raw.stderr.contains("the columns are title, subtitle, body, authors, notes"))
        #expect(try cli.run(["search", "x", "--since", "last week"]).status == 2)
    }

    @Test func jsonAndCSVShapes() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let result = try cli.run(["search", "harbour", "--json", "--limit", "2"])
        let hits = try #require(try cli.json(result) as? [[String: Any]])
        #expect(hits.count == 2)
        #expect(Set(hits[0].keys) == ["id", "title", "published_on", "authors", "publication", "kind", "url", "snippet", "rank", "matches"])
        #expect(hits[0]["rank"] is Double)
        // Plain text, with the matches as data (code points), never the terminal's markers.
        let snippet = try #require(hits[0]["snippet"] as? String)
        #expect(!snippet.contains("[") && !snippet.contains("]"))
        let matches = try #require(hits[0]["matches"] as? [[String: Int]])
        #expect(!matches.isEmpty)
        let scalars = Array(snippet.unicodeScalars)
        for match in matches {
            let start = try #require(match["start"]), length = try #require(match["length"])
            let text = String(String.UnicodeScalarView(scalars[start..<(start + length)]))
            #expect(text.lowercased().hasPrefix("harbour"), "\(text)")
        }
        let listing = try #require(try cli.json(cli.run(["search", "--author", "Tollefsen", "--json"])) as? [[String: Any]])
        #expect(listing.map { $0["published_on"] as? String } == ["2022-10-09", "2021-03-14"])
        #expect(listing.allSatisfy { $0["rank"] is NSNull })
        let csv = try cli.run(["search", "harbour", "--csv", "--limit", "1"])
        #expect(csv.stdout.hasPrefix("id,title,published_on,authors,publication,kind,url,snippet,rank\r\n"))
        #expect(!csv.stdout.contains("[") && !csv.stdout.contains("]"))
    }

    /// A match only in the authors column shows the matching author as the archive names them,
    /// never the index's spellings and folded copies (`zoe angstrom`, `jiri novak`).
    @Test func authorMatchesShowTheAuthorsName() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let cases = [("angstrom", "Zoë Ångström", "Zoë [Ångström]"), ("novak", "Jiří Novák", "Jiří [Novák]"),
                     ("zoltowski", "Łukasz Żółtowski", "Łukasz [Żółtowski]"), ("Zoë", "Zoë Ångström", "[Zoë] Ångström")]
        for (query, plain, marked) in cases {
            let hits = try #require(try cli.json(try cli.run(["search", query, "--json"])) as? [[String: Any]])
            #expect(hits.first?["snippet"] as? String == plain, "\(query)")
            #expect(try cli.run(["search", query]).stdout.contains("\n    \(marked)\n"), "\(query)")
        }
    }

    @Test func footerAndEmptyResults() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let paged = try cli.run(["search", "the", "--limit", "2"])
        #expect(paged.stdout.contains("1–2 of "))
        #expect(paged.stdout.contains("--offset 2 for more"))
        let none = try cli.run(["search", "xylophonist"])
        #expect(none.status == 0)
        #expect(none.stdout == "no matches\n")
        let empty = try CLIRunner()
        defer { empty.cleanUp() }
        try empty.run(["init"])
        #expect(try empty.run(["search", "x"]).stdout.contains("the archive is empty"))
    }

    @Test func showHighlightsMatches() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let result = try cli.run(["show", "1", "--highlight", "keepers"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("[Keepers]"))
        let json = try #require(try cli.json(cli.run(["show", "1", "--highlight", "satellites", "--json"])) as? [String: Any])
        #expect((json["body"] as? String)?.contains("[Satellites]") == true)
    }

    @Test func searchWorksOnAReadOnlyArchiveFile() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: cli.path("opedb.sqlite"))
        #expect(try cli.run(["search", "harbour"]).status == 0)
        #expect(try cli.run(["show", "1"]).status == 0)
    }
}
