import Foundation
import Testing
@testable import OpeDB

@Suite struct AtomicFileTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("opedb-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aFileNotCommittedLeavesNothingBehind() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("out.jsonl").path
        var temporary = ""
        do {
            let file = try AtomicFile(path: target, replacing: false, archive: nil)
            temporary = file.temporaryPath
            try file.write("half a line")
            #expect(FileManager.default.fileExists(atPath: temporary))
            #expect(!FileManager.default.fileExists(atPath: target))
        }
        #expect(!temporary.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: temporary))
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func aCommittedFileAppearsWholeAndReplacesOnlyWhenAllowed() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("out.csv").path
        let file = try AtomicFile(path: target, replacing: false, archive: nil)
        try file.write("a,b\n")
        try file.commit()
        #expect(FileManager.default.contents(atPath: target) == Data("a,b\n".utf8))
        #expect(throws: OutputError.exists(path: target)) { try AtomicFile(path: target, replacing: false, archive: nil) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.csv"])
    }

    @Test func theArchiveAndItsCompanionsAreRecognisedUnderAnyName() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let archive = dir.appendingPathComponent("a.sqlite").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: archive))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("l.sqlite").path, withDestinationPath: archive)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("w").path, withDestinationPath: "a.sqlite-wal")
        try FileManager.default.linkItem(atPath: archive, toPath: dir.appendingPathComponent("hard").path)
        for target in ["a.sqlite", "l.sqlite", "a.sqlite-wal", "a.sqlite-shm", "a.sqlite-journal", "w", "hard", "./a.sqlite"] {
            #expect(Archive.owns(dir.appendingPathComponent(target).path, archive: archive), "\(target)")
        }
        #expect(Archive.owns(archive, archive: dir.appendingPathComponent("l.sqlite").path))
        #expect(!Archive.owns(dir.appendingPathComponent("b.sqlite").path, archive: archive))
        #expect(!Archive.owns(dir.appendingPathComponent("a.sqlite-wal2").path, archive: archive))
    }

    /// `--output /dev/null --force` (or a FIFO, or `/dev/stdout`, a link to one) must not rename a
    /// file onto the device: as root that takes /dev/null away from every program.
    @Test func aDeviceOrFIFOIsNeverReplaced() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let link = dir.appendingPathComponent("null").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
        for target in [fifo, link] {
            #expect(throws: OutputError.notRegularFile(path: target)) { try AtomicFile(path: target, replacing: true, archive: nil) }
        }
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "/dev/null")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["null", "pipe"])
    }
}
