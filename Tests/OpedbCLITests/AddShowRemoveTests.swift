import Foundation
import Testing

@Suite struct AddShowRemoveTests {
    func archiveWithFixtures() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.run(["init"])
        let result = try cli.run(["add", CLIRunner.fixtures.path])
        #expect(result.status == 0, "\(result.stderr)")
        return cli
    }

    @Test func addsAFolderOfFixtures() throws {
        let cli = try archiveWithFixtures()
        defer { cli.cleanUp() }
        let again = try cli.run(["add", CLIRunner.fixtures.path])
        #expect(again.status == 0)
        #expect(again.stdout.contains("0 added, 0 updated, 31 unchanged, 0 failed"))
        #expect(again.stdout.contains("unchanged 1  The Lighthouse Keepers of the Baltic Have Gone Quiet — Miriam Tollefsen, 2021-03-14"))
    }

    @Test func badFilesFailAloneWithTheirReasons() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        let dir = cli.directory.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("# Good One\n\nBy Jane Doe\n\nA body.".utf8).write(to: dir.appendingPathComponent("a.md"))
        try Data().write(to: dir.appendingPathComponent("b.txt"))
        try Data([0x23, 0x20, 0x00, 0x01]).write(to: dir.appendingPathComponent("c.txt"))
        try Data("   \n\n  ".utf8).write(to: dir.appendingPathComponent("d.md"))
        try Data([0x41, 0x81, 0x8D]).write(to: dir.appendingPathComponent("e.txt"))
        try Data("# Good Two\n\nAnother body.".utf8).write(to: dir.appendingPathComponent("f.txt"))
        try Data("ignored".utf8).write(to: dir.appendingPathComponent("g.pdf"))
        let result = try cli.run(["add", "in", "missing.txt"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("added 1  Good One — Jane Doe"))
        #expect(result.stdout.contains("added 2  Good Two"))
        #expect(result.stdout.contains("2 added, 0 updated, 0 unchanged, 5 failed"))
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.contains("opedb: in/b.txt: file is empty"))
        #expect(errors.contains("opedb: in/c.txt: binary content (NUL bytes), not a text article"))
        #expect(errors.contains("opedb: in/d.md: file contains only whitespace"))
        #expect(errors.contains("opedb: in/e.txt: bytes are neither UTF-8 nor Windows-1252"))
        #expect(errors.contains("opedb: missing.txt: no such file or directory"))
        #expect(!result.stderr.contains("g.pdf"))
    }

    @Test func jsonShapeOfAdd() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        try cli.write("a.md", "# Title A\n\nBy Jane Doe\n\nBody.")
        let dry = try cli.run(["add", "a.md", "nope.md", "--dry-run", "--json"])
        #expect(dry.status == 1)
        let items = try #require(try cli.json(dry) as? [[String: Any]])
        #expect(items.count == 2)
        #expect(Set(items[0].keys).isSuperset(of: ["path", "status", "id", "title", "error", "warnings", "dry_run"]))
        #expect(items[0]["status"] as? String == "added")
        #expect(items[0]["id"] is NSNull)
        #expect(items[0]["dry_run"] as? Bool == true)
        #expect(items[1]["status"] as? String == "failed")
        #expect(items[1]["error"] as? String == "no such file or directory")
        // Nothing was written by the dry run.
        let real = try cli.run(["add", "a.md", "--json"])
        let stored = try #require(try cli.json(real) as? [[String: Any]])
        #expect(stored[0]["id"] as? Int == 1)
        #expect(stored[0]["status"] as? String == "added")
        #expect(stored[0]["dry_run"] as? Bool == false)
    }

    @Test func addReadsStdin() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        let result = try cli.run(["add", "-"], stdin: Data("# From Stdin\n\nA body.".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("added 1  From Stdin"))
    }

    @Test func showByIdAndURLWithTheJSONContract() throws {
        let cli = try archiveWithFixtures()
        defer { cli.cleanUp() }
        let url = "https://www.themoscowtimes.com/2021/03/14/the-lighthouse-keepers-of-the-baltic-have-gone-quiet-a73311"
        let byURL = try cli.run(["show", url, "--json"])
        let byID = try cli.run(["show", "1", "--json"])
        #expect(byURL.status == 0)
        #expect(byURL.stdout == byID.stdout)
        let object = try #require(try cli.json(byID) as? [String: Any])
        let keys: Set<String> = ["id", "title", "subtitle", "kind", "published_on", "url", "publication", "authors",
                                 "image_credit", "body", "word_count", "related", "quotes", "author_notes", "books",
                                 "mentions", "added_at", "updated_at"]
        #expect(Set(object.keys).isSuperset(of: keys))
        #expect(object["published_on"] as? String == "2021-03-14")
        #expect((object["publication"] as? [String: Any])?["name"] as? String == "The Moscow Times")
        #expect((object["authors"] as? [[String: Any]])?.first?["name"] as? String == "Miriam Tollefsen")
        let related = try #require(object["related"] as? [[String: Any]])
        #expect(related.first?["title"] as? String == "Why the Harbour Pilots of Klaipeda Still Matter")
        #expect(related.first?["id"] as? Int == 2)
        #expect(related.last?["id"] is NSNull)
        let books = try #require(object["books"] as? [[String: Any]])
        #expect(books.map { $0["title"] as? String } == ["Keepers of the Light", "Salt, Stone, and Signal"])
        #expect(books.last?["year"] is NSNull)
        #expect(books.last?["forthcoming"] as? Bool == true)
        #expect(object["mentions"] as? [String] == ["Harbour Gazette"])
        let notes = try #require(object["author_notes"] as? [[String: Any]])
        #expect(notes.first?["author"] as? String == "Miriam Tollefsen")

        let text = try cli.run(["show", "1"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("The Lighthouse Keepers of the Baltic Have Gone Quiet\n"))
        #expect(text.stdout.contains("op-ed · The Moscow Times · 2021-03-14 · #1"))
        #expect(!text.stdout.contains("\u{1B}["))  // no escape codes when piped

        let missing = try cli.run(["show", "999"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "opedb: no article 999\n")
    }

    @Test func showSourceGivesBackTheOriginalBytes() throws {
        let cli = try archiveWithFixtures()
        defer { cli.cleanUp() }
        let original = try Data(contentsOf: CLIRunner.fixtures.appendingPathComponent("07-windows-1252.txt"))
        let id = try #require(try cli.json(cli.run(["add", CLIRunner.fixtures.appendingPathComponent("07-windows-1252.txt").path, "--json"])) as? [[String: Any]]).first?["id"] as? Int
        let source = try cli.run(["show", String(id ?? 0), "--source"])
        #expect(source.stdoutData == original)
    }

    @Test func removeDeletesAndReportsMissingOnes() throws {
        let cli = try archiveWithFixtures()
        defer { cli.cleanUp() }
        let dry = try cli.run(["remove", "3", "--dry-run"])
        #expect(dry.stdout.hasPrefix("would remove 3"))
        let result = try cli.run(["remove", "3", "4", "999"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("removed 3"))
        #expect(result.stdout.contains("removed 4"))
        #expect(result.stderr.contains("opedb: no article 999"))
        #expect(try cli.run(["show", "3"]).status == 1)
        #expect(try cli.run(["show", "5"]).status == 0)
    }
}
