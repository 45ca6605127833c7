import Testing
@testable import OpeDB

/// The article's address among those a page declares: no home page, no lone placeholder host,
/// no short link beside the full address.
@Suite struct DeclaredURLsTests {
    private func urls(_ values: [(String, DeclaredField.Source)]) -> [String] {
        DeclaredURLs.filtered(values.map { DeclaredField(.url, $0.0, source: $0.1, name: "url") }).map(\.value)
    }

    @Test func theSiteRootGivesWayToTheArticle() {
        #expect(urls([("https://wrenmouth-herald.example/", .jsonLD), ("https://wrenmouth-herald.example/news/tide-tables", .link)])
            == ["https://wrenmouth-herald.example/news/tide-tables"])
        // Alone, it stays: the page may be a home page.
        #expect(urls([("https://wrenmouth-herald.example", .jsonLD)]) == ["https://wrenmouth-herald.example"])
    }

    @Test func aLoneForeignHostGivesWayWhenTwoOthersAgree() {
        #expect(urls([("https://placeholder.example/article", .jsonLD), ("https://www.wrenmouth-herald.example/news/tide", .jsonLD),
                      ("https://wrenmouth-herald.example/news/tide", .metaTag)])
            == ["https://www.wrenmouth-herald.example/news/tide", "https://wrenmouth-herald.example/news/tide"])
        // One against one: nothing to decide by, both stay in trust order.
        #expect(urls([("https://coastal-news.example/tide", .metaTag), ("https://wrenmouth-herald.example/news/tide", .link)]).count == 2)
    }

    @Test func aShortLinkGivesWayToTheFullAddress() {
        #expect(urls([("https://wrenmouth-herald.example/!4532871", .metaTag),
                      ("https://wrenmouth-herald.example/life/4532871-tide-tables-survive-the-winter", .link)])
            == ["https://wrenmouth-herald.example/life/4532871-tide-tables-survive-the-winter"])
        // A different number is a different article.
        #expect(urls([("https://wrenmouth-herald.example/!4532871", .metaTag),
                      ("https://wrenmouth-herald.example/life/4532872-tide-tables-survive-the-winter", .link)]).count == 2)
    }

    @Test func hostAndPathAreReadWithoutWWWQueryOrSlash() {
        #expect(DeclaredURLs.parts("https://WWW.Wrenmouth-Herald.example/News/?page=2#top")! == ("wrenmouth-herald.example", "/news"))
        #expect(DeclaredURLs.parts("wrenmouth-herald.example/news") == nil)
    }
}
