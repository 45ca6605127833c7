import Foundation
import Testing

@Suite struct InitCommandTests {
    @Test func initCreatesAMigratedArchiveAndIsHarmlessTwice() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let first = try cli.run(["init"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("created opedb.sqlite"))
        #expect(FileManager.default.fileExists(atPath: cli.path("opedb.sqlite")))
        let second = try cli.run(["init"])
        #expect(second.status == 0)
        #expect(second.stdout.contains("nothing to do"))
        // The header says opedb: application_id "OPDB" at offset 68.
        let header = try Data(contentsOf: URL(fileURLWithPath: cli.path("opedb.sqlite"))).prefix(100)
        #expect(Array(header[68..<72]) == Array("OPDB".utf8))
    }

    @Test func databaseLocationFollowsOptionThenEnvironment() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["init", "--database", "explicit.sqlite"]).status == 0)
        #expect(try cli.run(["init"], environment: ["OPEDB_DATABASE": "env.sqlite"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.path("explicit.sqlite")))
        #expect(FileManager.default.fileExists(atPath: cli.path("env.sqlite")))
        #expect(!FileManager.default.fileExists(atPath: cli.path("opedb.sqlite")))
    }

    @Test func otherCommandsRefuseAMissingArchiveWithoutCreatingIt() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        for arguments in [["show", "1"], ["add", "x.txt"], ["remove", "1"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("opedb: no archive at opedb.sqlite"))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(!FileManager.default.fileExists(atPath: cli.path("opedb.sqlite")))
    }

    @Test func aFileThatIsNotAnArchiveIsLeftUntouched() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("notes.sqlite", "these are my notes, not a database\n")
        for arguments in [["init"], ["add", "-"], ["show", "1"]] {
            let result = try cli.run(arguments + ["--database", "notes.sqlite"], stdin: Data("# T\n\nBody.".utf8))
            #expect(result.status == 2)
            #expect(result.stderr.contains("not an SQLite database"))
        }
        #expect(try String(contentsOfFile: cli.path("notes.sqlite"), encoding: .utf8) == "these are my notes, not a database\n")
    }

    @Test func versionAndHelp() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let version = try cli.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.first?.isNumber == true)
        let help = try cli.run(["add", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples:"))
        let usage = try cli.run(["show"])
        #expect(usage.status == 2)
        #expect(usage.stderr.hasPrefix("opedb: Missing expected argument"))
    }
}
