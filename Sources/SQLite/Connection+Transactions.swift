/// How a transaction takes its locks. See <https://sqlite.org/lang_transaction.html>.
public enum TransactionKind: String, Sendable {
    /// Locks are taken when first needed: right for readers.
    case deferred = "DEFERRED"
    /// The write lock is taken at `BEGIN`, so a writer waits (busy timeout) at the start
    /// instead of failing with `SQLITE_BUSY` half-way through.
    case immediate = "IMMEDIATE"
    case exclusive = "EXCLUSIVE"
}

extension Connection {
    /// Runs `body` inside a transaction: committed when it returns, rolled back when it throws.
    ///
    /// ```swift
    /// try connection.transaction { try connection.run("DELETE FROM t WHERE id = ?", [id]) }
    /// ```
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        try execute("BEGIN \(kind.rawValue)")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if !isAutocommit { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// Runs `body` inside a savepoint, for a nested unit of work that may fail alone.
    public func savepoint<T>(_ name: String = "opedb", _ body: () throws -> T) throws -> T {
        precondition(name.allSatisfy { $0.isLetter || $0 == "_" }, "savepoint names are identifiers")
        try execute("SAVEPOINT \(name)")
        do {
            let result = try body()
            try execute("RELEASE \(name)")
            return result
        } catch {
            try? execute("ROLLBACK TO \(name)")
            try? execute("RELEASE \(name)")
            throw error
        }
    }
}
