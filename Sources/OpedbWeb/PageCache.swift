#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Hummingbird

/// Finished responses of searches, keyed by the search's canonical URL and valid for one
/// archive generation (``ArchivePool/generation``): the first write another process commits
/// makes every entry unreachable, so a page is never served from before a write.
///
/// The same search asked again (a shared link, a reader paging back, a client polling) costs
/// a dictionary look-up instead of ranking, snippets and facets over every match. Bounded by
/// bytes; the oldest entries go first.
public final class PageCache: @unchecked Sendable {
    // @unchecked: every stored property is only touched under `lock`.
    private struct Entry {
        var generation: Int
        var response: Response
        var bytes: Int
    }

    /// The most bytes of bodies kept; 0 turns the cache off.
    public let capacity: Int
    private var entries: [String: Entry] = [:]
    /// Keys in the order they were first stored, each once, for eviction.
    private var order: [String] = []
    private var orderStart = 0
    private var bytes = 0
    private var generation = 0
    private var lock = pthread_mutex_t()
    /// Look-ups answered from the cache, and stores (for tests and the benchmark's notes).
    public private(set) var hits = 0
    public private(set) var stores = 0

    /// 32 MiB: some thousands of search pages (10–40 KB each).
    public static let defaultCapacity = 32 << 20

    public init(capacity: Int = PageCache.defaultCapacity) {
        self.capacity = max(0, capacity)
        pthread_mutex_init(&lock, nil)
    }

    deinit { pthread_mutex_destroy(&lock) }

    /// The response stored for `key` at `generation`, or nil. A newer generation than the
    /// cache has seen empties it first.
    public func response(for key: String, generation: Int) -> Response? {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        advance(to: generation)
        guard let entry = entries[key], entry.generation == generation else { return nil }
        hits += 1
        return entry.response
    }

    /// Keeps `response` for `key`, unless it was made from an older generation than the
    /// newest one seen (a request that began before a write must not outlive it here).
    public func store(_ response: Response, bytes size: Int, for key: String, generation: Int) {
        guard capacity > 0, size <= capacity / 8 else { return }
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        advance(to: generation)
        guard generation == self.generation else { return }
        if let old = entries[key] { bytes -= old.bytes } else { order.append(key) }
        entries[key] = Entry(generation: generation, response: response, bytes: size)
        bytes += size
        stores += 1
        while bytes > capacity, orderStart < order.count {
            let oldest = order[orderStart]
            orderStart += 1
            if let entry = entries.removeValue(forKey: oldest) { bytes -= entry.bytes }
        }
        if orderStart > 4096 && orderStart * 2 > order.count {
            order.removeFirst(orderStart)
            orderStart = 0
        }
    }

    private func advance(to newGeneration: Int) {
        guard newGeneration > generation else { return }
        generation = newGeneration
        entries.removeAll(keepingCapacity: true)
        order.removeAll(keepingCapacity: true)
        orderStart = 0
        bytes = 0
    }
}
