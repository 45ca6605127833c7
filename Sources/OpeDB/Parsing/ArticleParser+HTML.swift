extension ArticleParser {
    /// How far a gzip file may inflate: more than any article, less than a decompression bomb.
    static let inflatedLimit = 64 * 1_048_576

    /// Parses a file read by ``ArticleSource`` (what `add` and `reparse` do, having read it once
    /// for its content hash).
    public func parse(source: ArticleSource) throws(ParseError) -> ParsedArticle {
        try parse(document: read(source: source))
    }
}
