/// An article file's bytes made ready to parse: inflated when gzipped, decoded to text, and
/// recognised as a web page or a text article.
///
/// Everyone who turns stored or added bytes into an article goes through here (adding,
/// re-parsing, checking an archive), so they agree on what a file says and on the text its
/// content hash is taken of.
public struct ArticleSource: Sendable {
    /// The decoded text: a text article's own text, or a web page's markup. The content hash
    /// (``ContentHash``) is taken of it. A page's markup is decoded only when asked for:
    /// parsing reads the bytes, and decoding a whole page into a `String` cost a few per cent
    /// of the HTML parse.
    public var text: String { page.map { String(decoding: $0.bytes, as: UTF8.self) } ?? plainText }
    private let plainText: String
    /// Encoding guesses and repairs, for the parsed article's warnings.
    public var warnings: [String]
    /// For a web page, its bytes as libxml2 reads them.
    let page: HTMLCharset.Decoded?

    public var isHTML: Bool { page != nil }

    public static func read(_ bytes: [UInt8]) throws(ParseError) -> ArticleSource {
        var bytes = bytes
        if Gzip.isGzip(bytes) { bytes = try Gzip.inflate(bytes, limit: ArticleParser.inflatedLimit) }
        if HTMLSniffer.isHTML(bytes) {
            var dropped: [String] = []
            if bytes.contains(0), !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]) {
                // A few stray NULs in a page (a CMS pasted them into a script or a paragraph):
                // browsers ignore them, and so do we. Many mean a binary file or UTF-16 without
                // a byte-order mark.
                let nuls = bytes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
                guard nuls * 1000 <= bytes.count else { throw .binary }
                bytes.removeAll { $0 == 0 }
                dropped.append("\(nuls) NUL byte\(nuls == 1 ? "" : "s") dropped from the page")
            }
            let page = try HTMLCharset.decode(bytes)
            return ArticleSource(plainText: "", warnings: dropped + page.warnings, page: page)
        }
        let decoded = try SourceDecoder.decode(bytes)
        return ArticleSource(plainText: decoded.text, warnings: decoded.warnings, page: nil)
    }
}
