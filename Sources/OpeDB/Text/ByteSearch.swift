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
    /// Whether the text contains `a` or `b` (ASCII, lowercase), ignoring ASCII case: one pass
    /// over the text instead of two (the disclaimer test runs on most paragraphs).
    func containsEitherASCIIIgnoringCase(_ a: StaticString, _ b: StaticString) -> Bool {
        let needles = [a, b].map { UnsafeBufferPointer(start: $0.utf8Start, count: $0.utf8CodeUnitCount) }
        let found = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let (firstA, firstB) = (needles[0][0], needles[1][0])
            for i in bytes.indices {
                let lower = bytes[i] | 0x20
                guard lower == firstA || lower == firstB else { continue }
                for needle in needles where needle[0] == lower && bytes.count - i >= needle.count {
                    var j = 1
                    while j < needle.count, bytes[i + j] | 0x20 == needle[j] { j += 1 }
                    if j == needle.count { return true }
                }
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
