import CZlib

/// An article's original bytes as the archive keeps them: deflated against the article's own
/// body text, or raw.
///
/// A source is mostly its body text with Markdown around it, and the archive stores that text
/// anyway (`articles.body`, for search snippets). Deflating the source with the body as zlib's
/// preset dictionary therefore shrinks it about 12x where a plain deflate manages under 2x
/// (2,000 generated articles: 12.2x against 1.9x) — every original byte kept, for a fraction of
/// a millisecond per article on the parsing threads.
///
/// The price is a coupling: a deflated source decodes only with the body it was encoded against,
/// so whoever writes `articles.body` must write the source again in the same transaction
/// (``ArticleRepository`` does; nothing else writes the body; `opedb check` verifies every
/// source). The body alone, not the title or notes, so that editing those never touches sources.
struct StoredSource: Equatable, Sendable {
    enum Encoding: String, Sendable {
        case raw
        case deflateText = "deflate-text"
    }

    var bytes: [UInt8]
    var encoding: Encoding

    enum DecodingError: Error, Equatable, CustomStringConvertible {
        case unknownEncoding(String)
        case damaged

        var description: String {
            switch self {
            case .unknownEncoding(let name): return "the original source has an unknown encoding '\(name)'"
            case .damaged: return "the original source does not decode with the article's stored text"
            }
        }
    }

    /// The preset dictionary: the body the same write stores beside the source.
    static func dictionary(body: String) -> [UInt8] { Array(body.utf8) }

    static func dictionary(for article: ParsedArticle) -> [UInt8] { dictionary(body: article.body) }

    /// Deflated when that is smaller, else raw.
    static func encode(_ source: [UInt8], dictionary: [UInt8]) -> StoredSource {
        if let deflated = deflate(source, dictionary: dictionary), deflated.count < source.count {
            return StoredSource(bytes: deflated, encoding: .deflateText)
        }
        return StoredSource(bytes: source, encoding: .raw)
    }

    /// The original bytes.
    func decode(dictionary: [UInt8]) throws(DecodingError) -> [UInt8] {
        switch encoding {
        case .raw: return bytes
        case .deflateText:
            guard let bytes = Self.inflate(bytes, dictionary: dictionary) else { throw .damaged }
            return bytes
        }
    }

    static func encoding(named name: String) throws(DecodingError) -> Encoding {
        guard let encoding = Encoding(rawValue: name) else { throw .unknownEncoding(name) }
        return encoding
    }

    // MARK: zlib

    /// zlib keeps only the last 32 KB of a preset dictionary.
    private static let window = 32 * 1024

    private static func deflate(_ input: [UInt8], dictionary: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        // The zlib format: its header names the dictionary (Adler-32) and its trailer checks the
        // output, so a source read with the wrong text fails instead of decoding to garbage.
        guard deflateInit2_(&stream, 1, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        let dict = dictionary.suffix(window)
        let dictOK = dict.withUnsafeBufferPointer { d in
            deflateSetDictionary(&stream, d.baseAddress, uInt(d.count)) == Z_OK
        }
        guard dictOK else { return nil }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))))
        let status = input.withUnsafeBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int32 in
                stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }

    private static func inflate(_ input: [UInt8], dictionary: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        let dict = dictionary.suffix(window)
        return ZlibInflate.run(&stream, input: input, chunkSize: max(16_384, input.count * 8)) { status, produced, _, stream in
            switch status {
            case Z_STREAM_END: return stream.avail_in == 0 ? .done : .fail
            case Z_NEED_DICT:
                // zlib checks the dictionary's Adler-32 against the stream's header here.
                let dictOK = dict.withUnsafeBufferPointer { d in
                    inflateSetDictionary(&stream, d.baseAddress, uInt(d.count)) == Z_OK
                }
                return dictOK ? .more : .fail
            case Z_OK: return .more
            case Z_BUF_ERROR where produced > 0: return .more
            default: return .fail  // damaged data, or a dictionary that is not the one used
            }
        }
    }
}
