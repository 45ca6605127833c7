#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CRank
import SQLite

/// An opedb archive: one SQLite file, opened the safe way.
///
/// Opening checks, before anything can write, that the file is an SQLite database, that its
/// `application_id` says opedb, and that its schema version is one this binary knows.
/// A file that fails is refused and left byte-for-byte untouched. Writers migrate older
/// archives; readers ask the user to run `opedb init`.
public final class Archive {
    /// How the caller will use the archive.
    public enum Access: Sendable {
        /// Search, show, list: the archive is opened read-only (it may be live in another process).
        case read
        /// Add, remove, edit: the archive must exist; it is migrated when older.
        case write
        /// `init`: the archive is created when missing.
        case create
    }

    /// `"OPDB"` in the file header (`PRAGMA application_id`).
    public static let applicationID: Int32 = 0x4F50_4442

    public let path: String
    public let connection: Connection
    /// Set when opening migrated the archive: the versions before and after.
    public private(set) var migration: (from: Int, to: Int)?

    public static var schemaVersion: Int { Migrator.latestVersion }

    public init(path: String, access: Access) throws {
        self.path = path
        guard Connection.hasFTS5 else { throw ArchiveError.noFTS5(version: Connection.libraryVersion) }
        let existing = try Archive.inspectFile(path)
        if existing == nil && access != .create { throw ArchiveError.missing(path: path) }

        switch access {
        case .read:
            connection = try Archive.openForReading(path)
        case .write, .create:
            do {
                connection = try Connection(path: path, mode: access == .create ? .readWriteCreate : .readWrite)
            } catch let error as SQLiteError {
                throw ArchiveError.unreadable(path: path, reason: error.message)
            }
        }
        let version = try Archive.validate(connection, path: path, allowEmpty: access == .create)
        // Registered on this connection only, never named in the index's `rank` option: other
        // tools opening the archive must not need it.
        let rc = connection.withUnsafeHandle { opedb_rank_register($0) == 0 ? opedb_snippet_register($0) : 1 }
        if rc != 0 { throw ArchiveError.noFTS5(version: Connection.libraryVersion) }
        if version > Migrator.latestVersion {
            throw ArchiveError.newerVersion(path: path, found: version, supported: Migrator.latestVersion)
        }
        do {
            switch access {
            case .read:
                try connection.configure(journalWAL: false)
                if version < Migrator.latestVersion {
                    throw version == 0 ? ArchiveError.uninitialised(path: path)
                        : ArchiveError.needsUpgrade(path: path, found: version, latest: Migrator.latestVersion)
                }
            case .write, .create:
                if connection.isReadOnly { throw ArchiveError.readOnly(path: path) }
                if access == .write && version == 0 { throw ArchiveError.uninitialised(path: path) }
                try connection.configure(journalWAL: true)
                // After a checkpoint has reset the WAL, SQLite cuts the file back to this size:
                // without a limit a WAL keeps the largest size it ever reached (a bulk add or an
                // `optimize` writes the size of the archive into it).
                try connection.execute("PRAGMA journal_size_limit = \(Archive.walSizeLimit)")
                if version < Migrator.latestVersion {
                    let result = try Migrator.migrate(connection)
                    if result.from != result.to { migration = result }
                }
            }
        } catch let error as SQLiteError {
            throw ArchiveError.wrap(error, path: path, context: "cannot open \(path)")
        }
    }

