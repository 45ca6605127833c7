import Foundation
import Testing

/// `OpedbFuzz` built normally: the replay of saved inputs that `Tests/Reliability/fuzz.sh`'s
/// crashes are checked with. (The fuzzing build itself is the script's, not the tests'.)
@Suite struct FuzzReplayTests {
    static let binary = CLIRunner.binary.deletingLastPathComponent().appendingPathComponent("OpedbFuzz")

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func replaysFilesAndFoldersThroughTheParser() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        // Inputs no parse accepts still go through: empty, binary, a lone front-matter fence.
        try FileManager.default.createDirectory(atPath: cli.path("inputs/nested"), withIntermediateDirectories: true)
        try cli.write("inputs/empty.md", "")
        try cli.write("inputs/nested/fence.md", "---\n")
        try Data([0xFF, 0x00, 0x1F, 0x8B, 0x08]).write(to: URL(fileURLWithPath: cli.path("inputs/binary.bin")))
        let replay = try cli.run([cli.path("inputs"), CLIRunner.fixtures.appendingPathComponent("02-two-authors.md").path], executable: Self.binary)
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stdout == "OpedbFuzz: parsed 4 inputs without a crash\n")

        let usage = try cli.run([], executable: Self.binary)
        #expect(usage.status == 2)
        #expect(usage.stderr.hasPrefix("usage: OpedbFuzz"))
        let missing = try cli.run([cli.path("nowhere.md")], executable: Self.binary)
        #expect(missing.status == 1)
        #expect(missing.stderr == "OpedbFuzz: cannot read \(cli.path("nowhere.md"))\n")
    }
}
