#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written under a temporary name in its target folder and renamed into place only when
/// complete: a reader, a failed run or a `kill -9` never leaves a partial file at the target.
///
/// The target may not be an archive's own file (see ``Archive/owns(_:archive:)``), and an
/// existing target is replaced only when the caller says so (`--force`).
///
///     let file = try AtomicFile(path: "out.jsonl", replacing: false, archive: "opedb.sqlite")
///     try file.write("{}\n")
///     try file.commit()      // without it, deinit removes the temporary file
public final class AtomicFile {
    /// The name the file gets when complete.
    public let path: String
    /// Where it is written until then.
    public let temporaryPath: String
    private var fd: Int32
    private var committed = false

    public init(path: String, replacing: Bool, archive: String?) throws(OutputError) {
        try AtomicFile.checkTarget(path, replacing: replacing, archive: archive)
        self.path = path
        temporaryPath = AtomicFile.temporaryName(for: path)
        fd = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        slot = InterruptCleanup.register(temporaryPath)
    }

    deinit {
        if fd >= 0 { close(fd) }
        if !committed { unlink(temporaryPath) }
        InterruptCleanup.unregister(slot)
    }

    /// Where the temporary name is registered for removal on Ctrl-C or `kill` (nil: table full).
    private var slot: Int?

    public func write(_ text: String) throws(OutputError) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
            bytes = bytes.dropFirst(n)
        }
    }

    /// Flushes the file to disk and gives it its final name.
    public func commit() throws(OutputError) {
        if fsync(fd) != 0 { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        close(fd)
        fd = -1
        try AtomicFile.place(temporaryPath, at: path)
        committed = true
        InterruptCleanup.unregister(slot)
        slot = nil
    }

    // MARK: Shared with writers that do not write the bytes themselves (`VACUUM INTO`)

    /// Refuses a target that is the archive or one of its companion files, that exists when it
    /// may not be replaced, or whose folder does not exist (named, before any work).
    public static func checkTarget(_ path: String, replacing: Bool, archive: String?) throws(OutputError) {
        if let archive, Archive.owns(path, archive: archive) { throw .isArchive(path: path, archive: archive) }
        var info = stat()
        let folder = split(path).folder ?? "."
        if stat(folder, &info) != 0 || (info.st_mode & S_IFMT) != S_IFDIR {
            throw .cannotWrite(path: path, reason: "no folder \(folder)")
        }
        if lstat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw .isFolder(path: path) }
            // A device, FIFO or socket (or a link to one, such as /dev/stdout) is never replaced:
            // renaming a file onto /dev/null would take the device away from every program.
            var target = stat()
            if stat(path, &target) == 0, (target.st_mode & S_IFMT) != S_IFREG, (target.st_mode & S_IFMT) != S_IFDIR {
                throw .notRegularFile(path: path)
            }
            if !replacing { throw .exists(path: path) }
        }
    }

    /// A fresh name beside `path` (same folder, so renaming is atomic): `.name.opedb-PID-N.tmp`.
    public static func temporaryName(for path: String) -> String {
        let (folder, name) = split(path)
        counter += 1
        return (folder.map { $0 + "/" } ?? "") + ".\(name).opedb-\(getpid())-\(counter).tmp"
    }

    /// Moves a complete temporary file to its final name and makes the rename durable.
    public static func place(_ temporary: String, at path: String) throws(OutputError) {
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
        let folder = split(path).folder ?? "."
        let dfd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 { fsync(dfd); close(dfd) }
    }

    nonisolated(unsafe) private static var counter = 0

    static func split(_ path: String) -> (folder: String?, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (nil, path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }
}

/// Why an output file was not written. Each reads as one sentence; the CLI exits with status 2.
public enum OutputError: Error, Equatable, CustomStringConvertible {
    case isArchive(path: String, archive: String)
    case exists(path: String)
    case isFolder(path: String)
    /// A device, FIFO or socket: written files replace their target, which must not happen to those.
    case notRegularFile(path: String)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .isArchive(let path, let archive):
            return "refusing to write \(path): it is the archive \(archive) or one of its files"
        case .exists(let path):
            return "\(path) already exists; pass --force to replace it"
        case .isFolder(let path):
            return "\(path) is a folder; name a file"
        case .notRegularFile(let path):
            return "refusing to replace \(path): it is a device, FIFO or socket, not a file"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }
}

/// Removes the temporary files of unfinished outputs when the process is interrupted (SIGINT,
/// SIGTERM, SIGHUP), then dies of the same signal. `kill -9` cannot be caught: it leaves the
/// temporary file, never a partial target. The handler only calls `unlink`, `signal` and `raise`
/// (async-signal-safe) on C strings prepared beforehand.
public enum InterruptCleanup {
    static let capacity = 64
    nonisolated(unsafe) static let paths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { sig in
                for i in 0..<InterruptCleanup.capacity { if let path = InterruptCleanup.paths[i] { unlink(path) } }
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
        return table
    }()

    /// Registers a temporary file; returns its slot.
    public static func register(_ path: String) -> Int? {
        for i in 0..<capacity where paths[i] == nil {
            paths[i] = strdup(path)
            return i
        }
        return nil
    }

    public static func unregister(_ slot: Int?) {
        guard let slot, let path = paths[slot] else { return }
        paths[slot] = nil
        free(path)
    }
}
