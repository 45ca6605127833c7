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

/// A whole page converted to Markdown keeps its share bar: the address it passes on is the
/// page's, in each converter's shape (Markdown links, pandoc's raw `<a href>` with `&amp;`),
/// without the campaign parameters the buttons add.
@Suite struct WholePageShareLinksTests {
    private let prose = "The tide tables for the Wrenmouth estuary were first printed in 1871 by a harbour clerk who kept them in his spare time, and they have been printed every winter since then."

    private func page(_ bar: String) -> String {
        let menu = (1...10).map { "- [Section \($0)](https://tidewatch.example/s\($0)/)" }
        return (menu + ["# Why the tide tables survived", bar, prose, prose, prose]).joined(separator: "\n\n") + "\n"
    }

    @Test(arguments: [
        "[F](https://www.facebook.com/sharer/sharer.php?u=https://tidewatch.example/2024/tides) [T](http://www.twitter.com/intent/tweet?url=https://tidewatch.example/2024/tides)",
        #"<a href="https://www.facebook.com/sharer/sharer.php?href=x&amp;u=https%3A%2F%2Ftidewatch.example%2F2024%2Ftides">Share</a>"#,
        "[Tweet](https://twitter.com/intent/tweet?url=https%3A%2F%2Ftidewatch.example%2F2024%2Ftides%3Futm_source%3Dtwitter%26utm_medium%3Dsocial)",
    ])
    func theShareBarNamesAWholePage(_ bar: String) throws {
        let article = try TestSupport.parse(page(bar))
        #expect(article.url == "https://tidewatch.example/2024/tides")
        #expect(article.domain == "tidewatch.example")
    }

    /// Two teasers' buttons, each shared once, name no page.
    @Test func teasersShareNoPage() throws {
        let bars = "[F](https://www.facebook.com/sharer.php?u=https://tidewatch.example/a) [F](https://www.facebook.com/sharer.php?u=https://tidewatch.example/b)"
        #expect(try TestSupport.parse(page(bars)).url == nil)
    }

    @Test func campaignParametersAreDropped() {
        #expect(ShareLinks.withoutTracking("https://tidewatch.example/a?id=7&utm_source=x&smid=tw-share#top") == "https://tidewatch.example/a?id=7")
        #expect(ShareLinks.withoutTracking("https://tidewatch.example/a?page=2") == "https://tidewatch.example/a?page=2")
    }
}
