/// Decoding one scalar from valid UTF-8 bytes, for byte-level scans that meet a non-ASCII byte
/// and need its Unicode properties without building a `String`.
enum UTF8Scalar {
    /// The scalar whose (valid, multi-byte) UTF-8 starts at `i`; moves `i` past it. A sequence cut
    /// short by the end of the buffer decodes from the bytes that are there.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> Unicode.Scalar {
        let b = UInt32(bytes[i])
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard length > 1 else {
            i += 1
            return Unicode.Scalar(UInt8(truncatingIfNeeded: b))
        }
        var value = b & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        i += length
        return Unicode.Scalar(value) ?? " "
    }
}
