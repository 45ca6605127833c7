import Testing
@testable import OpeDB

/// Whole pages converted to Markdown: which heading is the article's title.
@Suite struct WholePageTests {
    private let prose = TestSupport.wholePageProse

    /// A page of `blocks`: a menu of links, then the blocks, then three paragraphs of prose.
    private func page(first: String = "", _ blocks: [String]) -> String {
        [first, TestSupport.wholePage(blocks + [prose, prose, prose])].joined(separator: "\n\n")
    }

    @Test(arguments: [
        "* ## [Why the tide tables survived](https://tidewatch.example/2024/tides/)",
        "* [Why the tide tables survived](https://tidewatch.example/2024/tides/)\n  ------------------------------",
    ])
    func aHeadingInAListItemIsATitle(_ heading: String) throws {
        let article = try TestSupport.parse(page([heading]))
        #expect(article.title == "Why the tide tables survived")
    }

    /// A breadcrumb trail ends with the page's own heading, which converters keep inside the
    /// list (html2text's `4. # Title`, pandoc's `4.  # Title`).
    @Test(arguments: [
        "1. [Home](/)\n2. [Harbour](/harbour/)\n3. # Why the tide tables survived",
        "1.  [Home](/)\n\n2.  # Why the tide tables survived",
    ])
    func aBreadcrumbEndingInTheHeadingTitlesThePage(_ trail: String) throws {
        let article = try TestSupport.parse(page(first: "Login", [trail]))
        #expect(article.title == "Why the tide tables survived")
    }

    /// A menu converted as one long list is one block, but each of its links is navigation: the
    /// page is recognised, and the post's heading wins over the site's name in the `h1`.
    /// html2text ends a heading at the first block inside it (`# ` alone, then the headline as a
    /// paragraph), also when the page opens with a line of links and no title near the top.
    @Test func anEmptyHeadingTakesTheHeadlineAfterIt() throws {
        let notices = (1...7).map { "**Notice \($0).** Your settings were saved for this visit." }
        let article = try TestSupport.parse(page(first: "[Subscriptions](https://tidewatch.example/abo)",
                                                 notices + ["# ", "Why the tide tables survived"]))
        #expect(article.title == "Why the tide tables survived")
    }

    /// A blog's sidebar before the post: a widget's heading and its sentence start the run of
    /// prose, and the post's own heading follows a little way in. A byline under the short
    /// heading makes it the article's headline after all.
    @Test func aWidgetHeadingBeforeThePostIsNotTheTitle() throws {
        let sentences = ["Enter your address to get the harbour's new posts by e-mail every week.",
                         "We send one letter on Sundays, and you can leave the list at any time.",
                         "Join the three hundred readers who already follow the tide tables here."]
        let article = try TestSupport.parse(page(["# Subscribe"] + sentences + ["# Why the tide tables survived"]))
        #expect(article.title == "Why the tide tables survived")
        #expect(!article.body.contains("Enter your address"))
        let headline = try TestSupport.parse(page(["# Tides", "By Ann Vale"] + sentences + ["# Why the tide tables survived"]))
        #expect(headline.title == "Tides")
    }

    /// A page with no level-1 heading for the post and no `<title>` line (html2text, pandoc):
    /// the heading opening the text is the title, never the logo's line of links before it.
    @Test func aHeadingOpeningTheTextTitlesAPageWithoutALevelOneHeading() throws {
        let logo = "[ ![](https://tidewatch.example/logo.png) ](https://tidewatch.example/) ## [ Tidewatch ](/.)"
        let tagline = "The latest news from the harbour office on tides, ferries and the weather over the estuary."
        let article = try TestSupport.parse(page(first: logo, [tagline, "## [Why the tide tables survived](https://tidewatch.example/2024/05/tides.html)"]))
        #expect(article.title == "Why the tide tables survived")
    }

    @Test func aMenuInOneListMakesAWholePage() throws {
        let menu = (1...14).map { "* [Harbour section \($0)](https://tidewatch.example/s\($0)/)" }.joined(separator: "\n")
        let text = ["# [Tidewatch](https://tidewatch.example/)", menu, "## Why the tide tables survived",
                    prose, prose, prose].joined(separator: "\n\n") + "\n"
        let article = try TestSupport.parse(text)
        #expect(article.title == "Why the tide tables survived")
        #expect(!article.body.contains("Harbour section"))
    }