    /// Reads the 100-byte header without SQLite: nil when the file does not exist.
    /// Throws when it exists but is not an SQLite database (or is a directory).
    private static func inspectFile(_ path: String) throws -> [UInt8]? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw ArchiveError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw ArchiveError.notADatabase(path: path) }
        if info.st_size == 0 { return [] }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ArchiveError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: 100)
        let count = header.withUnsafeMutableBytes { read(fd, $0.baseAddress, 100) }
        let magic = Array("SQLite format 3\0".utf8)
        guard count == 100, Array(header[0..<16]) == magic else { throw ArchiveError.notADatabase(path: path) }
        return header
    }

    /// Confirms through SQLite (which sees the WAL) that this is an opedb archive; returns its version.
    private static func validate(_ connection: Connection, path: String, allowEmpty: Bool) throws -> Int {
        do {
            let appID = try connection.scalar("PRAGMA application_id").int ?? 0
            let version = try connection.scalar("PRAGMA user_version").int ?? 0
            if Int32(truncatingIfNeeded: appID) == applicationID { return version }
            let tables = try connection.scalar("SELECT count(*) FROM sqlite_schema").int ?? 0
            if appID == 0 && version == 0 && tables == 0 {
                if allowEmpty { return 0 }
                throw ArchiveError.uninitialised(path: path)
            }
            throw ArchiveError.notAnArchive(path: path)
        } catch let error as SQLiteError {
            if error.code == .notADatabase { throw ArchiveError.notADatabase(path: path) }
            throw ArchiveError.wrap(error, path: path, context: "cannot read \(path)")
        }
    }

    /// Read-only open; in a read-only folder, where SQLite cannot make the `-shm` file,
    /// falls back to the immutable form — but only when there is no WAL: immutable mode ignores
    /// the WAL, and would hide every change committed to it.
    private static func openForReading(_ path: String) throws -> Connection {
        do {
            let connection = try Connection(path: path, mode: .readOnly)
            _ = try connection.scalar("SELECT count(*) FROM sqlite_schema")
            return connection
        } catch let error as SQLiteError {
            var wal = stat()
            if stat(path + "-wal", &wal) == 0, wal.st_size > 0 { throw ArchiveError.unreadableWAL(path: path) }
            if let connection = try? Connection(path: path, mode: .immutable),
               (try? connection.scalar("SELECT count(*) FROM sqlite_schema")) != nil {
                return connection
            }
            if error.code == .notADatabase { throw ArchiveError.notADatabase(path: path) }
            throw ArchiveError.unreadable(path: path, reason: error.message)
        }
    }
}

extension Archive {
    /// 64 MB: what a WAL is cut back to after a checkpoint.
    static let walSizeLimit = 64 << 20

    /// The bytes of the archive's WAL file (0 when there is none).
    public var walSize: Int {
        var info = stat()
        return stat(path + "-wal", &info) == 0 ? Int(info.st_size) : 0
    }

    /// Copies the WAL into the archive and truncates it to nothing (`wal_checkpoint(TRUNCATE)`):
    /// after `optimize`, and after an import that left more than `threshold` bytes of WAL, so the
    /// archive does not stay twice its size on disk. Returns whether the WAL was truncated.
    ///
    /// A checkpoint that finds another one running (a writer's automatic checkpoint, which after
    /// a large transaction every commit starts) gives up at once without calling the busy
    /// handler; so it is tried again, every 20 ms, for up to `seconds`. When readers and writers
    /// keep it from finishing for that long, the WAL is left for a later checkpoint, which
    /// `journal_size_limit` then cuts back.
    @discardableResult
    public func checkpointAndTruncate(above threshold: Int = 0, seconds: Double = 10) -> Bool {
        guard walSize > threshold else { return true }
        let deadline = monotonicSeconds() + seconds
        repeat {
            let busy = (try? connection.first("PRAGMA wal_checkpoint(TRUNCATE)") { $0.int(0) }) ?? 1
            if busy == 0 { return true }
            usleep(20_000)
        } while monotonicSeconds() < deadline
        return false
    }

    /// Whether anything exists at `path`.
    public static func fileExists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The files SQLite keeps beside an archive.
    static let companionSuffixes = ["", "-wal", "-shm", "-journal"]

    /// Whether writing `target` would write over the archive at `archive` or its WAL, shared-memory
    /// or journal file: the same device and inode when both exist (through any symlink or hard link),
    /// else the same canonical path (symlinks of the folders resolved).
    public static func owns(_ target: String, archive: String) -> Bool {
        var archiveNames = companionSuffixes.map { canonicalPath(archive + $0) }
        if let real = realPath(archive) { archiveNames += companionSuffixes.map { canonicalPath(real + $0) } }
        var t = stat()
        if stat(target, &t) == 0 {
            for name in archiveNames {
                var a = stat()
                if stat(name, &a) == 0, a.st_dev == t.st_dev, a.st_ino == t.st_ino { return true }
            }
        }
        return archiveNames.contains(canonicalPath(target))
    }

    /// `realpath`, or nil when the path does not resolve.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The absolute path with every symlink resolved, also for a file that does not exist yet
    /// (its folder resolved, then its name; a dangling symlink followed to where it points).
    static func canonicalPath(_ path: String, depth: Int = 0) -> String {
        if let real = realPath(path) { return real }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let (folder, name) = AtomicFile.split(path)
        let folderPath = folder ?? "."
        let n = readlink(path, &buffer, buffer.count - 1)
        if n > 0, depth < 8 {
            let link = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return canonicalPath(link.hasPrefix("/") ? link : folderPath + "/" + link, depth: depth + 1)
        }
        let base = realPath(folderPath) ?? (folderPath.hasPrefix("/") ? folderPath : currentDirectory() + "/" + folderPath)
        return (base.hasSuffix("/") ? base : base + "/") + name
    }

    private static func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "." }
        defer { free(cwd) }
        return String(cString: cwd)
    }
}
