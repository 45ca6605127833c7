extension ArticleParser {
    /// How far a gzip file may inflate: more than any article, less than a decompression bomb.
    static let inflatedLimit = 64 * 1_048_576

    /// Parses a file read by ``ArticleSource``: a web page through ``HTMLReader`` then
    /// ``parse(document:)``, a text article through ``parse(text:)``.
    public func parse(source: ArticleSource) throws(ParseError) -> ParsedArticle {
        if let page = source.page { return try parse(document: HTMLReader.read(decoded: page)) }
        var article = try parse(text: source.text)
        article.warnings = source.warnings + article.warnings
        return article
    }
}
