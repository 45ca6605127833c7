import CZlib

/// The inflate loop both zlib readers share — gzip'd pages (``Gzip``) and stored originals
/// (``StoredSource``): feed the whole input, collect each chunk of output, and let the caller
/// decide, from zlib's status, whether to go on, stop or fail. What differs between them
/// (concatenated members, a preset dictionary, a size limit) stays in their `step`.
enum ZlibInflate {
    /// What the caller makes of one `inflate` call.
    enum Step { case more, done, fail }

    /// Runs `stream` (already initialised) over `input` in chunks of `chunkSize` bytes of output.
    /// `step` gets zlib's status, the bytes that call produced, the output so far and the stream
    /// (to reset it or give it a dictionary). Returns the output, or nil when `step` failed.
    static func run(_ stream: inout z_stream, input: [UInt8], chunkSize: Int, reserving capacity: Int = 0,
                    step: (_ status: Int32, _ produced: Int, _ total: Int, _ stream: inout z_stream) -> Step) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(capacity)
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        return input.withUnsafeBufferPointer { inBuffer -> [UInt8]? in
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
                switch step(status, produced, output.count, &stream) {
                case .more: continue
                case .done: return output
                case .fail: return nil
                }
            }
        }
    }
}
