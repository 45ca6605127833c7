#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OpeDB

/// Read-only connections to one archive, shared by the server's requests, and the archive's
/// generation: a number that grows whenever another process has committed a write.
///
/// SQLite connections are opened without a mutex (one thread at a time each), so a request
/// takes one for the length of its synchronous work and gives it back. Up to `capacity` stay
/// open between requests; a burst beyond that opens extra ones, closed when given back.
///
/// Every request reads in one transaction (one snapshot for all its statements) that starts
/// with `PRAGMA data_version`, which changes on a connection when any other connection has
/// committed since that connection last looked (<https://sqlite.org/pragma.html#pragma_data_version>).
/// A connection that sees a change advances ``generation``; anything cached under an older
/// generation (``PageCache``, ``FacetTables``) is then out of date.
public final class ArchivePool: @unchecked Sendable {
    // @unchecked: `idle` and `current` are only touched under `lock`, and an Archive is used
    // by the one request that took it out until it is put back.
    private struct Pooled {
        var archive: Archive
        /// `PRAGMA data_version` when this connection last looked.
        var dataVersion: Int
    }

    public let path: String
    private let capacity: Int
    private var idle: [Pooled] = []
    private var current = 0
    private var lock = pthread_mutex_t()

    /// Opens the first connection at once, so a missing or foreign file is reported at start-up.
    public init(path: String, capacity: Int = 8) throws {
        self.path = path
        self.capacity = max(1, capacity)
        pthread_mutex_init(&lock, nil)
        idle.append(try open())
    }

    deinit { pthread_mutex_destroy(&lock) }

    /// Opens connections until `count` are idle (at most the pool's capacity). A new connection
    /// counts as seeing a write, so a server opens as many as it will use at once before its
    /// first request, rather than starting a new generation — and emptying its caches — on
    /// each of the first burst's connections.
    public func prepare(_ count: Int) throws {
        pthread_mutex_lock(&lock)
        let have = idle.count
        pthread_mutex_unlock(&lock)
        var fresh: [Pooled] = []
        for _ in have..<max(have, min(count, capacity)) { fresh.append(try open()) }
        pthread_mutex_lock(&lock)
        idle += fresh
        pthread_mutex_unlock(&lock)
    }

    /// The newest generation any request has seen.
    public var generation: Int {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        return current
    }

    /// Runs `work` with a connection of its own, in one read transaction.
    public func withArchive<T>(_ work: (Archive) throws -> T) throws -> T {
        try withSnapshot { archive, _ in try work(archive) }
    }

    /// Runs `work` with a connection of its own, in one read transaction, and the generation
    /// its snapshot belongs to — or nil when this very request is the first on its connection
    /// to see a write: then nothing cached may be used or kept.
    ///
    /// Why that rule makes a cache exact: a request reads the generation *before* its snapshot
    /// starts, so its snapshot holds every write seen up to that generation; and it holds no
    /// write unseen so far, since its own connection would have seen that one (and answered nil).
    /// So every request given generation g reads the same data. One that sees a write races
    /// with others seeing the same or a later one, so it alone goes without the cache.
    public func withSnapshot<T>(_ work: (Archive, Int?) throws -> T) throws -> T {
        var pooled = try take()
        defer { giveBack(pooled) }
        let before = self.generation
        let connection = pooled.archive.connection
        return try connection.transaction(.deferred) {
            let version = try connection.scalar("PRAGMA data_version").int ?? 0
            guard version == pooled.dataVersion else {
                advance()
                pooled.dataVersion = version
                return try work(pooled.archive, nil)
            }
            return try work(pooled.archive, before)
        }
    }

    private func advance() {
        pthread_mutex_lock(&lock)
        current += 1
        pthread_mutex_unlock(&lock)
    }

    private func take() throws -> Pooled {
        pthread_mutex_lock(&lock)
        let pooled = idle.popLast()
        pthread_mutex_unlock(&lock)
        return try pooled ?? open()
    }

    /// A new connection looks at `data_version` before any request uses it, and counts as
    /// seeing a write: it cannot tell what changed before it opened. Only when the pool grows.
    private func open() throws -> Pooled {
        let archive = try Archive(path: path, access: .read)
        let version = try archive.connection.scalar("PRAGMA data_version").int ?? 0
        advance()
        return Pooled(archive: archive, dataVersion: version)
    }

    private func giveBack(_ pooled: Pooled) {
        pthread_mutex_lock(&lock)
        if idle.count < capacity { idle.append(pooled) }
        pthread_mutex_unlock(&lock)
    }
}
