import Foundation
import SQLite
import Testing

/// The archive under stress: concurrent writers, hostile files, permissions, damaged files.
@Suite struct ReliabilityTests {
    static let firstNames = ["Ann", "Ben", "Cleo", "Dan", "Eva", "Finn", "Gus"]

    /// Writes `count` small distinct articles into `folder`.
    static func writeArticles(_ folder: URL, prefix: String, count: Int) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for i in 0..<count {
            let text = """
                # \(prefix) report number \(i) (Op-ed)

                By [\(Self.firstNames[i % 7]) \(prefix.capitalized)](#)

                May \(1 + i % 28), 2020

                Body of \(prefix) article \(i) about harbours and \(prefix)word\(i).

                *\(Self.firstNames[i % 7]) \(prefix.capitalized) is the author of Book \(Self.firstNames[i % 5]) (Press, 2011).*

                Original url: https://example.org/\(prefix)/\(i)
                """
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(prefix)-\(i).md"))
        }
    }

    func start(_ cli: CLIRunner, _ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = cli.directory
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        return (process, err)
    }

    @Test func fourWritersAndASearcherLoseNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        for w in 0..<4 { try Self.writeArticles(cli.directory.appendingPathComponent("in\(w)"), prefix: ["alder", "birch", "cedar", "dogwood"][w], count: 250) }
        let writers = try (0..<4).map { try start(cli, ["add", "in\($0)"]) }
        var searches = 0
        var searchFailures: [String] = []
        while writers.contains(where: { $0.0.isRunning }) {
            let result = try cli.run(["search", "harbours", "--limit", "3"])
            if result.status != 0 { searchFailures.append(result.stderr) }
            searches += 1
        }
        for (process, err) in writers {
            process.waitUntilExit()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 0, "\(message)")
            #expect(!message.contains("locked"))
        }
        #expect(searchFailures.isEmpty, "\(searchFailures.first ?? "")")
        #expect(searches > 0)
        let db = try Connection(path: cli.path("opedb.sqlite"), mode: .readOnly)
        #expect(try db.scalar("SELECT count(*) FROM articles").int == 1_000)
        #expect(try db.scalar("SELECT count(DISTINCT url) FROM articles").int == 1_000)
        #expect(try db.scalar("SELECT count(*) FROM authors").int == 28)
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func twoWritersAddingTheSameFilesStoreEachOnce() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        try Self.writeArticles(cli.directory.appendingPathComponent("same"), prefix: "spruce", count: 300)
        let writers = try (0..<2).map { _ in try start(cli, ["add", "same"]) }
        for (process, err) in writers {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
        }
        let db = try Connection(path: cli.path("opedb.sqlite"), mode: .readOnly)
        #expect(try db.scalar("SELECT count(*) FROM articles").int == 300)
        #expect(try db.scalar("SELECT count(*) FROM authors").int == 7)
        #expect(try db.scalar("SELECT count(*) FROM books").int == 35)
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func specialFilesAreRefusedWithoutBeingOpened() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        try cli.write("good.md", "# Good\n\nBody.")
        #expect(mkfifo(cli.path("pipe.md"), 0o644) == 0)
        try FileManager.default.createDirectory(atPath: cli.path("loop/inner"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: cli.path("loop/inner/back"), withDestinationPath: cli.path("loop"))
        try cli.write("loop/inner/real.md", "# In the loop\n\nBody.")
        // A FIFO would block a reader forever: that this returns at all shows it was not opened.
        let result = try cli.run(["add", "good.md", "pipe.md", "/dev/null", "loop", "nowhere.md"])
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.contains("opedb: pipe.md: not a regular file (a FIFO); refused without opening it"))
        #expect(errors.contains("opedb: /dev/null: not a regular file (a character device); refused without opening it"))
        // The link back up is not followed without --follow (skipped, and counted on stderr).
        #expect(errors.contains("opedb: skipped 1: symlink to a folder; not followed (--follow follows it) (--verbose lists them)"))
        #expect(errors.contains("opedb: nowhere.md: no such file or directory"))
        #expect(result.stdout.contains("2 added"))
    }

    @Test func filesAboveTheSizeLimitAreRefusedUnlessRaised() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        try cli.write("big.md", "# Big\n\n" + String(repeating: "x", count: 3_000_000))
        let refused = try cli.run(["add", "big.md", "--max-size", "1M"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("above the 1.0 MB limit (raise it with --max-size)"))
        #expect(try cli.run(["add", "big.md", "--max-size", "4M"]).status == 0)
        // 200 MB (sparse, so the test stays cheap): refused by size before a byte is read.
        _ = FileManager.default.createFile(atPath: cli.path("huge.md"), contents: nil)
        #expect(truncate(cli.path("huge.md"), 200 * 1_048_576) == 0)
        let huge = try cli.run(["add", "huge.md"])
        #expect(huge.status == 1)
        #expect(huge.stderr == "opedb: huge.md: file is 200 MB, above the 50 MB limit (raise it with --max-size)\n")
    }

    @Test func aTruncatedArchiveGivesAClearError() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        try cli.run(["add", CLIRunner.fixtures.path])
        try cli.run(["optimize"])
        let path = cli.path("opedb.sqlite")
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
        #expect(truncate(path, off_t(size / 3)) == 0)
        for arguments in [["search", "harbour"], ["add", "x.md"], ["check"]] {
            let result = try cli.run(arguments)
            #expect(result.status != 0)
            #expect(result.stderr.hasPrefix("opedb: "), "\(arguments)")
            #expect(result.stderr.split(separator: "\n").count <= 2, "\(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"))
        }
    }

    // MARK: Permissions, checked as an unprivileged user (root ignores file modes).

    static let canDropPrivileges = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    func runAsNobody(_ cli: CLIRunner, _ arguments: [String]) throws -> CLIRunner.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", CLIRunner.binary.path] + arguments
        process.currentDirectoryURL = cli.directory
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                     stderr: String(decoding: e, as: UTF8.self), stdoutData: o)
    }

    /// A folder nobody can read, holding an archive with the fixtures.
    func sharedArchive() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.run(["init"])
        try cli.run(["add", CLIRunner.fixtures.path])
        try cli.write("new.md", "# New\n\nBody.")
        chmod(cli.directory.path, 0o755)
        for name in ["opedb.sqlite", "new.md"] { chmod(cli.path(name), 0o644) }
        return cli
    }

    @Test(.enabled(if: canDropPrivileges)) func aReadOnlyArchiveCanBeSearchedButNotWritten() throws {
        let cli = try sharedArchive()
        defer { cli.cleanUp() }
        chmod(cli.path("opedb.sqlite"), 0o444)
        chmod(cli.directory.path, 0o777)
        #expect(try runAsNobody(cli, ["search", "harbour"]).status == 0)
        #expect(try runAsNobody(cli, ["show", "1"]).status == 0)
        let add = try runAsNobody(cli, ["add", "new.md"])
        #expect(add.status == 2)
        #expect(add.stderr == "opedb: opedb.sqlite is read-only; cannot write to it\n")
    }

    @Test(.enabled(if: canDropPrivileges)) func anArchiveInAReadOnlyFolderCanBeSearched() throws {
        let cli = try sharedArchive()
        defer { cli.cleanUp() }
        // No -wal or -shm, and no way to create them: the immutable fallback.
        #expect(!FileManager.default.fileExists(atPath: cli.path("opedb.sqlite-wal")))
        let search = try runAsNobody(cli, ["search", "harbour"])
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.stdout.contains("Harbour"))
        let add = try runAsNobody(cli, ["add", "new.md"])
        #expect(add.status == 2)
        #expect(add.stderr.hasPrefix("opedb: "))
    }

    @Test(.enabled(if: canDropPrivileges)) func anUnreadableFileFailsAlone() throws {
        let cli = try sharedArchive()
        defer { cli.cleanUp() }
        chmod(cli.directory.path, 0o777)
        chmod(cli.path("opedb.sqlite"), 0o666)
        try cli.write("secret.md", "# Secret\n\nBody.")
        chmod(cli.path("secret.md"), 0o600)
        let result = try runAsNobody(cli, ["add", "secret.md", "new.md"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("opedb: secret.md: cannot read: Permission denied"))
        #expect(result.stdout.contains("1 added"))
    }
}
