import Hummingbird
import NIOCore
@testable import OpedbWeb
import Testing

/// The cache answers only for the generation an entry was made at, refuses entries from older
/// generations, and stays within its bytes.
@Suite struct PageCacheTests {
    func response(_ text: String) -> Response {
        Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    @Test func anEntryIsValidForItsGenerationOnly() {
        let cache = PageCache(capacity: 1 << 20)
        cache.store(response("a"), bytes: 1, for: "k", generation: 1)
        #expect(cache.response(for: "k", generation: 1) != nil)
        #expect(cache.response(for: "other", generation: 1) == nil)
        // A newer generation empties the cache.
        #expect(cache.response(for: "k", generation: 2) == nil)
        #expect(cache.response(for: "k", generation: 1) == nil)
        // A page made from an older snapshot, finishing after a newer one was seen, is not kept.
        cache.store(response("old"), bytes: 3, for: "k", generation: 1)
        #expect(cache.response(for: "k", generation: 2) == nil)
        #expect(cache.stores == 1)
        #expect(cache.hits == 1)
    }

    @Test func staysWithinItsBytesOldestFirst() {
        let cache = PageCache(capacity: 800)
        for i in 0..<10 { cache.store(response("x"), bytes: 100, for: "k\(i)", generation: 1) }
        #expect(cache.response(for: "k0", generation: 1) == nil)
        #expect(cache.response(for: "k1", generation: 1) == nil)
        for i in 2..<10 { #expect(cache.response(for: "k\(i)", generation: 1) != nil, "k\(i)") }
        // Replacing an entry keeps one copy of it.
        for _ in 0..<20 { cache.store(response("y"), bytes: 100, for: "k9", generation: 1) }
        for i in 2..<10 { #expect(cache.response(for: "k\(i)", generation: 1) != nil, "k\(i)") }
        // A body larger than an eighth of the cache is not kept; capacity 0 keeps nothing.
        cache.store(response("big"), bytes: 101, for: "big", generation: 1)
        #expect(cache.response(for: "big", generation: 1) == nil)
        let off = PageCache(capacity: 0)
        off.store(response("a"), bytes: 1, for: "k", generation: 1)
        #expect(off.response(for: "k", generation: 1) == nil)
    }
}
