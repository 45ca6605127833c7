#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OpeDB

/// The server's one ``FacetTable``, for the archive generation it was read at, rebuilt by the
/// first request of a newer generation that needs facets.
///
/// Building reads every article's facts (tens of milliseconds at 100,000 articles); counting
/// a search's facets from it then costs microseconds per thousand matches, where joining every
/// match with the facts in SQL cost 15–25 ms for a word in 4,000 articles.
final class FacetTables: @unchecked Sendable {
    // @unchecked: `built` is only touched under `lock`.
    private var built: (generation: Int, table: FacetTable)?
    private var lock = pthread_mutex_t()
    /// How many tables were built (for tests: once per generation, not once per request).
    private(set) var builds = 0

    init() { pthread_mutex_init(&lock, nil) }

    deinit { pthread_mutex_destroy(&lock) }

    /// The table for `generation`, built from `archive` (whose snapshot must be that generation's)
    /// when there is none yet. Requests that arrive while one is built wait for it rather
    /// than build their own.
    func table(generation: Int, archive: Archive) throws -> FacetTable {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        if let built, built.generation == generation { return built.table }
        let table = try FacetTable(connection: archive.connection)
        builds += 1
        // An older request finishing late must not replace a newer table.
        if generation >= built?.generation ?? Int.min { built = (generation, table) }
        return table
    }
}
