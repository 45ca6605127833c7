import Testing
@testable import OpeDB

/// The writers of a whole page converted to Markdown, from the lines around its headline.
@Suite struct WholePageHeaderTests {
    private let prose = TestSupport.wholePageProse

    private func page(before: [String] = [], after: [String], end: [String] = []) -> String {
        return TestSupport.wholePage(before + ["# Why the tide tables survived"] + after + [prose, prose, prose] + end)
    }

    /// Bylines a converter leaves as a heading, a list item or a line of links.
    @Test(arguments: [
        "#### Von [Fenna Brookhart](https://tidewatch.example/authors/fenna) | Oct 24, 2023 | Zuletzt geändert: Nov 7, 2023",
        "  * [ von:  Fenna Brookhart  ](https://tidewatch.example/profil/fenna-brookhart/)",
        "Posted on [May 3, 2024](https://tidewatch.example/2024/05/tides/) by [Fenna Brookhart](https://tidewatch.example/author/fenna/)",
        "[![](https://tidewatch.example/avatar.png) Fenna Brookhart](https://tidewatch.example/author/fenna-brookhart/ \"All posts\")",
        // The writer's link ends the name, however the converter glued what follows.
        "am [23. Januar 2020](https://tidewatch.example/2020/01/23/tides/) von [Fenna Brookhart](https://tidewatch.example/author/fenna/)in [Allgemeines](https://tidewatch.example/category/allgemeines/)",
        "[3. Mai 2024](https://tidewatch.example/2024/05/03/tides/) von [Fenna Brookhart](https://tidewatch.example/author/fenna/) [Ein Kommentar](https://tidewatch.example/2024/05/03/tides/#comments)",
        "By [Fenna Brookhart](https://tidewatch.example/author/fenna-brookhart/)[@FennaB](https://social.example/FennaB)",
    ])
    func aBylineBesideTheHeadline(_ line: String) throws {
        #expect(try TestSupport.parse(page(after: [line])).authors.map(\.name) == ["Fenna Brookhart"])
    }

    /// A date line beside the headline that names one person beside its date names the writer.
    @Test(arguments: ["Fenna Brookhart,  02.02.2022", "Fenna Brookhart19.10.2019, 05:00 Uhr", "28\\. Jan. 2022 Fenna Brookhart"])
    func aNameOnTheDateLineBesideTheHeadline(_ line: String) throws {
        let article = try TestSupport.parse(page(after: [line]))
        #expect(article.authors.map(\.name) == ["Fenna Brookhart"])
        #expect(article.publishedOn != nil)
    }

    /// A writer credited with a label under the text, as radio and press sites print it; a
    /// commenter's header further down, after the comments heading, is no credit.
    @Test(arguments: ["Auteur : \n[Fenna Brookhart](/fenna-brookhart-8091766)", "Autor: Fenna Brookhart"])
    func aLabelledCreditUnderTheText(_ credit: String) throws {
        // A long text: the credit stands further from the headline than a byline would.
        let text = Array(repeating: prose, count: WholePageHeader.blocksAfter)
        let end = text + ["[Share](https://social.example/share)", credit, "## Comments", "Von Jon Pell am 3. Mai 2024"]
        #expect(try TestSupport.parse(page(after: [], end: end)).authors.map(\.name) == ["Fenna Brookhart"])
        let comments = text + ["## Kommentare", "Autor: Jon Pell"]
        #expect(try TestSupport.parse(page(after: [], end: comments)).authors.isEmpty)
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

    /// An author box under the text, far from the headline, names the writer when its byline
    /// links the writer's page and every such line on the page agrees.
    @Test func aLinkedBylineAnywhereWhenTheLinesAgree() throws {
        let far = (1...16).map { "Paragraph \($0) of a long text about tides, the harbour and the clerk who kept the tables for the town." }
        let fenna = "Geschrieben von [Fenna Brookhart](https://tidewatch.example/author/fenna-brookhart/)"
        let gus = "Geschrieben von [Gus Hallorann](https://tidewatch.example/author/gus/)"
        #expect(try TestSupport.parse(page(after: far, end: [fenna, fenna])).authors.map(\.name) == ["Fenna Brookhart"])
        #expect(try TestSupport.parse(page(after: far, end: [fenna, gus])).authors.isEmpty)
        #expect(try TestSupport.parse(page(after: far, end: ["[Fenna Brookhart](https://tidewatch.example/author/fenna-brookhart/)"])).authors.isEmpty)
    }

    /// A meta line's byline part, the names after a date and the word that introduces them, a
    /// columnist's credit; a sentence that cites a date and names someone is no byline.
    @Test(arguments: [
        ("yas! | By Fenna Brookhart | April 13, 2020", ["Fenna Brookhart"]),
        ("02.02.2022, 11:30 Uhr von Fenna Brookhart", ["Fenna Brookhart"]),
        ("26/12/2019 von Fenna Brookhart", ["Fenna Brookhart"]),
        ("Eine Kolumne von Fenna Brookhart", ["Fenna Brookhart"]),
        ("Die Sammelwut der Benutzerdaten von Windows 10 reicht, Stand: 1. Sep 2015, noch nicht", []),
        ("Fenna Brookhart", []),
    ])
    func bylineLines(_ line: String, _ names: [String]) {
        #expect(WholePageHeader.bylineNames(line) == names)
    }

    @Test func authorPagesByTheirPath() {
        #expect(WholePageHeader.isAuthorPage("https://tidewatch.example/blog/author/fenna/ \"Beiträge von Fenna\""))
        #expect(WholePageHeader.isAuthorPage("/contributor/fenna-brookhart"))
        // A member's or an editor's page.
        #expect(WholePageHeader.isAuthorPage("/team/fenna-brookhart"))
        #expect(WholePageHeader.isAuthorPage("/user/fenna-brookhart"))
        #expect(WholePageHeader.isAuthorPage("https://tidewatch.example/herausgeberin/fenna-brookhart/ \"Beiträge von Fenna\""))
        #expect(!WholePageHeader.isAuthorPage("https://tidewatch.example/team/"))
        // A social network's user page is the site's account.
        #expect(!WholePageHeader.isAuthorPage("https://www.youtube.com/user/Tidewatch \"YouTube\""))
        #expect(!WholePageHeader.isAuthorPage("//twitter.com/user/tidewatch"))
        // Another site's member, and a member's account actions.
        #expect(!WholePageHeader.isAuthorPage("https://bookmarks.example/user/fenna"))
        #expect(!WholePageHeader.isAuthorPage("/users/sign_out"))
        #expect(!WholePageHeader.isAuthorPage("/team/login"))
        #expect(!WholePageHeader.isAuthorPage("https://tidewatch.example/author/"))
        #expect(!WholePageHeader.isAuthorPage("https://tidewatch.example/author/fenna/feed/"))
        #expect(!WholePageHeader.isAuthorPage("https://tidewatch.example/2024/author-interview"))
    }
}
