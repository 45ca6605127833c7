#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OpeDB

/// Read-only connections to one archive, shared by the server's requests.
///
/// SQLite connections are opened without a mutex (one thread at a time each), so a request
/// takes one for the length of its synchronous work and gives it back. Up to `capacity` stay
/// open between requests; a burst beyond that opens extra ones, closed when given back.
public final class ArchivePool: @unchecked Sendable {
    // @unchecked: `idle` is only touched under `lock`, and an Archive is used by the one
    // request that took it out until it is put back.
    public let path: String
    private let capacity: Int
    private var idle: [Archive] = []
    private var lock = pthread_mutex_t()

    /// Opens the first connection at once, so a missing or foreign file is reported at start-up.
    public init(path: String, capacity: Int = 8) throws {
        self.path = path
        self.capacity = max(1, capacity)
        pthread_mutex_init(&lock, nil)
        idle.append(try Archive(path: path, access: .read))
    }

    deinit { pthread_mutex_destroy(&lock) }

    /// Runs `work` with a connection of its own.
    public func withArchive<T>(_ work: (Archive) throws -> T) throws -> T {
        let archive = try take()
        defer { giveBack(archive) }
        return try work(archive)
    }

    private func take() throws -> Archive {
        pthread_mutex_lock(&lock)
        let archive = idle.popLast()
        pthread_mutex_unlock(&lock)
        return try archive ?? Archive(path: path, access: .read)
    }

    private func giveBack(_ archive: Archive) {
        pthread_mutex_lock(&lock)
        if idle.count < capacity { idle.append(archive) }
        pthread_mutex_unlock(&lock)
    }
}
