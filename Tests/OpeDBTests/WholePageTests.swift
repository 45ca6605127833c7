import Testing
@testable import OpeDB

/// Whole pages converted to Markdown: which heading is the article's title.
@Suite struct WholePageTests {
    private let prose = "The tide tables for the Wrenmouth estuary were first printed in 1871 by a harbour clerk who kept them in his spare time, and they have been printed every winter since then."

    /// A page of `blocks`: a menu of links, then the blocks, then three paragraphs of prose.
    private func page(first: String = "", _ blocks: [String]) -> String {
        let menu = (1...10).map { "- [Section \($0)](https://tidewatch.example/s\($0)/)" }
        return ([first] + menu + blocks + [prose, prose, prose]).joined(separator: "\n\n") + "\n"
    }

    @Test(arguments: [
        "* ## [Why the tide tables survived](https://tidewatch.example/2024/tides/)",
        "* [Why the tide tables survived](https://tidewatch.example/2024/tides/)\n  ------------------------------",
    ])
    func aHeadingInAListItemIsATitle(_ heading: String) throws {
        let article = try TestSupport.parse(page([heading]))
        #expect(article.title == "Why the tide tables survived")
    }

    /// A menu converted as one long list is one block, but each of its links is navigation: the
    /// page is recognised, and the post's heading wins over the site's name in the `h1`.
    @Test func aMenuInOneListMakesAWholePage() throws {
        let menu = (1...14).map { "* [Harbour section \($0)](https://tidewatch.example/s\($0)/)" }.joined(separator: "\n")
        let text = ["# [Tidewatch](https://tidewatch.example/)", menu, "## Why the tide tables survived",
                    prose, prose, prose].joined(separator: "\n\n") + "\n"
        let article = try TestSupport.parse(text)
        #expect(article.title == "Why the tide tables survived")
        #expect(!article.body.contains("Harbour section"))
    }

    @Test func aKickerThePageTitleLeavesOutIsDropped() throws {
        let text = page(first: "Why the tide tables survived | Tidewatch", ["# Harbour records: Why the tide tables survived"])
        #expect(try TestSupport.parse(text).title == "Why the tide tables survived")
    }

    @Test func aHeadlineThePageTitleHoldsWholeKeepsItsColon() throws {
        let text = page(first: "Harbour records: why the tables survived | Tidewatch", ["# Harbour records: why the tables survived"])
        #expect(try TestSupport.parse(text).title == "Harbour records: why the tables survived")
        #expect(WholePage.withoutKicker("Harbour records: why the tables survived", pageTitle: "Tidewatch") == "Harbour records: why the tables survived")
    }
}
