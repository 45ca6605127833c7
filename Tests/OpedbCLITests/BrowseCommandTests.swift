import Foundation
import SQLite
import Testing
@testable import OpedbCLI

@Suite struct BrowseCommandTests {
    func archive() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.run(["init"])
        try cli.run(["add", CLIRunner.fixtures.path])
        return cli
    }

    @Test func authorsTableIsStableAndFitsTheWidth() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let wide = try cli.run(["authors"])
        let lines = wide.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "id  name                     articles  books  affiliation                                                             dates                    aliases")
        #expect(lines.contains(" 1  Miriam Tollefsen                2      2  director of the Institute for Coastal Studies in Gdansk                 2021-03-14 – 2022-10-09  Miriam T. Tollefsen"))
        #expect(lines.contains(" 6  Łukasz Żółtowski                1      0  journalist based in Kraków                                              2019-03-04               "))
        let narrow = try cli.run(["authors"], environment: ["COLUMNS": "90"])
        for line in narrow.stdout.split(separator: "\n") { #expect(line.unicodeScalars.count <= 90, "\(line)") }
        #expect(narrow.stdout.contains("…"))
    }

    @Test func authorsJSONShape() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let authors = try #require(try cli.json(cli.run(["authors", "--json", "--sort", "articles"])) as? [[String: Any]])
        #expect(Set(authors[0].keys) == ["id", "name", "aliases", "article_count", "book_count", "affiliation", "first_published", "last_published"])
        #expect(authors[0]["name"] as? String == "Miriam Tollefsen")
        let detail = try #require(try cli.json(cli.run(["author", "Tollefsen", "--json"])) as? [String: Any])
        #expect(Set(detail.keys) == ["id", "name", "aliases", "affiliations", "books", "articles"])
        let affiliation = try #require((detail["affiliations"] as? [[String: Any]])?.first)
        #expect(Set(affiliation.keys) == ["text", "published_on", "article_id"])
        #expect(Set(try #require((detail["books"] as? [[String: Any]])?.first).keys) == ["id", "title", "role"])
        #expect(Set(try #require((detail["articles"] as? [[String: Any]])?.first).keys) == ["id", "title", "published_on"])
    }

    @Test func authorExitStatuses() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let ambiguous = try cli.run(["author", "Novikov"])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr.contains("matches 2 authors"))
        #expect(try cli.run(["author", "Nobody Atall"]).status == 1)
        #expect(try cli.run(["author", "Kenji R. Novikov"]).status == 0)
    }

    @Test func mergeAndRenameFromTheCommandLine() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let merge = try cli.run(["authors", "merge", "Kenji C. Novikov", "Kenji R. Novikov"])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(try cli.run(["author", "Novikov"]).status == 0)
        let rename = try cli.run(["authors", "rename", "Novikov", "Kenji Novikov-Sato"])
        #expect(rename.status == 0, "\(rename.stderr)")
        let hits = try #require(try cli.json(cli.run(["search", "authors:sato", "--json"])) as? [[String: Any]])
        #expect(hits.count == 2)
        #expect(try cli.run(["check"]).status == 0)

        // A new name is checked as `edit --author-name` checks one: one line, exit 2, nothing renamed.
        for bad in ["", "Kenji\u{1B}]0;pwned\u{07}Sato", String(repeating: "K", count: 201)] {
            let refused = try cli.run(["authors", "rename", "Novikov", bad])
            #expect(refused.status == 2 && refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
        }
        #expect(try cli.run(["author", "Kenji Novikov-Sato"]).status == 0)
    }

    @Test func booksPublicationsAndStatsJSON() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let books = try #require(try cli.json(cli.run(["books", "--json"])) as? [[String: Any]])
        #expect(Set(books[0].keys) == ["id", "title", "subtitle", "publisher", "year", "forthcoming", "authors", "editors", "article_count"])
        #expect(try cli.run(["books", "--author", "nobody-known"]).status == 1)
        let publications = try #require(try cli.json(cli.run(["publications", "--json"])) as? [[String: Any]])
        #expect(Set(publications[0].keys) == ["id", "name", "domain", "article_count", "mentioned_count"])
        #expect(publications[0]["name"] as? String == "The Moscow Times")
        let stats = try #require(try cli.json(cli.run(["stats", "--json"])) as? [String: Any])
        #expect(Set(stats.keys) == ["articles", "authors", "books", "publications", "size_bytes", "first_published", "last_published", "per_year"])
        #expect((stats["per_year"] as? [String: Int])?["2019"] == 6)
        let chart = try cli.run(["stats"])
        let year2019 = chart.stdout.split(separator: "\n").first { $0.hasPrefix("2019  ") }
        #expect(year2019?.hasPrefix("2019  #") == true)  // plain-text bars when piped
        #expect(year2019?.hasSuffix(" 6") == true)
        #expect(!chart.stdout.contains("\u{1B}["))
    }

    @Test func checkReportsProblemsWithExitOne() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        #expect(try cli.run(["check"]).stdout.hasPrefix("ok:"))
        do {
            let db = try Connection(path: cli.path("opedb.sqlite"), mode: .readWrite)
            try db.run("UPDATE articles SET title = 'tampered' WHERE id = 1")
        }
        let broken = try cli.run(["check"])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("problem: search index out of step with the articles"))
        #expect(try cli.run(["optimize", "--rebuild-index"]).status == 0)
        #expect(try cli.run(["check"]).status == 0)
    }

    /// The count of written files agrees with its noun: "wrote 1 files" was printed once.
    @Test func aMarkdownExportCountsItsFiles() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        #expect(try cli.run(["add", CLIRunner.fixtures.appendingPathComponent("01-op-ed-full.md").path]).status == 0)
        let one = try cli.run(["export", "--format", "markdown", "--output", "one"])
        #expect(one.status == 0 && one.stderr == "opedb: wrote 1 file to one\n", "\(one.stderr)")
        #expect(try cli.run(["add", CLIRunner.fixtures.appendingPathComponent("02-two-authors.md").path]).status == 0)
        #expect(try cli.run(["export", "--format", "markdown", "--output", "two"]).stderr == "opedb: wrote 2 files to two\n")
    }

    @Test func exportFormatsAndRoundTrip() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let jsonl = try cli.run(["export", "--format", "jsonl"])
        #expect(jsonl.stdout.split(separator: "\n").count == CLIRunner.fixtureCount)
        let csv = try cli.run(["export", "--format", "csv", "--output", "all.csv"])
        #expect(csv.status == 0)
        #expect(try String(contentsOfFile: cli.path("all.csv"), encoding: .utf8).hasPrefix("id,title,subtitle,kind,published_on,url,publication,authors,image_credit,word_count,added_at,updated_at,tags\r\n"))
        #expect(try cli.run(["export", "--format", "markdown"]).status == 2)
        #expect(try cli.run(["export", "--format", "markdown", "--output", "md"]).status == 0)
        #expect(try cli.run(["init", "--database", "copy.sqlite"]).status == 0)
        let added = try cli.run(["add", "md", "--database", "copy.sqlite"])
        #expect(added.stdout.contains("\(CLIRunner.fixtureCount) added, 0 updated, 0 unchanged, 0 failed"))
        // Same articles, same fields (ids, timestamps and source paths aside).
        let again = try cli.run(["export", "--format", "jsonl", "--database", "copy.sqlite"])
        // A web page declares its outlet (`og:site_name`); opedb's Markdown has no line for it
        // yet, so the copy of a page names its outlet by the domain.
        let pages = Set(try jsonl.stdout.split(separator: "\n").compactMap { line -> String? in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return (object["source_path"] as? String)?.hasSuffix(".html") == true ? object["title"] as? String : nil
        })
        #expect(pages.count == 3)
        func normalized(_ text: String) throws -> [String] {
            try text.split(separator: "\n").map { line in
                var object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                if let title = object["title"] as? String, pages.contains(title) { object.removeValue(forKey: "publication") }
                for key in ["id", "added_at", "updated_at", "source_path"] { object.removeValue(forKey: key) }
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                return String(decoding: data, as: UTF8.self).replacingOccurrences(of: #""id":\d+"#, with: "", options: .regularExpression)
            }
        }
        #expect(try normalized(jsonl.stdout) == normalized(again.stdout))
    }

    @Test func backupAndReparse() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        #expect(try cli.run(["backup", "copy.sqlite"]).status == 0)
        #expect(try cli.run(["backup", "copy.sqlite"]).status == 2)  // never overwrites
        #expect(try cli.run(["search", "harbour", "--database", "copy.sqlite"]).status == 0)
        let reparse = try cli.run(["reparse"])
        #expect(reparse.stdout.contains("\(CLIRunner.fixtureCount) examined: 0 updated, \(CLIRunner.fixtureCount) unchanged, 0 failed"))
    }

    @Test func completionScriptsAreGenerated() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let bash = try cli.run(["--generate-completion-script", "bash"])
        #expect(bash.status == 0)
        #expect(bash.stdout.contains("opedb"))
    }
}

