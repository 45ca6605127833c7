#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Values made from the archive, keyed by a string and valid for one archive generation
/// (``ArchivePool/generation``): the first write another process commits makes every entry
/// unreachable, so nothing made before a write is served after it. Bounded by a budget of cost
/// units (bytes, or entries); the oldest entries go first. Safe to share between requests.
///
/// One implementation for ``PageCache`` (finished pages, by bytes) and ``FacetCache`` (facet
/// counts, by entries): the generation rule is the part that must never be got wrong twice.
final class GenerationCache<Value: Sendable>: @unchecked Sendable {
    // @unchecked: every stored property is only touched under `lock`.
    private struct Entry {
        var value: Value
        var cost: Int
    }

    /// The most cost units kept; 0 turns the cache off.
    let capacity: Int
    private var entries: [String: Entry] = [:]
    /// Keys in the order they were first stored, each once, for eviction.
    private var order: [String] = []
    private var orderStart = 0
    private var total = 0
    private var generation = 0
    private var lock = pthread_mutex_t()
    /// Look-ups answered from the cache, and stores (for tests and the benchmark's notes).
    private(set) var hits = 0
    private(set) var stores = 0

    init(capacity: Int) {
        self.capacity = max(0, capacity)
        pthread_mutex_init(&lock, nil)
    }

    deinit { pthread_mutex_destroy(&lock) }

    /// The value stored for `key` at `generation`, or nil. A newer generation than the cache
    /// has seen empties it first.
    func value(for key: String, generation: Int) -> Value? {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        advance(to: generation)
        guard generation == self.generation, let entry = entries[key] else { return nil }
        hits += 1
        return entry.value
    }

    /// Keeps `value` for `key`, unless it was made from an older generation than the newest
    /// one seen (a request that began before a write must not outlive it here).
    func store(_ value: Value, cost: Int, for key: String, generation: Int) {
        guard capacity > 0 else { return }
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        advance(to: generation)
        guard generation == self.generation else { return }
        if let old = entries[key] { total -= old.cost } else { order.append(key) }
        entries[key] = Entry(value: value, cost: cost)
        total += cost
        stores += 1
        while total > capacity, orderStart < order.count {
            let oldest = order[orderStart]
            orderStart += 1
            if let entry = entries.removeValue(forKey: oldest) { total -= entry.cost }
        }
        if orderStart > 1024 && orderStart * 2 > order.count {
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
        total = 0
    }
}
