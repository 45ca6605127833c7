import Foundation
import SQLite
import Testing

/// Damage is found and reported, stops writes, and what can be repaired is: `check` names the
/// repairing command for every problem, `optimize --rebuild-index` recreates the search index
/// whatever happened to its tables, and a stored original that no longer matches its hash stops
/// `add`, `reparse` and makes `export` fail instead of copying it out unnoticed.
@Suite struct DamageTests {
    func archive() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.run(["init"])
        for (i, word) in ["lighthouse", "harbour", "glacier", "orchard"].enumerated() {
            try cli.write("\(word).md", "# The \(word.capitalized) Question\n\nBy Ines Varga\n\nA text about the \(word).\n\nOriginal url: https://example.org/\(i)\n")
        }
        #expect(try cli.run(["add", "lighthouse.md", "harbour.md", "glacier.md", "orchard.md"]).status == 0)
        return cli
    }

    func damage(_ cli: CLIRunner, _ sql: String) throws {
        let db = try Connection(path: cli.path("opedb.sqlite"), mode: .readWrite)
        try db.execute(sql)
    }

    /// What one statement in the `sqlite3` shell does to the index, each found by `check` and
    /// repaired by `optimize --rebuild-index`, without an SQLite message reaching the user.
    @Test(arguments: [
        "DELETE FROM articles_fts_idx",
        "DELETE FROM articles_fts_data WHERE id = 10",
        "DELETE FROM articles_fts_config",
        "UPDATE articles_fts_config SET v = 99 WHERE k = 'version'",
        "DROP TABLE articles_fts_idx",
        "DELETE FROM articles_fts_docsize WHERE id > 2",
        "DELETE FROM article_facts WHERE id <= 2",
    ])
    func indexDamageIsFoundAndRepaired(_ sql: String) throws {
        // The fixtures: an index of several pages (an emptied lookup table of a one-page index
        // does no harm to find).
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        #expect(try cli.run(["add", CLIRunner.fixtures.path, "-q"]).status == 0)
        try damage(cli, sql)
        let check = try cli.run(["check"])
        #expect(check.status == 1)
        let problems = check.stdout.split(separator: "\n")
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.hasSuffix("(fix: opedb optimize --rebuild-index)") }, "\(check.stdout)")
        let rebuild = try cli.run(["optimize", "--rebuild-index"])
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        #expect(try cli.run(["check"]).stdout == "ok: opedb.sqlite is healthy\n")
        #expect(try cli.run(["search", "lighthouse"]).stdout.contains("The Lighthouse Keepers of the Baltic Have Gone Quiet"))
        #expect(try cli.run(["search", "--since", "2021-01-01", "lighthouse"]).stdout.contains("The Lighthouse Keepers"))
    }

    /// Plain `optimize` merges the index's segments, which succeeds on an index whose lookup
    /// table was dropped or whose documents are gone: it must not report such an archive as
    /// optimized, but stop with the command that repairs it, and leave the damage for `check`.
    @Test(arguments: [
        "DELETE FROM articles_fts_idx",
        "DELETE FROM articles_fts_config",
        "DROP TABLE articles_fts_idx",
        "DELETE FROM articles_fts_docsize WHERE id > 2",
    ])
    func plainOptimizeStopsOnADamagedIndex(_ sql: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        #expect(try cli.run(["add", CLIRunner.fixtures.path, "-q"]).status == 0)
        try damage(cli, sql)
        let optimize = try cli.run(["optimize"])
        #expect(optimize.status == 2, "\(optimize.stdout)")
        #expect(optimize.stderr.contains("run 'opedb optimize --rebuild-index'"), "\(optimize.stderr)")
        #expect(try cli.run(["check"]).status == 1)
    }

    /// Tags deleted in the `sqlite3` shell leave their filings behind: `check` names them with
    /// the command that drops them, and the articles themselves stay untouched.
    @Test func filingsUnderADeletedTagAreFoundAndDropped() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        #expect(try cli.run(["tag", "1", "2", "--add", "coasts"]).status == 0)
        try damage(cli, "DELETE FROM tags")
        let check = try cli.run(["check"])
        #expect(check.status == 1)
        #expect(check.stdout == "problem: 2 filings under a tag that no longer exists (fix: opedb optimize --rebuild-index)\n", "\(check.stdout)")
        #expect(try cli.run(["optimize", "--rebuild-index"]).status == 0)
        #expect(try cli.run(["check"]).stdout == "ok: opedb.sqlite is healthy\n")
        #expect(try cli.run(["search", "lighthouse"]).stdout.contains("The Lighthouse Question"))
    }

    /// A damaged index table stops writes with the command that repairs it, not SQLite's words.
    @Test func aBrokenIndexStopsWritesWithTheRepairingCommand() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        try damage(cli, "DELETE FROM articles_fts_config")
        try cli.write("new.md", "# A New Piece\n\nBy Ines Varga\n\nNew text.\n\nOriginal url: https://example.org/new\n")
        for arguments in [["add", "new.md"], ["optimize"], ["remove", "1"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("opedb optimize --rebuild-index"), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("fts5") && !result.stderr.contains("vtable"))
        }
    }

    /// An article whose stored original no longer matches its content hash.
    func damagedOriginal() throws -> CLIRunner {
        let cli = try archive()
        try damage(cli, "UPDATE article_sources SET source = zeroblob(40) WHERE article_id = 2")
        return cli
    }

    @Test func exportReportsArticlesWhoseOriginalsDoNotMatch() throws {
        let cli = try damagedOriginal()
        defer { cli.cleanUp() }
        let export = try cli.run(["export", "--format", "jsonl"])
        #expect(export.status == 2)
        #expect(export.stdout.split(separator: "\n").count == 4)  // everything readable is still written
        #expect(export.stderr.contains("the stored original of 1 article (2) no longer matches its content hash"))
        #expect(export.stderr.contains("run 'opedb check'"))
        let check = try cli.run(["check"])
        #expect(check.stdout.contains("original source missing or no longer matching its article: 1 (ids 2) (fix: "))
    }

    @Test func writesThatTouchADamagedArticleStop() throws {
        let cli = try damagedOriginal()
        defer { cli.cleanUp() }
        let reparse = try cli.run(["reparse"])
        #expect(reparse.status == 2)
        #expect(reparse.stderr.contains("article 2 no longer matches its content hash"))
        // An update of the damaged article (same URL, new text) stops instead of overwriting it.
        try cli.write("harbour2.md", "# The Harbour Question\n\nBy Ines Varga\n\nA freshly written text about the harbour.\n\nOriginal url: https://example.org/1\n")
        let update = try cli.run(["add", "harbour2.md"])
        #expect(update.status == 2)
        #expect(update.stderr.contains("run 'opedb check'"))
        #expect(!(try cli.run(["search", "freshly"]).stdout.contains("Harbour")))
    }

    /// `edit` rebuilds the article from its original: a forged or missing original must stop it,
    /// not become the article (the title, byline and text of another file under the old id).
    @Test func editStopsOnAnOriginalThatDoesNotMatch() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        try damage(cli, """
            UPDATE article_sources SET encoding = 'raw', source = CAST('# Forged Title' || char(10, 10) || 'By Eve Forger' || char(10, 10) || 'Forged text.' AS BLOB)
            WHERE article_id = 2;
            DELETE FROM article_sources WHERE article_id = 3
            """)
        for id in ["2", "3"] {
            let edit = try cli.run(["edit", id, "--kind", "analysis"])
            #expect(edit.status == 2, "\(id)")
            #expect(edit.stderr.contains("article \(id) no longer matches its content hash; nothing was written — run 'opedb check'"), "\(edit.stderr)")
        }
        let shown = try cli.json(try cli.run(["show", "2", "--json"])) as? [String: Any]
        #expect(shown?["title"] as? String == "The Harbour Question")
        #expect((shown?["edited"] as? [String])?.isEmpty == true)
        #expect(try cli.searchIDs(["forged"]).isEmpty)
    }

    /// A table dropped in the `sqlite3` shell is named by `check`, not reported as SQLite's
    /// "no such table" (once `check` stopped on it; once it passed an archive without quotes).
    @Test func checkNamesATableThatWasDropped() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        try damage(cli, "DROP TABLE article_quotes; DROP TABLE tags")
        let check = try cli.run(["check"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("missing table: article_quotes, tags (fix: restore a backup"), "\(check.stdout)")
        #expect(!check.stderr.contains("no such table"))
    }

    /// `show --source` of an original that is missing, or decodes to other bytes than were
    /// added, is not a silent success: it says so (exit 2) after printing what it could read.
    @Test func showSourceReportsAMissingOrForgedOriginal() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        try damage(cli, """
            UPDATE article_sources SET encoding = 'raw', source = CAST('# Forged Title' AS BLOB) WHERE article_id = 2;
            DELETE FROM article_sources WHERE article_id = 3
            """)
        for id in ["2", "3"] {
            let shown = try cli.run(["show", id, "--source"])
            #expect(shown.status == 2, "\(id)")
            #expect(shown.stderr.contains("the stored original of article \(id) is missing or no longer matches its content hash"),
                    "\(shown.stderr)")
        }
        #expect(try cli.run(["show", "2", "--source"]).stdout == "# Forged Title")
        #expect(try cli.run(["show", "1", "--source"]).status == 0)
    }

    /// SQLite's own corruption codes stop a write command with exit status 2 and a pointer to
    /// `check`, and `check` itself reports the damage instead of failing on it.
    @Test func aCorruptFileStopsWritesAndCheckReportsIt() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let root: Int
        do {
            let db = try Connection(path: cli.path("opedb.sqlite"), mode: .readWrite)
            try db.execute("PRAGMA journal_mode = DELETE")
            root = try db.scalar("SELECT rootpage FROM sqlite_schema WHERE name = 'articles'").int ?? 0
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: cli.path("opedb.sqlite")))
        try handle.seek(toOffset: UInt64((root - 1) * 4096))
        try handle.write(contentsOf: Data([0x0D] + [UInt8](repeating: 0xFF, count: 200)))
        try handle.close()
        try cli.write("new.md", "# A New Piece\n\nBy Ines Varga\n\nNew text.\n\nOriginal url: https://example.org/new\n")
        for arguments in [["add", "new.md"], ["remove", "1"], ["reparse"], ["export"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasSuffix("run 'opedb check' for details\n"), "\(arguments): \(result.stderr)")
        }
        let check = try cli.run(["check"])
        #expect(check.status == 1)
        #expect(check.stdout.hasPrefix("problem: the file's structure cannot be read: the file is damaged (fix: restore a backup"))
    }
}
