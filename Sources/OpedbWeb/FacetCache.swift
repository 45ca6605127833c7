import OpeDB

/// The facets of searches, keyed by the search without its page, order and page size, and
/// valid for one archive generation (``ArchivePool/generation``) as ``PageCache``'s pages are.
///
/// Facets count every match, whatever page is shown: a reader who goes to the next page or sorts
/// by date asks for the same counts again, and for a word in a third of the archive counting
/// them is a fifth of the page's cost. Bounded by entries (a few kilobytes each); the oldest go first.
final class FacetCache: Sendable {
    private let cache: GenerationCache<SearchFacets>

    /// Look-ups answered from the cache (for tests).
    var hits: Int { cache.hits }

    /// The most searches kept.
    static let defaultCapacity = 4096

    /// `capacity` searches at most; 0 turns the cache off.
    init(capacity: Int = FacetCache.defaultCapacity) {
        cache = GenerationCache(capacity: capacity)
    }

    /// The facets stored for `key` at `generation`, or nil; a newer generation empties the cache.
    func facets(for key: String, generation: Int) -> SearchFacets? {
        cache.value(for: key, generation: generation)
    }

    /// Keeps `facets` for `key`, unless they were counted at an older generation than the newest seen.
    func store(_ facets: SearchFacets, for key: String, generation: Int) {
        cache.store(facets, cost: 1, for: key, generation: generation)
    }
}
