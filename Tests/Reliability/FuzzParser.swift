// libFuzzer entry point for the article parser. Compiled together with the parser's sources
// (same module, so internal API is visible) by Tests/Reliability/fuzz.sh; not part of the package.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticleParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let article = try? ArticleParser().parse(bytes: bytes) {
        // Everything derived from a parse must be computable too.
        _ = article.fingerprint
        _ = TitleKey.make(article.title)
        for author in article.authors { _ = PersonName(author.name).sortKey }
    }
    return 0
}
