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
        var output: [UInt8] = []
        output.reserveCapacity(min(limit, input.count * 4))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let ok = input.withUnsafeBufferPointer { inBuffer -> Bool in
            stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
            stream.avail_in = uInt(inBuffer.count)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBufferPointer { out -> (Int32, Int) in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return (status, out.count - Int(stream.avail_out))
                }
                output.append(contentsOf: chunk[..<produced])
                if output.count > limit { return false }
                switch status {
                case Z_STREAM_END:
                    // Another member follows, or trailing padding of zeros.
                    guard stream.avail_in > 0, stream.next_in.pointee == 0x1F else { return true }
                    guard inflateReset(&stream) == Z_OK else { return false }
                case Z_OK: continue
                case Z_BUF_ERROR where produced > 0: continue
                default: return false
                }
            }
        }
        guard ok else { throw output.count > limit ? .gzipTooLarge(limit: limit) : .damagedGzip }
        return output
    }
}
