import Foundation
import SQLite
import Testing

/// `opedb edit`: corrections are the user's, show in `show --json`, and win over the parser.
@Suite struct EditCommandTests {
    @Test func correctionsShowEverywhereAndSurviveReparse() throws {
        let cli = try CLIRunner.withFixtures()
        defer { cli.cleanUp() }
        let before = try cli.record(1)
        #expect(before["edited"] as? [String] == [])
        let edited = try cli.run(["edit", "1", "--title", "Beacons Gone Dark", "--kind", "analysis", "--date", "2019-05-03",
                                  "--author-name", "Nora Quist", "--author-name", "Piet Ruys"])
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(edited.stdout.contains("title, kind, published_on, authors"))
        func check(_ r: [String: Any]) {
            #expect(r["title"] as? String == "Beacons Gone Dark")
            #expect(r["kind"] as? String == "analysis")
            #expect(r["published_on"] as? String == "2019-05-03")
            #expect((r["authors"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Nora Quist", "Piet Ruys"])
            #expect(r["edited"] as? [String] == ["title", "kind", "published_on", "authors"])
            // What the user did not correct stays the parser's.
            #expect(r["body"] as? String == before["body"] as? String)
            #expect(r["subtitle"] as? String == before["subtitle"] as? String)
        }
        check(try cli.record(1))
        // Search, filters and listings see the corrected values.
        #expect(try cli.searchIDs(["beacons"]) == [1])
        #expect(try cli.searchIDs(["--author", "Quist", "--kind", "analysis", "--until", "2019"]).contains(1))
        #expect(try cli.searchIDs(["--author", "Tollefsen"]).isEmpty || !(try cli.searchIDs(["--author", "Tollefsen"]).contains(1)))
        #expect(try cli.run(["show", "1"]).stdout.contains("Corrected by you: title, kind, published_on, authors"))

        // A reparse that really rewrites the article (its parse fingerprint made stale) keeps them.
        do {
            let connection = try Connection(path: cli.path("opedb.sqlite"))
            try connection.run("UPDATE articles SET parse_hash = 'stale' WHERE id = 1")
        }
        let reparse = try cli.run(["reparse"])
        #expect(reparse.status == 0)
        #expect(reparse.stdout.contains("1 updated"), "\(reparse.stdout)")
        check(try cli.record(1))
        #expect(try cli.run(["check"]).status == 0)

        // `check` sees a correction that is not in the article.
        do {
            let connection = try Connection(path: cli.path("opedb.sqlite"))
            try connection.run("UPDATE article_edits SET value = 'Other Title' WHERE article_id = 1 AND field = 'title'")
        }
        let tampered = try cli.run(["check"])
        #expect(tampered.status == 1)
        #expect(tampered.stdout.contains("user's correction not applied"), "\(tampered.stdout)")
        do {
            let connection = try Connection(path: cli.path("opedb.sqlite"))
            try connection.run("UPDATE article_edits SET value = 'Beacons Gone Dark' WHERE article_id = 1 AND field = 'title'")
        }
        #expect(try cli.run(["check"]).status == 0)

        // --reset gives a field back to the parser.
        #expect(try cli.run(["edit", "1", "--reset", "kind", "--reset", "authors"]).status == 0)
        let reset = try cli.record(1)
        #expect(reset["kind"] as? String == before["kind"] as? String)
        #expect((reset["authors"] as? [[String: Any]])?.count == (before["authors"] as? [[String: Any]])?.count)
        #expect(reset["edited"] as? [String] == ["title", "published_on"])
        #expect(try cli.run(["authors", "--json"]).stdout.contains("Nora Quist") == false)
    }