    /// The `<title>` line markdownify writes first is plain text: a first line of links (a
    /// breadcrumb) names sections, not the article.
    @Test func aFirstLineOfLinksIsNotThePageTitle() throws {
        let first = "[Harbour news](https://tidewatch.example/news/) [Tidewatch archive](https://tidewatch.example/archive/)"
        let text = page(first: first, ["## Harbour news", "# Why the tide tables survived"])
        #expect(try TestSupport.parse(text).title == "Why the tide tables survived")
    }

    /// A heading that links home is the site's name even when the first line mentions it.
    /// Only a page's first line can be its `<title>`: html2text writes none, and a menu's
    /// heading repeated as the line under it (`## Navigation`, `Navigation`) names no article.
    @Test func aLineUnderAHeadingIsNotThePageTitle() throws {
        let text = page(first: "## Harbour navigation\n\nHarbour navigation", ["## Why the tide tables survived"])
        #expect(try TestSupport.parse(text).title == "Why the tide tables survived")
    }

    @Test func theSiteNameIsNotTitledByTheFirstLine() throws {
        let text = page(first: "Tidewatch icons search menu", ["# [Tidewatch](https://tidewatch.example/)", "# Why the tide tables survived"])
        #expect(try TestSupport.parse(text).title == "Why the tide tables survived")
    }

    /// A heading without words (an icon's, a converter's leftover) is never the title.
    @Test func aHeadingWithoutWordsIsNotTheTitle() throws {
        let text = page(["### __", "## Why the tide tables survived", "### ![](https://tidewatch.example/icon.png)"])
        #expect(try TestSupport.parse(text).title == "Why the tide tables survived")
    }

    /// A section's name is in the `<title>` too: the heading holding most of it is the title.
    @Test func theHeadingHoldingMostOfThePageTitleWins() throws {
        let text = page(first: "Why the tide tables survived | Harbours | Tidewatch", ["# Why the tide tables survived", "## Harbours"])
        #expect(try TestSupport.parse(text).title == "Why the tide tables survived")
    }

