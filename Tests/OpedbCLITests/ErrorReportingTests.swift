import Foundation
import OpeDB
import SQLite
import Testing
@testable import OpedbCLI

/// Errors are one line without SQL; locks and damage exit 2 as the README says.
@Suite struct ErrorReportingTests {
    @Test func lockedAndDamagedAreArchiveProblemsWithoutSQL() {
        let cases: [(Int32, String, Int32)] = [
            (5, "database is locked", 2),          // SQLITE_BUSY
            (6, "database table is locked", 2),    // SQLITE_LOCKED
            (11, "database disk image is malformed", 2),
            (26, "file is not a database", 2),
            (19, "UNIQUE constraint failed: authors.key", 1),
        ]
        for (code, message, status) in cases {
            let error = SQLiteError(code: code, message: message, sql: "INSERT INTO authors (key)\nVALUES (?)")
            let described = Failure.describe(error)
            #expect(described.status == status, "\(message)")
            #expect(described.message.contains(message))
            #expect(!described.message.contains("INSERT"))
            #expect(!described.message.contains("\n"))
            let wrapped = Failure.describe(ArchiveError.database(error, context: "cannot read opedb.sqlite"))
            #expect(wrapped.status == 2)
            #expect(!wrapped.message.contains("INSERT"))
        }
        #expect(Failure.describe(UsageError("two\nlines")).message == "two lines")
    }

    func archive() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.run(["init"])
        try ReliabilityTests.writeArticles(cli.directory.appendingPathComponent("in"), prefix: "oak", count: 60)
        #expect(try cli.run(["add", "in"]).status == 0)
        return cli
    }

    @Test func aDamagedArchiveExitsTwoWithOneLine() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        // The root page of the articles table overwritten with a fixed pattern: the archive
        // opens (its header and schema are whole), and the first read of the articles fails.
        let root = try Connection(path: cli.path("opedb.sqlite"), mode: .readOnly)
            .scalar("SELECT rootpage FROM sqlite_schema WHERE name = 'articles'").int ?? 0
        let url = URL(fileURLWithPath: cli.path("opedb.sqlite"))
        var bytes = try Data(contentsOf: url)
        let pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        for i in (root - 1) * pageSize ..< root * pageSize { bytes[i] = UInt8(truncatingIfNeeded: i &* 131 &+ 7) }
        try bytes.write(to: url)
        let export = try cli.run(["export"])
        #expect(export.status == 2, "\(export.stderr)")
        #expect(export.stderr.hasPrefix("opedb: "))
        #expect(export.stderr.split(separator: "\n").count == 1, "\(export.stderr)")
        #expect(!export.stderr.contains("SELECT"), "\(export.stderr)")
        #expect(export.stderr.contains("opedb check"))
    }

    @Test func reparseFailuresGoToStandardError() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        // Article 2 takes article 3's URL, and article 3 is marked as parsed by an older parser:
        // its new parse then claims a URL another article has, and fails alone. (A damaged
        // original is not a failure but damage: it stops the run, see DamageTests.)
        let db = try Connection(path: cli.path("opedb.sqlite"), mode: .readWrite)
        try db.execute("""
            CREATE TEMP TABLE taken AS SELECT url FROM articles WHERE id = 3;
            UPDATE articles SET url = NULL, parse_hash = 'stale' WHERE id = 3;
            UPDATE articles SET url = (SELECT url FROM temp.taken) WHERE id = 2;
            """)
        let reparse = try cli.run(["reparse"])
        #expect(reparse.status == 1)
        #expect(!reparse.stdout.contains("failed:"), "\(reparse.stdout)")
        #expect(reparse.stdout.contains("1 failed"))
        #expect(reparse.stderr.hasPrefix("opedb: article 3 failed: "), "\(reparse.stderr)")
        #expect(reparse.stderr.split(separator: "\n").count == 1)
    }
}

/// Errors that name the thing: the path, the folder, the bound; exit 2 for usage, no SQL.
@Suite struct NamedErrorTests {
    @Test func anEmptyDatabaseOptionIsRefused() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        for arguments in [["search", "harbour"], ["stats"], ["init"], ["search", "harbour", "--json"]] {
            let output = try cli.run(arguments + ["--database", ""])
            #expect(output.status == 2, "\(arguments)")
            #expect(output.stderr.hasPrefix("opedb: --database is empty"), "\(arguments): \(output.stderr)")
        }
    }

    /// `--output ""` (an unset variable) once read `cannot write : No such file or directory`, and
    /// `cite ""` read `no article ` with nothing after: both name what is empty, exit 2.
    @Test func anEmptyOutputOrArticleIsAUsageErrorNamingIt() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        for (arguments, message) in [
            (["export", "--output", ""], "--output is empty"),
            (["export", "--format", "markdown", "--output", ""], "--output is empty"),
            (["cite", "1", "--output", ""], "--output is empty"),
            (["backup", ""], "the backup file name is empty"),
            (["cite", ""], "an article id or URL is empty"),
            (["cite", "1", " "], "an article id or URL is empty"),
            (["edit", "", "--title", "X"], "an article id or URL is empty"),
            (["tag", ""], "an article id or URL is empty"),
            (["remove", "", "--dry-run"], "an article id or URL is empty"),
            (["show", ""], "an article id or URL is empty"),
        ] {
            let output = try cli.run(arguments)
            #expect(output.status == 2, "\(arguments)")
            #expect(output.stderr.hasPrefix("opedb: \(message)"), "\(arguments): \(output.stderr)")
            #expect(output.stderr.split(separator: "\n").count == 1, "\(arguments)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.path(".")) == ["opedb.sqlite"])
    }

    @Test func parseNamesTheMissingPathAndGoesOn() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let output = try cli.run(["parse", "/nonexistent/article.md", CLIRunner.fixtures.appendingPathComponent("01-op-ed-full.md").path])
        #expect(output.status == 1)
        #expect(output.stderr == "opedb: /nonexistent/article.md: no such file or directory\n")
        #expect(output.stdout.contains("\"title\""))
    }

    @Test func aNegativeLimitGetsItsBound() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        for arguments in [["search", "x", "--limit", "-1"], ["search", "--limit", "-1", "x", "--json"]] {
            let output = try cli.run(arguments)
            #expect(output.status == 2)
            #expect(output.stderr.contains("--limit must be a whole number from 1 to 1000"), "\(output.stderr)")
        }
    }

    @Test func backupAndExportIntoAMissingFolderNameIt() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        for arguments in [["backup", "missing/copy.sqlite"], ["export", "--output", "missing/out.jsonl"]] {
            let output = try cli.run(arguments)
            #expect(output.status == 2, "\(arguments)")
            #expect(output.stderr == "opedb: cannot write missing/\(arguments[0] == "backup" ? "copy.sqlite" : "out.jsonl"): no folder missing\n",
                    "\(output.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.path("missing")))
    }

    /// SQLite's own errors outside search never reach the user with their SQL.
    @Test func noSQLInAnyMessage() {
        let sql = "SELECT a.id FROM articles a WHERE a.id = ?"
        for code: Int32 in [1, 3, 7, 8, 9, 10, 13, 14, 18, 19, 20, 23, 25] {
            let error = SQLiteError(code: code, message: "something failed", sql: sql)
            for wrapped in [error as any Error, ArchiveError.database(error, context: "cannot read x.sqlite")] {
                let described = Failure.describe(wrapped)
                #expect(!described.message.contains("SELECT"), "\(code)")
                #expect(!described.message.contains("\n"))
            }
        }
    }
}
