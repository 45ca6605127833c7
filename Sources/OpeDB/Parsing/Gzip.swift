import CZlib

/// Inflates gzip files (`page.html.gz`), the way saved web pages are often kept.
enum Gzip {
    /// The gzip magic bytes.
    static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B }

    /// The inflated bytes; a damaged stream, or one that inflates past `limit` (a decompression
    /// bomb), throws. Concatenated gzip members are read one after the other, as `gzip -d` does.
    static func inflate(_ input: [UInt8], limit: Int) throws(ParseError) -> [UInt8] {
        var stream = z_stream()
        // windowBits 16 + 15: a gzip header and trailer, a 32 KB window.
        guard inflateInit2_(&stream, 16 + 15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .damagedGzip
        }
        defer { inflateEnd(&stream) }
        var tooLarge = false
        let output = ZlibInflate.run(&stream, input: input, chunkSize: 1 << 16,
                                     reserving: min(limit, input.count * 4)) { status, produced, total, stream in
            if total > limit { tooLarge = true; return .fail }
            switch status {
            case Z_STREAM_END:
                // Another member follows, or trailing padding of zeros.
                guard stream.avail_in > 0, stream.next_in.pointee == 0x1F else { return .done }
                return inflateReset(&stream) == Z_OK ? .more : .fail
            case Z_OK: return .more
            case Z_BUF_ERROR where produced > 0: return .more
            default: return .fail
            }
        }
        guard let output else { throw tooLarge ? .gzipTooLarge(limit: limit) : .damagedGzip }
        return output
    }
}