    /// Teasers under an "also interesting" heading, in any of the measured languages, end the text.
    @Test(arguments: ["Weitere Themen", "Further reading", "Lo más visto: las más vistas"])
    func aTeaserHeadingEndsTheText(_ heading: String) throws {
        let teaser = "Gulls over the Wrenmouth quay have learned to open the fishmongers' bins, and the council is out of ideas about what to do."
        let text = TestSupport.wholePage(["# Why the tide tables survived", prose, prose, prose, "## \(heading)", teaser])
        let article = try TestSupport.parse(text)
        #expect(article.title == "Why the tide tables survived")
        #expect(!article.body.contains("Gulls"))
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

    /// html2text glues a kicker to the headline (`# Harbour records Why the tide tables
    /// survived`); a breadcrumb's last step or a teaser of the article names the headline alone.
    @Test(arguments: [
        "[Home](https://tidewatch.example/) / [Harbour](https://tidewatch.example/harbour/) / Why the tide tables survived",
        "- [Why the tide tables survived - Harbour records](https://tidewatch.example/2024/tides/)",
    ])
    func aKickerTheBreadcrumbOrATeaserLeavesOutIsDropped(_ namer: String) throws {
        let text = page([namer, "# Harbour records Why the tide tables survived"])
        #expect(try TestSupport.parse(text).title == "Why the tide tables survived")
    }

    /// A few words of the headline elsewhere (a teaser, a blog's tagline heading) cut nothing.
    @Test(arguments: [
        "- [tables survived](https://tidewatch.example/2023/other/)",
        "## the tide tables survived",
    ])
    func aPartOfTheHeadlineElsewhereKeepsItWhole(_ namer: String) throws {
        let text = page([namer, "# Why the tide tables survived"])
        #expect(try TestSupport.parse(text).title == "Why the tide tables survived")
    }

    /// A page without a title heading keeps its `<title>` line, less the site's name when the
    /// page prints the headline alone; a tag that names the title's first words cuts nothing.
    @Test(arguments: [
        ("Why the tide tables survived | Tidewatch", "**Why the tide tables survived**", "Why the tide tables survived"),
        ("Harbour Board - The tide tables are back in print", "- [Harbour Board](https://tidewatch.example/tags/harbour-board/)",
         "Harbour Board - The tide tables are back in print"),
        ("Why the tide tables survived | Tidewatch", "Tidewatch", "Why the tide tables survived | Tidewatch"),
    ])
    func thePageTitleLosesTheSiteWhenThePagePrintsTheHeadline(_ first: String, _ line: String, _ expected: String) throws {
        #expect(try TestSupport.parse(page(first: first, [line])).title == expected)
    }

    /// The text under the page's headline, when it holds half the prose of a longer run
    /// elsewhere at least (a teaser's text below a `Most read` box), is the article.
    @Test func theTextUnderTheHeadlineOutweighsALongerTeaser() throws {
        let teaser = "A longer story from elsewhere on the site about ferries, their timetables, the winter crossings and the people who run them every day of the year."
        let page = page(first: "Tidewatch", ["# Why the tide tables survived"]) + "\n## Most read\n\n" + Array(repeating: teaser, count: 4).joined(separator: "\n\n") + "\n"
        let article = try TestSupport.parse(page)
        #expect(article.title == "Why the tide tables survived")
        #expect(article.body.contains("harbour clerk"))
        #expect(!article.body.contains("ferries"))
    }

    /// A plain line set as a heading would be (`Über den Autor`, `Pour approfondir`) ends the
    /// text as a heading does; a sentence that starts with such words does not.
    @Test(arguments: [("Über den Autor", false), ("Pour approfondir", false), ("Related reading is what the council asked for.", true)])
    func aLineSetAsAStopHeading(_ line: String, _ kept: Bool) throws {
        let bio = "Orla Quennell writes about harbours, tides and the small institutions of coastal towns for several regional papers."
        let text = TestSupport.wholePage(["# Why the tide tables survived", prose, prose, prose, line, bio])
        let article = try TestSupport.parse(text)
        #expect(article.body.contains("harbours") == kept)
    }

    /// French `Comment …` (how) heading a section is the text's, not the comments'.
    @Test func aFrenchHowHeadingDoesNotEndTheText() {
        #expect(!WholePage.isStopHeading("Comment une rumeur devient réalité"))
        #expect(WholePage.isStopHeading("Leave a comment"))
        #expect(WholePage.isStopHeading("3 Comments"))
        #expect(WholePage.isStopHeading("Commentaires"))
    }

    /// A menu before the headline makes a whole page, however long the article and its
    /// comments run beside it; the comments, longer than the text, do not replace it; and the
    /// furniture between the headline and the text stays out of the text.
    @Test func longCommentsUnderAMenuAndAHeadlineDoNotReplaceTheText() throws {
        let comment = "I read the tide tables every winter, and my grandfather kept every edition of them in a drawer of the kitchen dresser until the house was sold."
        let text = (TestSupport.wholePageMenu.prefix(6) + ["# Why the tide tables survived", "1,204 views | 32 comments", prose, prose, prose, prose, prose,
                    "# Comments"] + Array(repeating: comment, count: 40)).joined(separator: "\n\n")
        let article = try TestSupport.parse(text)
        #expect(article.title == "Why the tide tables survived")
        #expect(article.body.hasPrefix("The tide tables"))
        #expect(!article.body.contains("grandfather"))
        #expect(!article.body.contains("Section 1"))
    }

    /// A box set inside the text (`Join our newsletter`) is no comments: the longer text after it
    /// still wins.
    @Test func aNewsletterBoxInsideTheTextDoesNotCutIt() throws {
        let later = "The printer moved to the harbour office in 1902 and went on setting the tables by hand, page by page, long after the presses in the city had changed."
        let text = TestSupport.wholePage(["# Why the tide tables survived", prose, prose, "### Join our newsletter"] + Array(repeating: later, count: 12))
        let article = try TestSupport.parse(text)
        #expect(article.body.contains("printer moved"))
    }

    /// A stop word counts at a word's start or as a compound's last part, not inside a word.
    @Test func aStopWordInsideAWordDoesNotEndTheText() {
        #expect(!WholePage.isStopHeading("Jeder Blogger ist verantwortlich, nur der Konzern nicht"))
        #expect(WholePage.isStopHeading("Leserkommentare"))
        #expect(WholePage.isStopHeading("Antworten"))
    }

    /// markdownify writes the page's `<title>` first: a heading further down that it contains
    /// makes the file a whole page even with little navigation, so the menu and the site's
    /// furniture stay out of the text and the heading, without the site's name, is the title.
    @Test func aTitleLineEchoedByAHeadingMakesAWholePage() throws {
        let text = ["Why the tide tables survived - Tidewatch", "[![Tidewatch](https://tidewatch.example/logo.png)](https://tidewatch.example/)",
                    "* [Harbour](https://tidewatch.example/harbour/)\n* [Tides](https://tidewatch.example/tides/)\n* [About](https://tidewatch.example/about/)",
                    "Sign in", "Why the tide tables survived\n============================", prose, prose, prose,
                    "[Privacy](https://tidewatch.example/privacy/)", "[Imprint](https://tidewatch.example/imprint/)"].joined(separator: "\n\n")
        let article = try TestSupport.parse(text)
        #expect(article.title == "Why the tide tables survived")
        #expect(!article.body.contains("Sign in"))
        #expect(!article.body.contains("Privacy"))
    }

    /// The page's only `<h1>` just after a short text (its title set below it): no trap, and
    /// the heading still titles the page.
    @Test func aHeadingRightAfterAShortTextTitlesThePage() throws {
        let text = TestSupport.wholePage([prose, "# Why the tide tables survived"] + TestSupport.wholePageMenu)
        let article = try TestSupport.parse(text)
        #expect(article.title == "Why the tide tables survived")
    }

    /// A script or a style sheet html2text wrote out as text is no prose: it neither wins the
    /// run of prose nor shows in the text.
    @Test func aScriptWrittenOutAsTextIsNotTheArticle() throws {
        let script = "/* <![CDATA[ */ var toc = {\"show\":\"zeigen\",\"hide\":\"verstecken\"}; function render() { for (var i = 0; i < forms.length; ++i) { var form = forms[i]; form.holder = form.querySelector('.holder'); } }; " + String(repeating: "window.ads = window.ads || []; ads.push({ slot: 'top', size: [300, 250] }); ", count: 12)
        let text = TestSupport.wholePage(["# Why the tide tables survived", prose, "(adsbygoogle = window.adsbygoogle || []).push({});", prose] + TestSupport.wholePageMenu + [script])
        let article = try TestSupport.parse(text)
        #expect(article.title == "Why the tide tables survived")
        #expect(article.body.contains("harbour clerk"))
        #expect(!article.body.contains("adsbygoogle"))
        #expect(!article.body.contains("querySelector"))
    }

    @Test func codeIsToldFromProse() {
        #expect(WholePage.isCode(".share { position: relative; height: 20px; }"))
        #expect(WholePage.isCode("(adsbygoogle = window.adsbygoogle || []).push({});"))
        #expect(!WholePage.isCode("The {M}eta column; a blog's name in braces, then a long sentence of prose about the harbour and its tides."))
        #expect(!WholePage.isCode("Sentences joined by semicolons; and more of them; without braces."))
    }

    /// A section's link set as the page's `<h1>` over the headline's heading is a kicker: the
    /// headline titles the page, and a section naming the kind gives the kind.
    @Test func aSectionLinkOverTheHeadlineIsAKicker() throws {
        let text = TestSupport.wholePage(["# [ Opinion ](https://tidewatch.example/opinion/)", "## Why the tide tables survived", prose, prose, prose])
        let article = try TestSupport.parse(text)
        #expect(article.title == "Why the tide tables survived")
        #expect(article.kind == "opinion")
    }

    /// A blog's post title links to the post itself, its text right under it: it stays the title.
    @Test func aLinkedPostTitleOverItsTextStaysTheTitle() throws {
        let text = TestSupport.wholePage(["# [Tide tables](https://tidewatch.example/2024/01/02/tide-tables/)", prose, "### Share this:", "- [Twitter](https://twitter.example/share)"])
        let article = try TestSupport.parse(text)
        #expect(article.title == "Tide tables")
    }

    /// Without a level-1 heading, the headline over the text's first subheading is the title,
    /// not the subheading; a blog's date heading over its post's title is not.
    @Test(arguments: [
        (["## Why the tide tables survived", "### The first printing"], "Why the tide tables survived"),
        (["## Saturday, 9 September 2017", "### Why the tide tables survived"], "Why the tide tables survived"),
        (["## Archive", "### Why the tide tables survived"], "Why the tide tables survived"),
    ])
    func theHeadlineOverTheFirstSubheading(_ headings: [String], _ title: String) throws {
        let article = try TestSupport.parse(page(first: "Login", headings))
        #expect(article.title == title)
    }
}
