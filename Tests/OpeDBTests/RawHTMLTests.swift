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

    /// A permalink's `#` held by an element is text once the tag is gone, never a heading that
    /// would take the next paragraph for a title.
    @Test func aMarkLeftByATagIsNoHeading() {
        let text = "<span><a href=\"#comment-7\" class=\"direct\"\ntitle=\"Link\">#</a> <span>\n</span></span>\n\nFirst comment.\n"
        let stripped = RawHTML.strip(text)
        #expect(!stripped.split(separator: "\n").contains { $0.hasPrefix("#") })
        #expect(MarkdownReader.read(stripped).blocks.allSatisfy { !$0.isHeading })
    }

    /// pandoc keeps a heading's `<span>`s: a kicker before the headline is not part of it.
    @Test func aKickerSpanBeforeTheHeadlineIsDropped() {
        let text = "# <span class=\"roofline\">Harbour records </span>Why the tide tables survived\n"
        #expect(RawHTML.strip(text).collapsingWhitespace == "# Why the tide tables survived")
    }

    @Test(arguments: [
        // The heading's words run on from the span, or go on in lowercase: one headline.
        ("# <span class=\"initial\">Wren</span>mouth pilots return to the harbour", "# Wrenmouth pilots return to the harbour"),
        ("# <span class=\"accent\">Tidal</span> mills return to the coast", "# Tidal mills return to the coast"),
        // The page calls the span a subtitle: it belongs to the title as the page shows it.
        ("# <span class=\"article-subtitle\">Harbour records</span> Why the tables survived",
         "# Harbour records Why the tables survived"),
        // Too little after the span to be a headline.
        ("# <span class=\"kicker\">Harbour records</span> Tides", "# Harbour records Tides"),
        // Not a heading.
        ("<span class=\"kicker\">Harbour records</span> Why the tables survived", "Harbour records Why the tables survived"),
    ])
    func spansThatArePartOfTheHeadlineStay(_ input: String, _ expected: String) {
        #expect(RawHTML.strip(input + "\n").collapsingWhitespace == expected)
    }

    @Test func aSubtitleSpanAfterTheHeadlineIsDropped() {
        let text = "# <span class=\"entry-title-primary\">Why the tide tables survived</span> <span class=\"entry-subtitle\">A clerk's hobby</span>\n"
        #expect(RawHTML.strip(text).collapsingWhitespace == "# Why the tide tables survived")
    }

    @Test func textHiddenFromSightedReadersIsDropped() {
        let text = "Filed <span class=\"screen-reader-text\">under the <span>heading</span></span>in Harbours\n"
        #expect(RawHTML.strip(text) == "Filed in Harbours\n")
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