    @Test func clearingIsACorrectionToo() throws {
        let cli = try CLIRunner.withFixtures()
        defer { cli.cleanUp() }
        let edited = try cli.run(["edit", "1", "--date", "", "--subtitle", "", "--json"])
        #expect(edited.status == 0)
        #expect((try cli.json(edited) as? [String: Any])?["edited"] as? [String] == ["subtitle", "published_on"])
        let r = try cli.record(1)
        #expect(r["published_on"] is NSNull)
        #expect(r["subtitle"] is NSNull)
        #expect(r["edited"] as? [String] == ["subtitle", "published_on"])
        // An undated article is found by no date filter.
        #expect(!(try cli.searchIDs(["--since", "1900"]).contains(1)))
    }

    @Test func badRequestsAreOneLineAndChangeNothing() throws {
        let cli = try CLIRunner.withFixtures()
        defer { cli.cleanUp() }
        let before = try cli.run(["show", "1", "--json"]).stdout
        for (arguments, status, words) in [
            (["edit", "1"], Int32(2), "nothing to change"),
            (["edit", "1", "--kind", "gossip"], 2, "unknown kind 'gossip'"),
            (["edit", "1", "--date", "2019-13-01"], 2, "invalid date '2019-13-01'"),
            (["edit", "1", "--title", " "], 2, "title cannot be empty"),
            (["edit", "1", "--reset", "colour"], 2, "unknown field 'colour'"),
            (["edit", "1", "--kind", "news", "--reset", "kind"], 2, "cannot be combined"),
            (["edit", "999", "--title", "X"], 1, "no article 999"),
            (["edit", "1", "--title", String(repeating: "x", count: 100_000)], 2, "the title is longer than 1000 characters"),
            (["edit", "1", "--subtitle", String(repeating: "x", count: 1_001)], 2, "the subtitle is longer than 1000 characters"),
            (["edit", "1", "--author-name", String(repeating: "x", count: 201)], 2, "an author name is longer than 200 characters"),
            (["edit", "1", "--title", "Bell\u{7}"], 2, "the title contains a control character"),
            (["edit", "1", "--author-name", "Ann\u{1B}[31m Vale"], 2, "an author name contains a control character"),
            (["edit", "", "--title", "X"], 2, "an article id or URL is empty"),
        ] as [([String], Int32, String)] {
            let result = try cli.run(arguments)
            #expect(result.status == status, "\(arguments)")
            #expect(result.stderr.hasPrefix("opedb: ") && result.stderr.contains(words), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(try cli.run(["show", "1", "--json"]).stdout == before)
        #expect(try cli.run(["edit", "--help"]).stdout.contains("opedb edit 3 --kind analysis"))
    }

    /// A rename outlives the author's last article: the byline edited away and given back
    /// (or the article removed and added again) brings back the user's name, not the parser's.
    @Test func anAuthorRenameSurvivesItsLastArticleLeaving() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        try cli.write("tides.md", "# Tides Turn (Op-ed)\n\nBy J. Marrow\n\nMay 1, 2020\n\nThe tide comes in twice a day.\n\nOriginal url: https://example.org/tides\n")
        #expect(try cli.run(["add", cli.path("tides.md")]).status == 0)
        let renamed = try cli.run(["authors", "rename", "J. Marrow", "Josefin Marrow"])
        #expect(renamed.status == 0, "\(renamed.stderr)")
        func byline() throws -> [String] {
            (try cli.record(1)["authors"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
        }
        #expect(try cli.run(["edit", "1", "--author-name", "Aki Brandt"]).status == 0)
        #expect(try byline() == ["Aki Brandt"])
        #expect(try cli.run(["edit", "1", "--reset", "authors"]).status == 0)
        #expect(try byline() == ["Josefin Marrow"])

        #expect(try cli.run(["remove", "1"]).status == 0)
        #expect(try cli.run(["add", cli.path("tides.md")]).status == 0)
        let listed = try #require(try cli.json(try cli.run(["authors", "--json"])) as? [[String: Any]])
        #expect(listed.compactMap { $0["name"] as? String } == ["Josefin Marrow"])
        #expect(try cli.run(["check"]).status == 0)
    }
}
