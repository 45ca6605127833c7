import Testing
@testable import OpeDB

/// The page's address read from its share buttons when it declares none.
@Suite struct ShareLinksTests {
    @Test(arguments: [
        ("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwrenmouth-herald.example%2Fnews%2Ftide-tables", "https://wrenmouth-herald.example/news/tide-tables"),
        ("https://www.facebook.com/sharer.php?u=https://wrenmouth-herald.example/news/tide-tables&t=Tide+tables", "https://wrenmouth-herald.example/news/tide-tables"),
        ("//twitter.com/intent/tweet?text=Tide%20tables&url=https%3A%2F%2Fwrenmouth-herald.example%2Ftide", "https://wrenmouth-herald.example/tide"),
        ("https://www.linkedin.com/shareArticle?mini=true&url=https://wrenmouth-herald.example/tide/&title=Tide", "https://wrenmouth-herald.example/tide/"),
        ("https://x.com/intent/post?url=https%3A%2F%2Fwrenmouth-herald.example%2Ftide%3Fid%3D7", "https://wrenmouth-herald.example/tide?id=7"),
    ])
    func aShareServiceLinkNamesThePage(href: String, address: String) {
        #expect(ShareLinks.target(of: href) == address)
    }

    @Test(arguments: [
        // An unfilled template, the site's home page, an image, no share service, no address.
        "https://www.facebook.com/sharer/sharer.php?u=###url###",
        "https://twitter.com/intent/tweet?url={{url}}",
        "https://www.facebook.com/sharer.php?u=https%3A%2F%2Fwrenmouth-herald.example%2F",
        "https://pinterest.com/pin/create/button/?url=https://wrenmouth-herald.example/tide.jpg",
        "https://wrenmouth-herald.example/share?url=https://wrenmouth-herald.example/tide",
        "https://www.facebook.com/sharer.php?t=Tide+tables",
        "https://www.facebook.com/wrenmouthherald?ref=share",
    ])
    func otherLinksNameNoPage(href: String) {
        #expect(ShareLinks.target(of: href) == nil)
    }

    @Test func theMostSharedAddressWinsAndATieNamesNone() {
        let tide = "https://wrenmouth-herald.example/tide", ferry = "https://wrenmouth-herald.example/ferry"
        #expect(ShareLinks.pageAddress([tide, ferry, tide]) == tide)
        #expect(ShareLinks.pageAddress([tide, ferry]) == nil)
        #expect(ShareLinks.pageAddress([]) == nil)
    }

    /// A page without canonical link or `og:url` takes its share bar's address; a declared
    /// address outranks it.
    @Test func theReaderUsesTheShareBarOnlyWithoutADeclaredAddress() throws {
        let bar = """
            <div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwrenmouth-herald.example%2Fnews%2Ftide-tables">Facebook</a>
            <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwrenmouth-herald.example%2Fnews%2Ftide-tables">Twitter</a></div>
            """
        let shared = try ArticleParser().parse(bytes: TestSupport.page(body: "<article><h1>Tide tables survive</h1>\(TestSupport.prose)\(bar)</article>"))
        #expect(shared.url == "https://wrenmouth-herald.example/news/tide-tables")
        let declared = try ArticleParser().parse(bytes: TestSupport.page(
            head: #"<link rel="canonical" href="https://wrenmouth-herald.example/news/tide-tables-2024">"#,
            body: "<article><h1>Tide tables survive</h1>\(TestSupport.prose)\(bar)</article>"))
        #expect(declared.url == "https://wrenmouth-herald.example/news/tide-tables-2024")
    }
}
