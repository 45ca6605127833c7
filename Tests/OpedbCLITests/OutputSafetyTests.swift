import Foundation
import Testing

/// Files opedb writes (`export`, `backup`) appear whole or not at all, and never over the archive.
@Suite struct OutputSafetyTests {
    /// A folder with an archive holding two small articles.
    func archive() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.run(["init"])
        try cli.write("one.md", "# First piece\n\nBody of the first piece.\n\nOriginal url: https://example.org/1\n")
        try cli.write("two.md", "# Second piece\n\nBody of the second piece.\n\nOriginal url: https://example.org/2\n")
        let add = try cli.run(["add", "one.md", "two.md"])
        #expect(add.status == 0, "\(add.stderr)")
        return cli
    }

    func bytes(_ cli: CLIRunner, _ name: String) -> Data? { FileManager.default.contents(atPath: cli.path(name)) }

    /// Names opedb left behind while writing (temporary files).
    func leftovers(_ cli: CLIRunner) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: cli.directory.path).filter { $0.contains(".opedb-") }
    }

    @Test func exportNeverWritesOverTheArchive() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: cli.path("link.sqlite"), withDestinationPath: "opedb.sqlite")
        try FileManager.default.createDirectory(atPath: cli.path("sub"), withIntermediateDirectories: true)
        let before = try #require(bytes(cli, "opedb.sqlite"))
        let attempts: [[String]] = [
            ["export", "--output", "opedb.sqlite", "--database", "opedb.sqlite"],
            ["export", "--output", "opedb.sqlite"],                          // the default archive
            ["export", "--output", "link.sqlite", "--force"],                // through a symlink
            ["export", "--output", "sub/../opedb.sqlite", "--force"],        // another spelling
            ["export", "--output", cli.path("opedb.sqlite"), "--force", "--format", "csv"],
            ["export", "--output", "opedb.sqlite-wal", "--force"],           // its WAL, not there yet
            ["export", "--output", "opedb.sqlite", "--database", "link.sqlite", "--force"],
            ["backup", "opedb.sqlite", "--force"],
            ["backup", "opedb.sqlite-shm", "--force", "--database", "link.sqlite"],
        ]
        for arguments in attempts {
            let result = try cli.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix("opedb: refusing to write"), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(bytes(cli, "opedb.sqlite") == before, "\(arguments)")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.path("opedb.sqlite-wal")))
        #expect(try leftovers(cli).isEmpty)
        #expect(try cli.run(["search", "piece"]).stdout.contains("First piece"))
    }

    @Test func anExistingOutputIsReplacedOnlyWithForce() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        try cli.write("out.jsonl", "keep me\n")
        let refused = try cli.run(["export", "--output", "out.jsonl"])
        #expect(refused.status == 2)
        #expect(refused.stderr == "opedb: out.jsonl already exists; pass --force to replace it\n")
        #expect(bytes(cli, "out.jsonl") == Data("keep me\n".utf8))
        let forced = try cli.run(["export", "--output", "out.jsonl", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(String(decoding: bytes(cli, "out.jsonl") ?? Data(), as: UTF8.self).split(separator: "\n").count == 2)

        try cli.write("copy.sqlite", "keep me too\n")
        #expect(try cli.run(["backup", "copy.sqlite"]).status == 2)
        #expect(bytes(cli, "copy.sqlite") == Data("keep me too\n".utf8))
        let backup = try cli.run(["backup", "copy.sqlite", "--force"])
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(try cli.run(["search", "piece", "--database", "copy.sqlite"]).stdout.contains("Second piece"))

        try FileManager.default.createDirectory(atPath: cli.path("md"), withIntermediateDirectories: true)
        try cli.write("md/old.md", "# Old\n")
        #expect(try cli.run(["export", "--format", "markdown", "--output", "md"]).status == 2)
        #expect(try cli.run(["export", "--format", "markdown", "--output", "md", "--force"]).status == 0)
        #expect(try leftovers(cli).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.path("md")).filter { $0.contains(".opedb-") }.isEmpty)
    }
}
