import CZlib

/// How original sources are kept: zlib-compressed when that saves space (text shrinks to about a
/// third), verbatim otherwise. The stored form starts with one tag byte so either reads back.
public enum SourceCompression {
    static let verbatimTag: UInt8 = 0
    static let zlibTag: UInt8 = 1

    /// The form to store: compressed on the worker threads of `add`, never on the writer.
    public static func pack(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= 256 else { return [verbatimTag] + bytes }
        var length = compressBound(uLong(bytes.count))
        var out = [UInt8](repeating: 0, count: Int(length) + 9)
        let rc = out.withUnsafeMutableBufferPointer { o in
            bytes.withUnsafeBufferPointer { i in
                compress2(o.baseAddress! + 9, &length, i.baseAddress!, uLong(i.count), 6)
            }
        }
        guard rc == Z_OK, Int(length) + 9 < bytes.count else { return [verbatimTag] + bytes }
        out[0] = zlibTag
        var size = UInt64(bytes.count)
        for i in 1...8 { out[i] = UInt8(truncatingIfNeeded: size); size >>= 8 }
        out.removeLast(out.count - Int(length) - 9)
        return out
    }

    /// The original bytes of a stored source; nil when the stored form is damaged.
    public static func unpack(_ stored: [UInt8]) -> [UInt8]? {
        guard let tag = stored.first else { return [] }
        if tag == verbatimTag { return Array(stored.dropFirst()) }
        guard tag == zlibTag, stored.count >= 9 else { return nil }
        var size: UInt64 = 0
        for i in (1...8).reversed() { size = size << 8 | UInt64(stored[i]) }
        guard size <= 1 << 32 else { return nil }
        var out = [UInt8](repeating: 0, count: Int(size))
        var length = uLong(size)
        let rc = out.withUnsafeMutableBufferPointer { o in
            stored.withUnsafeBufferPointer { i in
                uncompress(o.baseAddress, &length, i.baseAddress! + 9, uLong(i.count - 9))
            }
        }
        return rc == Z_OK && length == uLong(size) ? out : nil
    }
}
