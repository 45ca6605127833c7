import Testing
@testable import OpeDB

/// The address of a whole page converted to Markdown, from the links it makes to itself.
@Suite struct WholePageAddressTests {
    private let prose = TestSupport.wholePageProse

    private func page(_ bar: String, heading: String = "# Why the tide tables survived", after: [String] = []) -> String {
        return TestSupport.wholePage([heading, bar, prose, prose, prose] + after)
    }

    /// The share bar's address, in each converter's shape (Markdown links, pandoc's raw `<a
    /// href>` with `&amp;`), without the campaign parameters the buttons add.
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

    /// The headline linked to the post, also inside a list item; a headline linked to the
    /// site's root names no article.
    @Test(arguments: [
        ("## [Why the tide tables survived](https://tidewatch.example/2024/05/tides/ \"Permanent Link to Why the tide tables survived\")",
         "https://tidewatch.example/2024/05/tides/"),
        ("  * ## [Why the tide tables survived](https://tidewatch.example/2024/05/tides/)", "https://tidewatch.example/2024/05/tides/"),
    ])
    func theHeadlinesLink(_ heading: String, _ address: String) throws {
        #expect(try TestSupport.parse(page("", heading: heading)).url == address)
    }

    /// The date under the headline linked to the post on the site's own host; not a day's
    /// archive, not an embedded tweet's date, not a comment's.
    @Test(arguments: [
        ("Posted on [3 May 2024](https://tidewatch.example/2024/05/tides/ \"14:14\") by Orla", "https://tidewatch.example/2024/05/tides/"),
        ("Posted on [3 May 2024](https://tidewatch.example/date/2024/05/03/) by Orla", nil),
        ("> Tides are back! — Orla (@orla) [May 3, 2024](https://twitter.com/orla/status/1234567890)", nil),
        ("[3 May 2024](https://tidewatch.example/2024/05/tides/#comment-3303)", nil),
    ] as [(String, String?)])
    func theDateLinkedToThePost(_ line: String, _ address: String?) throws {
        #expect(try TestSupport.parse(page(line)).url == address)
    }

    /// The comment links point into the post (its comments paged or not); a permalink names it.
    @Test(arguments: [
        "[2 Comments](https://tidewatch.example/2024/05/tides/comment-page-2/#comments)",
        "Bookmark the [permalink](https://tidewatch.example/2024/05/tides/).",
    ])
    func commentLinksAndPermalinks(_ line: String) throws {
        #expect(try TestSupport.parse(page("", after: [line])).url == "https://tidewatch.example/2024/05/tides/")
    }

    /// A comment link to another site (a cited post's) names nothing.
    @Test func aForeignCommentLinkNamesNothing() throws {
        #expect(try TestSupport.parse(page("", after: ["[1 comment](https://other-site.example/2024/05/cited/#comments)"])).url == nil)
    }
}
