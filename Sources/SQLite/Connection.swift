#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CSQLite

/// A connection to one SQLite database file.
///
/// A plain, non-`Sendable` class: create it where the work happens, use it from one thread,
/// and let `deinit` close it. It caches prepared statements for hot paths (``cached(_:)``).
public final class Connection {
    /// How the file is opened.
    public enum Mode: Sendable {
        /// Read and write; the file must exist.
        case readWrite
        /// Read and write, creating the file when it is missing.
        case readWriteCreate
        /// Read only; the file must exist.
        case readOnly
        /// Read only, promising SQLite nobody changes the file (`?immutable=1`): no locks, no `-shm`.
        /// The fallback for an archive in a read-only folder.
        case immutable
    }

    let handle: OpaquePointer
    /// The path the connection was opened with.
    public let path: String
    private var statementCache: [String: Statement] = [:]

    /// Opens `path`. No pragma is run, so nothing is written before the caller has
    /// inspected the file: see ``configure(busyTimeout:journalWAL:)``.
    public init(path: String, mode: Mode = .readWriteCreate) throws {
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        var filename = path
        switch mode {
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .immutable:
            flags |= SQLITE_OPEN_READONLY
            filename = Connection.immutableURI(for: path)
        }
        if mode != .immutable, path.hasPrefix("file:") {
            // A literal file name that happens to start with "file:" must not be read as a URI.
            filename = "./" + path
        }
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(filename, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let error = SQLiteError(connection: db, code: rc, sql: nil)
            sqlite3_close_v2(db)
            throw error
        }
        sqlite3_extended_result_codes(db, 1)
        // Wait for other processes' locks from the very first statement (reading the header of a
        // live WAL archive can meet a lock briefly); `configure` may change the timeout.
        sqlite3_busy_timeout(db, Connection.defaultBusyTimeout)
        self.handle = db
        self.path = path
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Applies the settings every writer and reader of opedb wants: a busy timeout,
    /// foreign keys, and (for writers) the WAL journal. Call it only after checking the
    /// file is what you expect, since switching to WAL rewrites header bytes.
    /// 30 s: long enough for another writer's batch, short enough to report a stuck lock.
    public static let defaultBusyTimeout: Int32 = 30_000

    public func configure(busyTimeout milliseconds: Int32 = Connection.defaultBusyTimeout, journalWAL: Bool) throws {
        sqlite3_busy_timeout(handle, milliseconds)
        try execute("PRAGMA foreign_keys = ON")
        if journalWAL {
            try execute("PRAGMA journal_mode = WAL")
            try execute("PRAGMA synchronous = NORMAL")
        }
    }

    /// Runs one or more statements that take no arguments (schema, pragmas).
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &message)
        if rc != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_free(message)
            throw SQLiteError(code: rc, extendedCode: sqlite3_extended_errcode(handle), message: text, sql: sql)
        }
    }

    /// Prepares a statement the caller owns.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(db: handle, sql: sql)
    }

    /// Returns a prepared statement for `sql`, reusing the one prepared earlier on this connection.
    public func cached(_ sql: String) throws -> Statement {
        if let statement = statementCache[sql] {
            statement.reset()
            return statement
        }
        let statement = try prepare(sql)
        statementCache[sql] = statement
        return statement
    }

    /// Runs a statement that returns no rows, with bound arguments.
    public func run(_ sql: String, _ arguments: [any SQLiteBindable] = []) throws {
        let statement = try cached(sql)
        try statement.bind(arguments)
        while try statement.step() {}
        statement.reset()
    }

    /// Runs a query and calls `row` for each result row.
    public func query(_ sql: String, _ arguments: [any SQLiteBindable] = [],
                      _ row: (Statement) throws -> Void) throws {
        let statement = try cached(sql)
        try statement.bind(arguments)
        defer { statement.reset() }
        while try statement.step() { try row(statement) }
    }

    /// Runs a query and maps every row.
    public func all<T>(_ sql: String, _ arguments: [any SQLiteBindable] = [],
                       _ transform: (Statement) throws -> T) throws -> [T] {
        var result: [T] = []
        try query(sql, arguments) { result.append(try transform($0)) }
        return result
    }

    /// Runs a query and maps its first row, if any.
    public func first<T>(_ sql: String, _ arguments: [any SQLiteBindable] = [],
                         _ transform: (Statement) throws -> T) throws -> T? {
        let statement = try cached(sql)
        try statement.bind(arguments)
        defer { statement.reset() }
        return try statement.step() ? transform(statement) : nil
    }

    /// The first column of the first row, as a ``SQLiteValue`` (`.null` when there is no row).
    public func scalar(_ sql: String, _ arguments: [any SQLiteBindable] = []) throws -> SQLiteValue {
        try first(sql, arguments) { $0.value(0) } ?? .null
    }

    /// The raw `sqlite3 *`, for registering C extensions (functions, FTS5 auxiliaries).
    public func withUnsafeHandle<T>(_ body: (OpaquePointer) throws -> T) rethrows -> T {
        try body(handle)
    }

    /// The row id of the last successful insert on this connection.
    public var lastInsertRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// `true` when no transaction is open.
    public var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }

    /// `true` when the connection cannot write (opened read-only, or the file is read-only).
    public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// The SQLite library version, e.g. `3.40.1`.
    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }

    /// Whether the linked SQLite was built with FTS5.
    public static var hasFTS5: Bool { sqlite3_compileoption_used("ENABLE_FTS5") == 1 }

    /// Percent-encodes `path` into the `file:` URI form with `immutable=1`.
    static func immutableURI(for path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0..<0x20, 0x7F...:
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            default:
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return "file:\(encoded)?immutable=1"
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
