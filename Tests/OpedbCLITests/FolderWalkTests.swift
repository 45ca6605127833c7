import Foundation
import Testing

/// A folder walk reports every entry it does not store, with the reason: skipped when it is not
/// an article (counted on stderr, listed with --verbose, a `skipped` object in --json), failed
/// when it looks like one and cannot be read. Names need not be UTF-8; symlinks to folders are
/// followed only with --follow; kernel filesystems and special files are refused before a read.
@Suite struct FolderWalkTests {
    static let article = "# A Walk in the Archive\n\nBy Ines Varga\n\nText of the walk.\n"

    /// `in/`: two articles (one named in Latin-1), a PDF, a hidden file, a name without suffix,
    /// a FIFO, a dangling link named like an article, a link to the folder above.
    func folder() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.run(["init"])
        try FileManager.default.createDirectory(atPath: cli.path("in"), withIntermediateDirectories: true)
        try cli.write("in/a.md", Self.article)
        let latin1 = Array(cli.path("in/caf").utf8) + [0xE9] + Array(".md".utf8)
        let fd = (latin1 + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_WRONLY | O_CREAT, 0o644) }
        }
        #expect(fd >= 0)
        let text = Array(Self.article.replacingOccurrences(of: "A Walk", with: "A Caf\u{E9} Walk").utf8)
        _ = text.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        try cli.write("in/report.pdf", "%PDF-1.4")
        try cli.write("in/.hidden.md", Self.article)
        try cli.write("in/README", "not an article")
        #expect(mkfifo(cli.path("in/pipe"), 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: cli.path("in/gone.md"), withDestinationPath: cli.path("nowhere.md"))
        try FileManager.default.createSymbolicLink(atPath: cli.path("in/up"), withDestinationPath: "..")
        return cli
    }

    @Test func everyEntryNotStoredIsReportedWithItsReason() throws {
        let cli = try folder()
        defer { cli.cleanUp() }
        let result = try cli.run(["add", "in"])
        #expect(result.status == 1)  // the dangling link named like an article failed
        #expect(result.stdout.contains("2 added, 0 updated, 0 unchanged, 1 failed, 5 skipped"))
        let errors = Set(result.stderr.split(separator: "\n").map(String.init))
        #expect(errors.contains("opedb: in/gone.md: dangling symlink (its target does not exist)"))
        #expect(errors.contains("opedb: skipped 1: hidden (its name starts with a dot) (--verbose lists them)"))
        #expect(errors.contains("opedb: skipped 1: .pdf not supported"))
        #expect(errors.contains("opedb: skipped 1: no file extension; not an article file"))
        #expect(errors.contains("opedb: skipped 1: not a regular file (a FIFO); refused without opening it"))
        #expect(errors.contains("opedb: skipped 1: symlink to a folder; not followed (--follow follows it)"))
        #expect(try cli.run(["search", "café"]).stdout.contains("A Café Walk"))

        let verbose = try cli.run(["add", "in", "--verbose", "--dry-run"])
        #expect(verbose.stderr.contains("opedb: in/report.pdf: skipped: .pdf not supported\n"))
        #expect(verbose.stdout.contains("unchanged 2  A Café Walk"))

        let json = try cli.json(try cli.run(["add", "in", "--json", "--dry-run"])) as? [[String: Any]] ?? []
        let byPath = Dictionary(uniqueKeysWithValues: json.map { ($0["path"] as? String ?? "", $0) })
        #expect(byPath["in/caf\\xE9.md"]?["status"] as? String == "unchanged")
        #expect(byPath["in/report.pdf"]?["status"] as? String == "skipped")
        #expect(byPath["in/report.pdf"]?["error"] as? String == ".pdf not supported")
        #expect(byPath["in/gone.md"]?["status"] as? String == "failed")
        #expect(byPath["in/up"]?["status"] as? String == "skipped")
        #expect(json.count == 8)
    }

    /// `opedb add $'caf\351.md'`: the argument's bytes name the file, not its U+FFFD spelling.
    @Test func aNameThatIsNotUTF8CanBeNamedOnTheCommandLine() throws {
        let cli = try folder()
        defer { cli.cleanUp() }
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "cd \"$1\" && \"$0\" add --json \"$(printf 'in/caf\\351.md')\"", CLIRunner.binary.path, cli.directory.path]
        let out = Pipe()
        shell.standardOutput = out
        shell.standardError = FileHandle.nullDevice
        try shell.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        let json = try JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        #expect(json?.first?["status"] as? String == "added")
        #expect(json?.first?["path"] as? String == "in/caf\\xE9.md")
    }

    @Test func followFollowsFolderLinksOnceAndNeverIntoKernelFilesystems() throws {
        let cli = try folder()
        defer { cli.cleanUp() }
        try FileManager.default.createDirectory(atPath: cli.path("elsewhere"), withIntermediateDirectories: true)
        try cli.write("elsewhere/far.md", "# Far Away Article\n\nBy Ines Varga\n\nFar text.\n")
        try FileManager.default.createSymbolicLink(atPath: cli.path("in/far"), withDestinationPath: cli.path("elsewhere"))
        try FileManager.default.createSymbolicLink(atPath: cli.path("in/proc"), withDestinationPath: "/proc")
        try FileManager.default.createSymbolicLink(atPath: cli.path("in/root"), withDestinationPath: "/")
        try FileManager.default.createSymbolicLink(atPath: cli.path("in/zagain"), withDestinationPath: cli.path("elsewhere"))
        let plain = try cli.run(["add", "in", "--dry-run"])
        #expect(!plain.stdout.contains("Far Away Article"))
        let followed = try cli.run(["add", "in", "--follow", "--verbose"])
        #expect(followed.stdout.contains("added 3  Far Away Article"))
        // `up` leads to the folder holding `in`, `root` to `/`: folders above the one walked are
        // loops, never walked (on the same filesystem, `/` would be the whole disk).
        #expect(followed.stderr.contains("opedb: in/up: skipped: directory symlink loop; not followed"))
        #expect(!followed.stderr.contains("in/up/"))
        #expect(!followed.stderr.contains("in/root/"))
        #expect(followed.stderr.contains("opedb: in/root: skipped: directory symlink loop; not followed")
                || followed.stderr.contains("opedb: in/root: skipped: symlink to a folder on another filesystem; not followed"))
        // A folder reached a second time is walked once.
        #expect(followed.stderr.contains("opedb: in/zagain: skipped: folder already walked (reached again through a symlink)"))
        #expect(followed.stderr.contains("opedb: in/proc: skipped: symlink to a folder on another filesystem; not followed"))
        #expect(!followed.stderr.contains("in/proc/"))
    }

    /// `/proc/kmsg` blocks a reader for ever: refused by its filesystem before it is opened.
    @Test func kernelFilesAndFoldersAreRefusedBeforeAnyRead() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        // (Containers may mask /proc/kmsg with /dev/null: then it is refused as a device.)
        let sys = FileManager.default.fileExists(atPath: "/sys/kernel") ? ["/sys/kernel"] : []
        let kmsg = FileManager.default.fileExists(atPath: "/proc/kmsg") ? ["/proc/kmsg"] : []
        let result = try cli.run(["add"] + kmsg + ["/proc/self/status", "/proc/self"] + sys)
        #expect(result.status == 1)
        let kernel = "on a kernel filesystem (/proc, /sys); refused without reading"
        let errors = result.stderr.split(separator: "\n").map(String.init)
        if !kmsg.isEmpty {
            #expect(errors.contains { $0 == "opedb: /proc/kmsg: \(kernel)" || $0.hasPrefix("opedb: /proc/kmsg: not a regular file") })
        }
        for path in ["/proc/self/status", "/proc/self"] + sys { #expect(errors.contains("opedb: \(path): \(kernel)")) }
        #expect(result.stdout.contains("0 added, 0 updated, 0 unchanged, \(2 + kmsg.count + sys.count) failed"))
    }

    /// A path beyond the system's limit (4096 bytes) is reported, not passed over.
    @Test func overLongPathsAreReported() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        try FileManager.default.createDirectory(atPath: cli.path("deep"), withIntermediateDirectories: true)
        try cli.write("deep/short.md", Self.article)
        // Built with mkdirat from an open folder: the whole path is never handed to the system.
        var parent = open(cli.path("deep"), O_RDONLY | O_DIRECTORY)
        let name = String(repeating: "d", count: 250)
        for _ in 0..<18 {
            #expect(mkdirat(parent, name, 0o755) == 0)
            let child = openat(parent, name, O_RDONLY | O_DIRECTORY)
            close(parent)
            parent = child
        }
        close(parent)
        let result = try cli.run(["add", "deep"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("1 added"))
        #expect(result.stderr.contains("path longer than the system's limit of 4096 bytes; move or rename it"))
        // The test's own clean-up cannot remove what it cannot name either: remove it level by level.
        _ = try? Process.run(URL(fileURLWithPath: "/bin/rm"), arguments: ["-rf", cli.path("deep")]).waitUntilExit()
    }
}
