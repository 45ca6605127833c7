extension StringProtocol {
    /// Whether the text contains `needle` (ASCII), ignoring ASCII case. A byte loop: the
    /// generic `contains` of the standard library is an order of magnitude slower on hot paths.
    func containsASCIIIgnoringCase(_ needle: StaticString) -> Bool {
        let n = needle.utf8Start
        let count = needle.utf8CodeUnitCount
        guard count > 0 else { return true }
        let first = n[0] | 0x20
        var found = false
        _ = utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= count else { return }
            var i = 0
            let last = bytes.count - count
            while i <= last {
                if bytes[i] | 0x20 == first {
                    var j = 1
                    while j < count, bytes[i + j] | 0x20 == n[j] | 0x20 { j += 1 }
                    if j == count { found = true; return }
                }
                i += 1
            }
        } ?? { found = String(self).containsASCIIIgnoringCase(needle) }()
        return found
    }
}

extension StringProtocol {
    /// Whether the text contains `a` or `b` (ASCII letters, lowercase), ignoring ASCII case: one
    /// pass over the text instead of two (the disclaimer test runs on most paragraphs).
    func containsEitherASCIIIgnoringCase(_ a: StaticString, _ b: StaticString) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            func occurs(_ needle: StaticString, at i: Int) -> Bool {
                let n = needle.utf8CodeUnitCount
                guard bytes.count - i >= n else { return false }
                var j = 1
                while j < n, bytes[i + j] | 0x20 == needle.utf8Start[j] { j += 1 }
                return j == n
            }
            let (firstA, firstB) = (a.utf8Start[0], b.utf8Start[0])
            for i in bytes.indices {
                let lower = bytes[i] | 0x20
                if lower == firstA, occurs(a, at: i) { return true }
                if lower == firstB, occurs(b, at: i) { return true }
            }
            return false
        }
        return found ?? (String(self).containsASCIIIgnoringCase(a) || String(self).containsASCIIIgnoringCase(b))
    }
}

extension StringProtocol {
    /// The first occurrence of `needle`, found on UTF-8 bytes (the standard library's generic
    /// `firstRange(of:)` is several times slower). Matches are on scalar boundaries since both
    /// sides are valid UTF-8.
    func fastRange(of needle: String) -> Range<Index>? {
        let n = Array(needle.utf8)
        guard let first = n.first else { return nil }
        let bytes = utf8
        var offset: Int?
        _ = bytes.withContiguousStorageIfAvailable { hay in
            guard hay.count >= n.count else { return }
            var i = 0
            let last = hay.count - n.count
            while i <= last {
                if hay[i] == first {
                    var j = 1
                    while j < n.count, hay[i + j] == n[j] { j += 1 }
                    if j == n.count { offset = i; return }
                }
                i += 1
            }
        }
        if offset == nil, bytes.withContiguousStorageIfAvailable({ _ in true }) == nil {
            return firstRange(of: needle)  // not stored contiguously (bridged): the slow path
        }
        guard let offset else { return nil }
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: n.count)
    }

    /// Whether `needle` occurs, by bytes.
    func fastContains(_ needle: String) -> Bool { fastRange(of: needle) != nil }
}
