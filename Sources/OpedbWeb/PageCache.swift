import Hummingbird

/// Finished responses of searches, keyed by the search's canonical URL and valid for one
/// archive generation (``ArchivePool/generation``): the first write another process commits
/// makes every entry unreachable, so a page is never served from before a write.
///
/// The same search asked again (a shared link, a reader paging back, a client polling) costs
/// a dictionary look-up instead of ranking, snippets and facets over every match. Bounded by
/// bytes; the oldest entries go first.
public final class PageCache: Sendable {
    private let cache: GenerationCache<Response>

    /// The most bytes of bodies kept; 0 turns the cache off.
    public var capacity: Int { cache.capacity }
    /// Look-ups answered from the cache, and stores (for tests and the benchmark's notes).
    public var hits: Int { cache.hits }
    public var stores: Int { cache.stores }

    /// 32 MiB: some thousands of search pages (10–40 KB each).
    public static let defaultCapacity = 32 << 20

    public init(capacity: Int = PageCache.defaultCapacity) {
        cache = GenerationCache(capacity: capacity)
    }

    /// The response stored for `key` at `generation`, or nil.
    public func response(for key: String, generation: Int) -> Response? {
        cache.value(for: key, generation: generation)
    }

    /// Keeps `response` for `key`, unless it was made from an older generation than the
    /// newest one seen, or its body is more than an eighth of the cache.
    public func store(_ response: Response, bytes size: Int, for key: String, generation: Int) {
        guard size <= capacity / 8 else { return }
        cache.store(response, cost: size, for: key, generation: generation)
    }
}
