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
