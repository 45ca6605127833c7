import CDigest

/// SHA-256 (FIPS 180-4), for content hashes and parse fingerprints. FoundationEssentials has no
/// hashing, and a cryptography package would cost minutes of build time for one function; the C
/// in `CDigest` uses the CPU's SHA instructions when it has them (ingest hashes every article twice).
enum SHA256 {
    /// The digest of `bytes` as 64 lowercase hex digits.
    static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        let result: [UInt8] = bytes.withContiguousStorageIfAvailable { (buffer: UnsafeBufferPointer<UInt8>) -> [UInt8] in
            digest(of: buffer)
        } ?? Array(bytes).withUnsafeBufferPointer { digest(of: $0) }
        return hexString(result)
    }

    private static func digest(of buffer: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: 32) { out, count in
            opedb_sha256(buffer.baseAddress, buffer.count, out.baseAddress!)
            count = 32
        }
    }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func hexString(_ digest: [UInt8]) -> String {
        String(unsafeUninitializedCapacity: digest.count * 2) { out in
            for (i, byte) in digest.enumerated() {
                out[2 * i] = digits[Int(byte >> 4)]
                out[2 * i + 1] = digits[Int(byte & 0x0F)]
            }
            return digest.count * 2
        }
    }
}
