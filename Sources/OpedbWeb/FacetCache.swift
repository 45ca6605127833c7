#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OpeDB

/// The facets of searches, keyed by the search without its page, order and page size, and
/// valid for one archive generation (``ArchivePool/generation``) as ``PageCache``'s pages are.
///
/// Facets count every match, whatever page is shown: a reader who goes to the next page or sorts
/// by date asks for the same counts again, and for a word in a third of the archive counting
/// them is a fifth of the page's cost. Bounded by entries (a few kilobytes each); the oldest go first.
final class FacetCache: @unchecked Sendable {
    // @unchecked: every stored property is only touched under `lock`.
    /// The most searches kept; 0 turns the cache off.
    let capacity: Int
    private var entries: [String: SearchFacets] = [:]
    /// Keys in the order they were stored, each once, for eviction.
    private var order: [String] = []
    private var orderStart = 0
    private var generation = 0
    private var lock = pthread_mutex_t()
    /// Look-ups answered from the cache (for tests).
    private(set) var hits = 0

    static let defaultCapacity = 4096

    init(capacity: Int = FacetCache.defaultCapacity) {
        self.capacity = max(0, capacity)
        pthread_mutex_init(&lock, nil)
    }

    deinit { pthread_mutex_destroy(&lock) }

    /// The facets stored for `key` at `generation`, or nil; a newer generation empties the cache.
    func facets(for key: String, generation: Int) -> SearchFacets? {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        advance(to: generation)
        guard generation == self.generation, let facets = entries[key] else { return nil }
        hits += 1
        return facets
    }

    /// Keeps `facets` for `key`, unless they were counted at an older generation than the newest seen.
    func store(_ facets: SearchFacets, for key: String, generation: Int) {
        guard capacity > 0 else { return }
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        advance(to: generation)
        guard generation == self.generation else { return }
        if entries.updateValue(facets, forKey: key) == nil { order.append(key) }
        while entries.count > capacity, orderStart < order.count {
            entries.removeValue(forKey: order[orderStart])
            orderStart += 1
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
    }
}
