import Foundation
import Testing
@testable import SQLite

@Suite struct ConnectionTests {
    func memory() throws -> Connection { try Connection(path: ":memory:") }

    @Test func bindsAndReadsEveryType() throws {
        let db = try memory()
        try db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n)")
        let text = "naïve 🚀 with a NUL\u{0} inside"
        let blob = Data((0..<300_000).map { UInt8($0 % 251) })
        try db.run("INSERT INTO t VALUES (?, ?, ?, ?, ?)", [Int64.max, 3.25, text, blob, String?.none])
        let row = try #require(try db.first("SELECT i, r, s, b, n, typeof(n) FROM t", [], { s in
            (s.int(0), s.double(1), s.string(2), s.data(3), s.isNull(4), s.string(5))
        }))
        #expect(row.0 == Int(Int64.max))
        #expect(row.1 == 3.25)
        #expect(row.2 == text)
        #expect(row.2.utf8.count == text.utf8.count)
        #expect(row.3 == blob)
        #expect(row.4)
        #expect(row.5 == "null")
    }

    @Test func emptyStringAndEmptyBlobAreNotNull() throws {
        let db = try memory()
        let types = try db.first("SELECT typeof(?), typeof(?)", ["", Data()], { ($0.string(0), $0.string(1)) })
        #expect(types?.0 == "text")
        #expect(types?.1 == "blob")
    }

    @Test func valuesKeepTheirStorageClass() throws {
        let db = try memory()
        let values = try db.first("SELECT 1, 2.5, 'x', x'00ff', NULL", [], { s in (0..<5).map { s.value($0) } })
        #expect(values == [.integer(1), .real(2.5), .text("x"), .blob(Data([0, 255])), .null])
    }

    @Test func errorsCarryCodesMessageAndSQL() throws {
        let db = try memory()
        try db.execute("CREATE TABLE t (k TEXT UNIQUE)")
        try db.run("INSERT INTO t VALUES (?)", ["a"])
        do {
            try db.run("INSERT INTO t VALUES (?)", ["a"])
            Issue.record("expected a constraint error")
        } catch let error as SQLiteError {
            #expect(error.code == .constraint)
            #expect(error.extendedCode == 2067)  // SQLITE_CONSTRAINT_UNIQUE
            #expect(error.message.contains("UNIQUE"))
            #expect(error.sql == "INSERT INTO t VALUES (?)")
            #expect(error.description.contains("while executing `INSERT INTO t VALUES (?)`"))
        }
        #expect(throws: SQLiteError.self) { try db.prepare("SELEC nonsense") }
    }

    @Test func failedTransactionLeavesNoTrace() throws {
        let db = try memory()
        try db.execute("CREATE TABLE t (x INTEGER)")
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try db.transaction {
                try db.run("INSERT INTO t VALUES (?)", [1])
                throw Boom()
            }
        }
        #expect(db.isAutocommit)
        #expect(try db.scalar("SELECT count(*) FROM t").int == 0)
        try db.transaction { try db.run("INSERT INTO t VALUES (?)", [2]) }
        #expect(try db.scalar("SELECT count(*) FROM t").int == 1)
    }

    @Test func savepointRollsBackOnlyItsOwnWork() throws {
        let db = try memory()
        try db.execute("CREATE TABLE t (x INTEGER)")
        struct Boom: Error {}
        try db.transaction {
            try db.run("INSERT INTO t VALUES (1)")
            _ = try? db.savepoint {
                try db.run("INSERT INTO t VALUES (2)")
                throw Boom()
            }
        }
        #expect(try db.all("SELECT x FROM t", [], { $0.int(0) }) == [1])
    }

    @Test func cachedStatementsAreReusedAndReset() throws {
        let db = try memory()
        try db.execute("CREATE TABLE t (x INTEGER)")
        for i in 0..<100 { try db.run("INSERT INTO t VALUES (?)", [i]) }
        let first = try db.cached("SELECT count(*) FROM t WHERE x < ?")
        let again = try db.cached("SELECT count(*) FROM t WHERE x < ?")
        #expect(first === again)
        #expect(try db.scalar("SELECT count(*) FROM t WHERE x < ?", [10]).int == 10)
        #expect(try db.scalar("SELECT count(*) FROM t WHERE x < ?", [50]).int == 50)
        // A query abandoned after its first row does not hold the statement open.
        _ = try db.first("SELECT x FROM t ORDER BY x", [], { $0.int(0) })
        try db.run("DROP TABLE t")
    }

    @Test func systemSQLiteHasFTS5() {
        #expect(Connection.hasFTS5)
    }

    @Test func immutableURIEscapesSpecialCharacters() {
        #expect(Connection.immutableURI(for: "/tmp/a b?#%.sqlite") == "file:/tmp/a b%3F%23%25.sqlite?immutable=1")
    }
}
