extension ArticleParser {
    /// How far a gzip file may inflate: more than any article, less than a decompression bomb.
    static let inflatedLimit = 64 * 1_048_576

    /// Parses a saved web page (``HTMLReader`` then ``parse(document:)``), inflating gzip first;
    /// nil when the bytes are neither gzip nor HTML, for the text path to read.
    func parseWrapped(_ bytes: [UInt8]) throws(ParseError) -> ParsedArticle? {
        if Gzip.isGzip(bytes) {
            let inflated = try Gzip.inflate(bytes, limit: Self.inflatedLimit)
            if HTMLSniffer.isHTML(inflated) { return try parse(document: HTMLReader.read(inflated)) }
            return try parse(bytes: inflated)
        }
        guard HTMLSniffer.isHTML(bytes) else { return nil }
        return try parse(document: HTMLReader.read(bytes))
    }
}
