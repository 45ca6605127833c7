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
            let dropped = try SourceDecoder.droppingStrayNULs(&bytes, from: "the page").map { [$0] } ?? []
            let page = try HTMLCharset.decode(bytes)
            return ArticleSource(plainText: "", warnings: dropped + page.warnings, page: page)
        }
        let decoded = try SourceDecoder.decode(bytes)
        return ArticleSource(plainText: decoded.text, warnings: decoded.warnings, page: nil)
    }
}
