import Testing
@testable import OpeDB

/// Raw HTML left in Markdown by converters (pandoc keeps what it cannot translate).
@Suite struct RawHTMLTests {
    @Test func aRawLinkBecomesAMarkdownLinkWithItsWrappingFolded() {
        let text = "# <a href=\"https://tidewatch.example/posts/march-tides/\" class=\"permalink\"\nrel=\"bookmark\"><span\nclass=\"p-name\">The March tides ran\nhigh</span></a>\n"
        #expect(RawHTML.strip(text) == "# [The March tides ran high](https://tidewatch.example/posts/march-tides/)\n")
    }

    @Test func anAmpersandInTheAddressIsDecoded() {
        #expect(RawHTML.strip("<a href='/?p=12&amp;lang=en'>Wrens</a>") == "[Wrens](/?p=12&lang=en)")
    }

    @Test(arguments: [
        ("<a name=\"top\">Top</a>", "Top"),
        ("<a href=\"#comments\">Comments</a>", "Comments"),
        ("<a href=\"javascript:void(0)\">Menu</a>", "Menu"),
        ("<a href=\"/teaser\"><div>Gulls return</div></a>", "\nGulls return\n"),
        ("<a href=\"/x\">[1]</a>", "[1]"),
    ])
    func linksThatCannotBeMarkdownLinksAreOnlyStripped(_ input: String, _ expected: String) {
        #expect(RawHTML.strip(input) == expected)
    }

    /// A pandoc page whose site name is a raw link home in an `h1`: the article's heading is
    /// the title, not the site's name.
    @Test func aRawHomeLinkHeadingIsTheSiteNotTheTitle() throws {
        let menu = (1...10).map { "<div class=\"menu\">\n\n[Section \($0)](https://tidewatch.example/s\($0)/)\n\n</div>" }
        let prose = "The tide tables for the Wrenmouth estuary were first printed in 1871 by a harbour clerk who kept them in his spare time, and they have been printed every winter since then."
        let page = ["<div id=\"site\">", "# <a href=\"https://tidewatch.example/\" class=\"logo\"\ntitle=\"Home\">Tidewatch</a>", "</div>"]
            + menu
            + ["<div class=\"post\">", "## Why the tide tables survived", prose, prose, prose, "</div>"]
        let article = try TestSupport.parse(page.joined(separator: "\n\n") + "\n")
        #expect(article.title == "Why the tide tables survived")
    }
}
