import CSQLite

/// An error reported by SQLite, with everything needed to understand it later:
/// the primary and extended result codes, SQLite's own message and the SQL that failed.
///
/// It prints as `SQLite error 19 (2067): UNIQUE constraint failed: authors.key — while executing `INSERT …``.
/// Callers that care about a kind of failure test ``code`` against ``ResultCode`` constants.
public struct SQLiteError: Error, Equatable, CustomStringConvertible {
    /// The primary result code (`SQLITE_BUSY`, `SQLITE_CONSTRAINT`, …).
    public let code: ResultCode
    /// The extended result code (`SQLITE_CONSTRAINT_UNIQUE`, …), or the primary code when there is none.
    public let extendedCode: Int32
    /// SQLite's message, as `sqlite3_errmsg` gave it.
    public let message: String
    /// The statement that failed, when there was one.
    public let sql: String?

    public init(code: Int32, extendedCode: Int32? = nil, message: String, sql: String? = nil) {
        self.code = ResultCode(rawValue: code & 0xFF)
        self.extendedCode = extendedCode ?? code
        self.message = message
        self.sql = sql
    }

    /// Builds the error from the connection's current error state.
    init(connection: OpaquePointer?, code: Int32, sql: String?) {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        self.init(code: code, extendedCode: extended, message: message, sql: sql)
    }

    /// The error without its SQL, for people: `UNIQUE constraint failed: authors.key (SQLite code 2067)`.
    public var summary: String { "\(message) (SQLite code \(extendedCode))" }

    public var description: String {
        var text = "SQLite error \(code.rawValue)"
        if extendedCode != code.rawValue { text += " (\(extendedCode))" }
        text += ": \(message)"
        if let sql { text += " — while executing `\(sql)`" }
        return text
    }
}

/// A primary SQLite result code. See <https://sqlite.org/rescode.html>.
public struct ResultCode: RawRepresentable, Hashable, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    public static let error = ResultCode(rawValue: SQLITE_ERROR)
    public static let permission = ResultCode(rawValue: SQLITE_PERM)
    public static let busy = ResultCode(rawValue: SQLITE_BUSY)
    public static let locked = ResultCode(rawValue: SQLITE_LOCKED)
    public static let readOnly = ResultCode(rawValue: SQLITE_READONLY)
    public static let interrupt = ResultCode(rawValue: SQLITE_INTERRUPT)
    public static let ioError = ResultCode(rawValue: SQLITE_IOERR)
    public static let corrupt = ResultCode(rawValue: SQLITE_CORRUPT)
    public static let full = ResultCode(rawValue: SQLITE_FULL)
    public static let cantOpen = ResultCode(rawValue: SQLITE_CANTOPEN)
    public static let constraint = ResultCode(rawValue: SQLITE_CONSTRAINT)
    public static let tooBig = ResultCode(rawValue: SQLITE_TOOBIG)
    public static let notADatabase = ResultCode(rawValue: SQLITE_NOTADB)
}