/// Listings share the width sensibly and say what they leave out.
@Suite struct ListingWidthTests {
    @Test func authorsKeepWholeNamesAt80Columns() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        try cli.run(["add", CLIRunner.fixtures.path])
        let output = try cli.run(["authors"], environment: ["COLUMNS": "80"])
        let lines = output.stdout.split(separator: "\n").map(String.init)
        for line in lines { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
        for name in ["Henrik Solberg-Nakamura", "Sofia Maria Lindqvist", "Łukasz Żółtowski", "Miriam Tollefsen"] {
            #expect(lines.contains { $0.contains(name) }, "\(name) cut")
        }
        // Dates give way to years before names give way at all.
        #expect(lines.contains { $0.contains("Miriam Tollefsen") && $0.contains("2021–2022") })
    }

    @Test func statsSaysHowManyUndatedArticlesItsChartLeavesOut() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        try cli.run(["add", CLIRunner.fixtures.path])
        let stats = try #require(try cli.json(cli.run(["stats", "--json"])) as? [String: Any])
        let perYear = try #require(stats["per_year"] as? [String: Int])
        let undated = try #require(stats["articles"] as? Int) - perYear.values.reduce(0, +)
        #expect(undated > 0)
        let text = try cli.run(["stats"]).stdout
        #expect(text.hasSuffix("\n\(undated) undated articles not shown\n"), "\(text)")
    }
}
