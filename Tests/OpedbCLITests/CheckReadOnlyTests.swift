import Foundation
import SQLite
import Testing

/// `check` never writes: the archive and its WAL are the same bytes after it, and it works where
/// nothing can be written. A WAL that cannot be read is reported, never silently ignored.
@Suite struct CheckReadOnlyTests {
    static let names = ["opedb.sqlite", "opedb.sqlite-wal", "opedb.sqlite-shm"]

    /// An archive whose last article sits in its WAL, copied (archive, WAL, shared memory) into
    /// `copy/` while another connection keeps the WAL from being checkpointed.
    func archiveWithAWAL() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.run(["init"])
        try cli.write("one.md", "# Lighthouse keepers\n\nBody about lighthouses.\n\nOriginal url: https://example.org/1\n")
        try cli.write("two.md", "# Harbour pilots\n\nBody about pilots.\n\nOriginal url: https://example.org/2\n")
        #expect(try cli.run(["add", "one.md"]).status == 0)
        let holder = try Connection(path: cli.path("opedb.sqlite"), mode: .readOnly)
        _ = try holder.scalar("SELECT count(*) FROM articles")
        #expect(try cli.run(["add", "two.md"]).status == 0)
        let copy = cli.directory.appendingPathComponent("copy")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for name in Self.names {
            try FileManager.default.copyItem(atPath: cli.path(name), toPath: copy.appendingPathComponent(name).path)
        }
        withExtendedLifetime(holder) {}
        let wal = try FileManager.default.attributesOfItem(atPath: cli.path("copy/opedb.sqlite-wal"))[.size] as? Int
        #expect((wal ?? 0) > 0)
        return cli
    }

    func contents(_ cli: CLIRunner, _ name: String) -> Data? { FileManager.default.contents(atPath: cli.path(name)) }

    @Test func checkLeavesTheArchiveAndItsWALByteIdentical() throws {
        let cli = try archiveWithAWAL()
        defer { cli.cleanUp() }
        let before = ["copy/opedb.sqlite", "copy/opedb.sqlite-wal"].map { contents(cli, $0) }
        let check = try cli.run(["check", "--database", "copy/opedb.sqlite"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(["copy/opedb.sqlite", "copy/opedb.sqlite-wal"].map { contents(cli, $0) } == before)
        // Damage it finds is still found, read-only.
        let db = try Connection(path: cli.path("opedb.sqlite"), mode: .readWrite)
        try db.execute("UPDATE articles SET body = 'nothing like the index' WHERE id = 1")
        let damaged = try cli.run(["check"])
        #expect(damaged.status == 1)
        #expect(damaged.stdout.contains("search index out of step"))
    }

    @Test(.enabled(if: ReliabilityTests.canDropPrivileges)) func checkWorksOnAReadOnlyCopyInAReadOnlyFolder() throws {
        let cli = try archiveWithAWAL()
        defer {
            chmod(cli.path("copy"), 0o755)
            cli.cleanUp()
        }
        chmod(cli.directory.path, 0o755)
        for name in Self.names { chmod(cli.path("copy/" + name), 0o444) }
        chmod(cli.path("copy"), 0o555)
        let before = Self.names.prefix(2).map { contents(cli, "copy/" + $0) }
        let check = try ReliabilityTests().runAsNobody(cli, ["check", "--database", "copy/opedb.sqlite"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let search = try ReliabilityTests().runAsNobody(cli, ["search", "pilots", "--database", "copy/opedb.sqlite"])
        #expect(search.stdout.contains("Harbour pilots"), "\(search.stderr)")
        #expect(Self.names.prefix(2).map { contents(cli, "copy/" + $0) } == before)
    }

    @Test(.enabled(if: ReliabilityTests.canDropPrivileges)) func aWALThatCannotBeReadIsReportedNotIgnored() throws {
        let cli = try archiveWithAWAL()
        defer {
            chmod(cli.path("copy"), 0o755)
            cli.cleanUp()
        }
        try FileManager.default.removeItem(atPath: cli.path("copy/opedb.sqlite-shm"))
        chmod(cli.directory.path, 0o755)
        for name in Self.names.prefix(2) { chmod(cli.path("copy/" + name), 0o444) }
        chmod(cli.path("copy"), 0o555)
        for command in [["search", "pilots"], ["stats"], ["check"], ["export"]] {
            let result = try ReliabilityTests().runAsNobody(cli, command + ["--database", "copy/opedb.sqlite"])
            #expect(result.status == 2, "\(command): \(result.stdout)")
            #expect(result.stderr == "opedb: copy/opedb.sqlite has committed changes in copy/opedb.sqlite-wal that cannot be read from a read-only folder (SQLite must create copy/opedb.sqlite-shm); copy the folder somewhere writable and use the copy\n", "\(command)")
        }
    }
}
