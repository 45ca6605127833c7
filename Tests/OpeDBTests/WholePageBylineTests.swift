import Testing
@testable import OpeDB

/// The writers of a whole page converted to Markdown, from the lines around its headline.
@Suite struct WholePageBylineTests {
    private let prose = "The tide tables for the Wrenmouth estuary were first printed in 1871 by a harbour clerk who kept them in his spare time, and they have been printed every winter since then."

    private func page(before: [String] = [], after: [String], end: [String] = []) -> String {
        let menu = (1...10).map { "- [Section \($0)](https://tidewatch.example/s\($0)/)" }
        return (menu + before + ["# Why the tide tables survived"] + after + [prose, prose, prose] + end).joined(separator: "\n\n") + "\n"
    }

    /// Bylines a converter leaves as a heading, a list item or a line of links.
    @Test(arguments: [
        "#### Von [Fenna Brookhart](https://tidewatch.example/authors/fenna) | Oct 24, 2023 | Zuletzt geändert: Nov 7, 2023",
        "  * [ von:  Fenna Brookhart  ](https://tidewatch.example/profil/fenna-brookhart/)",
        "Posted on [May 3, 2024](https://tidewatch.example/2024/05/tides/) by [Fenna Brookhart](https://tidewatch.example/author/fenna/)",
        "[![](https://tidewatch.example/avatar.png) Fenna Brookhart](https://tidewatch.example/author/fenna-brookhart/ \"All posts\")",
    ])
    func aBylineBesideTheHeadline(_ line: String) throws {
        #expect(try TestSupport.parse(page(after: [line])).authors.map(\.name) == ["Fenna Brookhart"])
    }

    /// A kicker line above the headline may hold it too.
    @Test func aBylineAboveTheHeadline() throws {
        let article = try TestSupport.parse(page(before: ["  * Von Fenna Brookhart"], after: []))
        #expect(article.authors.map(\.name) == ["Fenna Brookhart"])
    }

    /// A sidebar's or a comment's name far below the headline names nobody; neither does a
    /// link that is no author page.
    @Test func namesFarFromTheHeadlineDoNotCount() throws {
        let far = (1...16).map { "Paragraph \($0) of a long text about tides, the harbour and the clerk who kept the tables for the town." }
        #expect(try TestSupport.parse(page(after: far, end: ["* Posted by Gus Hallorann"])).authors.isEmpty)
        #expect(try TestSupport.parse(page(after: ["[Gus Hallorann](https://tidewatch.example/tags/gus-hallorann/)"])).authors.isEmpty)
    }

    @Test func authorPagesByTheirPath() {
        #expect(WholePageByline.isAuthorPage("https://tidewatch.example/blog/author/fenna/ \"Beiträge von Fenna\""))
        #expect(WholePageByline.isAuthorPage("/contributor/fenna-brookhart"))
        #expect(!WholePageByline.isAuthorPage("https://tidewatch.example/author/"))
        #expect(!WholePageByline.isAuthorPage("https://tidewatch.example/author/fenna/feed/"))
        #expect(!WholePageByline.isAuthorPage("https://tidewatch.example/2024/author-interview"))
    }
}
