import Testing
@testable import OpeDB

/// Which elements hold the article, and what is left out.
@Suite struct MainTextTests {
    private func text(_ body: String) throws -> String {
        try TestSupport.read(body: body).blocks.map(\.plainText).joined(separator: "\n")
    }

    @Test(arguments: [
        "<nav><ul><li>Home</li><li>Sport</li></ul></nav>",
        "<header><a href='/'>Wrenmouth Herald</a> Home Sport</header>",
        "<footer>© Wrenmouth Herald Home Sport</footer>",
        "<aside>Home Sport</aside>",
        "<div class='share-buttons'>Home Sport</div>",
        "<div class='related-articles'><a href='/x'>Home Sport</a></div>",
        "<ul class='most-read'><li>Home Sport</li></ul>",
        "<div id='comments'><p>Home Sport is what I always say, and I say it at length.</p></div>",
        "<div class='newsletter-box'>Home Sport</div>",
        "<div class='news-letter-section'>Home Sport</div>",
        "<div class='cookie-consent'>Home Sport</div>",
        "<div class='ad-slot'>Home Sport</div>",
        "<p hidden>Home Sport</p>",
        "<p aria-hidden='true'>Home Sport</p>",
        "<p style='display: none'>Home Sport</p>",
        "<script>var x = 'Home Sport';</script><style>.a{}</style><noscript>Home Sport</noscript>",
        "<form><label>Home Sport</label><button>Go</button></form>",
    ])
    func boilerplateIsLeftOut(_ boilerplate: String) throws {
        let inside = try text("<article>\(boilerplate)\(TestSupport.prose)</article>")
        let around = try text("\(boilerplate)<article>\(TestSupport.prose)</article>\(boilerplate)")
        // A <header> inside the article is the article's head (headline, byline), kept.
        for result in boilerplate.hasPrefix("<header") ? [around] : [inside, around] {
            #expect(!result.contains("Home Sport"))
            #expect(result.contains("Wrenmouth estuary"))
        }
    }

    @Test func articleBodyIsPreferred() throws {
        let result = try text("""
            <div class="teaser"><p>A long teaser paragraph about something else entirely, which goes on and on \
            about matters unrelated to the article, so that it is as long as a real paragraph would be.</p></div>
            <div itemprop="articleBody">\(TestSupport.prose)</div>
            """)
        #expect(!result.contains("teaser"))
        #expect(result.contains("Wrenmouth estuary"))
    }

    @Test func theArticleWithMostTextWins() throws {
        let result = try text("""
            <article><p>Short teaser for another story.</p></article>
            <article>\(TestSupport.prose)</article>
            <article><p>Another teaser.</p></article>
            """)
        #expect(result.contains("Wrenmouth estuary"))
        #expect(!result.contains("teaser"))
    }

    @Test func withoutSemanticMarkupTheScoreFindsTheText() throws {
        let result = try text("""
            <div id="top"><a href="/">Home</a> <a href="/a">Archive</a> <a href="/b">About</a></div>
            <div id="left"><a href="/x">Links</a><br><a href="/y">More links</a></div>
            <div id="post"><div>\(TestSupport.prose)</div></div>
            <div id="bottom">Made with care, <a href="/c">contact</a></div>
            """)
        #expect(result.contains("Wrenmouth estuary"))
        #expect(!result.contains("Archive"))
        #expect(!result.contains("contact"))
    }

    @Test func aBoilerplateClassAroundTheWholePageIsNotDropped() throws {
        let result = try text("<div class='top-sidebar-wrapper'><div class='inner'>\(TestSupport.prose)\(TestSupport.prose)</div></div>")
        #expect(result.contains("Wrenmouth estuary"))
    }

    @Test(arguments: ["has-paywall", "non-paywall", "paywall-on", "modal-enabled", "comments-open", "is-expanded", "with-share-bar"])
    func aStateClassDoesNotDropTheText(_ state: String) throws {
        // The page also holds a long sidebar, so the article is not "most of the page".
        let sidebar = "<aside><p>" + String(repeating: "Tide tables and moorings for sale in the harbour office, ", count: 30) + "</p></aside>"
        let result = try text("<div class='post \(state)'>\(TestSupport.prose)</div>\(sidebar)")
        #expect(result.contains("Wrenmouth estuary"))
        #expect(!result.contains("moorings for sale"))
    }

    /// A short article: one paragraph, under the length at which a wrapper counts as the page.
    private let short = "The Wrenmouth tide tables were first printed in 1871, by a harbour clerk in his spare time, and every "
        + "winter since. This year the council almost stopped, until the pilots and two schools wrote to say they still use them."

    @Test(arguments: ["<section class='wrap has-sidebar sidebar-right'>", "<div class='navigation-wrapper'>"])
    func boilerplateClassesAroundTheDeclaredTextAreIgnored(_ wrapper: String) throws {
        let close = wrapper.hasPrefix("<section") ? "</section>" : "</div>"
        let sidebar = "<aside><p>" + String(repeating: "Moorings for sale at the harbour office, ask for Ms Pellow. ", count: 30) + "</p></aside>"
        for body in ["<div itemprop='articleBody'><p>\(short)</p></div>", "<main><p>\(short)</p></main>", "<div role='main'><p>\(short)</p></div>"] {
            let result = try text("\(wrapper)\(body)\(close)\(sidebar)")
            #expect(result.contains("printed in 1871"))
            #expect(!result.contains("Moorings"))
        }
    }

    @Test func textWrittenOnlyInNoscriptIsRead() throws {
        // Long enough to be the page's text (a short `<noscript>` is a "please enable scripts").
        let result = try text("<div><noscript>\(TestSupport.prose)\(TestSupport.prose)</noscript></div>")
        #expect(result.contains("Wrenmouth estuary"))
    }

    @Test func anArticleClassOnADateLineDoesNotOutweighTheParagraphs() throws {
        let result = try text("""
            <div class="post-date"><p>Tuesday, the fourth of March</p></div>
            <div class="x"><div class="y">\(TestSupport.prose)<p>The council will print five hundred copies, the \
            same as last year, and the library will keep a few for anyone who asks.</p></div></div>
            """)
        #expect(result.contains("five hundred copies"))
        #expect(!result.contains("fourth of March"))
    }

    @Test func everySectionOfTheArticleBodyIsRead() throws {
        let result = try text("""
            <article><h1>Tide tables</h1>
            <section itemprop="articleBody">\(TestSupport.prose)</section>
            <figure><img src="/t.jpg"><figcaption>The estuary at low tide</figcaption></figure>
            <section itemprop="articleBody"><p>The council will print five hundred copies, the same as last \
            year, and the library will keep a few for anyone who asks.</p></section></article>
            <article><div itemprop="articleBody"><p>A teaser for another story about the harbour dues.</p></div></article>
            """)
        #expect(result.contains("Wrenmouth estuary"))
        #expect(result.contains("five hundred copies"))
        #expect(!result.contains("harbour dues"))
        if let a = result.range(of: "Wrenmouth estuary"), let b = result.range(of: "five hundred") { #expect(a.lowerBound < b.lowerBound) }
    }

    @Test func textSplitIntoRepeatedBlocksIsReadWhole() throws {
        let result = try text("""
            <div class="page"><div class="ce-text"><div class="inner"><p>The tide tables for the Wrenmouth estuary \
            were first printed in 1871, by a harbour clerk who kept them in his spare time.</p></div></div>
            <h2>Paper and pilots</h2>
            <div class="ce-text"><div class="inner"><p>This year the council almost stopped, citing the cost of paper, \
            until the pilots, the fishermen and two primary schools wrote to say they still used them.</p></div></div>
            <div class="ce-text"><div class="inner"><p>The council will print five hundred copies, the same as last \
            year, and the library will keep a few for anyone who asks, for free.</p></div></div></div>
            <div class="ce-links"><a href="/a">Harbour dues</a> <a href="/b">Pilots</a> <a href="/c">Schools</a></div>
            """)
        #expect(result.contains("printed in 1871"))
        #expect(result.contains("Paper and pilots"))
        #expect(result.contains("almost stopped"))
        #expect(result.contains("five hundred copies"))
        #expect(!result.contains("Harbour dues"))
    }

    @Test func aLongCommentThreadDoesNotMakeTheArticleSmall() throws {
        let comment = "<div class='comment-body'><p>" + String(repeating: "I have used these tables since I was a boy, and my father before me. ", count: 10) + "</p></div>"
        let result = try text("<div class='entry share'>\(TestSupport.prose)\(TestSupport.prose)<p>Printed every winter since.</p>"
            + "<ol class='commentlist'>" + String(repeating: comment, count: 8) + "</ol></div>")
        #expect(result.contains("Wrenmouth estuary"))
        #expect(!result.contains("since I was a boy"))
    }

    /// Class names that say what an inner box is: an image's caption (however the CMS spells
    /// it), an author box, a disclaimer, a donation or call-to-action box.
    @Test(arguments: [
        ("<div class='img_description'><p>The harbour at dawn, seen from the pilots' tower.</p></div>", Block.Hint.caption),
        ("<div class='ImageArticle-Description'>The harbour at dawn, seen from the pilots' tower.</div>", .caption),
        ("<span class='img-metadata__title'>The harbour at dawn, seen from the pilots' tower.</span>", .caption),
        ("<p class='bildunterschrift'>The harbour at dawn, seen from the pilots' tower.</p>", .caption),
        ("<div class='mainContent__legend'>The harbour at dawn, seen from the pilots' tower.</div>", .caption),
        ("<div class='intro'><div class='image-caption'>The harbour at dawn, seen from the pilots' tower.</div></div>", .caption),
        ("<div class='image-author-license'><a href='/lic'>Odile Marsh</a> <span>The harbour at dawn, seen from the pilots' tower.</span></div>", .caption),
        ("<div class='photo_autor'>The harbour at dawn, seen from the pilots' tower.</div>", .caption),
        ("<div class='author-box'><p>Odile Marsh writes about the harbour, the pilots' tower and the tides.</p></div>", .authorBio),
        ("<p class='editorial-disclaimer'>The harbour at dawn, seen from the pilots' tower, is not an advertisement.</p>", .footer),
        ("<div class='affiliate-text'><p>The harbour at dawn, seen from the pilots' tower, earns us a commission.</p></div>", .footer),
    ])
    func innerBoxClassesNameTheirRole(_ box: String, _ hint: Block.Hint) throws {
        let blocks = try TestSupport.read(body: "<article>\(TestSupport.prose)\(box)\(TestSupport.prose)</article>").blocks
        let block = try #require(blocks.first { $0.plainText.contains("pilots' tower") })
        #expect(block.hint == hint)
    }

    @Test(arguments: [
        "<div class='article-donation-CTA'><p>Keep the tables free for all</p></div>",
        "<section class='c-letters-cta'><p>Keep the tables free for all</p></section>",
        "<div class='buybox'><p>Keep the tables free for all</p></div>",
    ])
    func appealBoxesAreLeftOut(_ box: String) throws {
        let result = try text("<article>\(TestSupport.prose)\(box)\(TestSupport.prose)</article>")
        #expect(!result.contains("Keep the tables"))
        #expect(result.contains("Wrenmouth estuary"))
    }

    /// A weak cue (`print`, `widget`) names a button or a list of links; paragraphs of prose
    /// under it are still the article (a how-to's `tip-print-step` boxes).
    @Test func aWeakCueDoesNotDropParagraphsOfProse() throws {
        let step = "<div class='tip-print-step'>Lay the tomato on its side before you cut it, with the stalk to the left or "
            + "the right, so the seeds stay in the flesh and every slice keeps its shape on the plate.<br><br>Then cut the "
            + "stalk out with the tip of the knife, which also makes the slices look tidier. Keep the knife sharp, and wipe "
            + "the board between tomatoes so the juice does not make the next one slide about.</div>"
        let result = try text("<div class='tips'><h1>Cutting Tomatoes</h1>\(step)\(step)</div><div class='print-button'>Print this tip</div>")
        #expect(result.contains("Lay the tomato on its side"))
        #expect(!result.contains("Print this tip"))
    }

    /// A lead set apart in the article's header, above the element that holds the text.
    @Test(arguments: [
        "<p class='lead'>", "<div class='article-chapo'>", "<div class='field field-perex'>", "<div class='intro-text'>",
        "<p itemprop='description'>", "<p class='article-excerpt'>",
    ])
    func aLeadAboveTheTextIsKept(_ open: String) throws {
        let close = open.hasPrefix("<p") ? "</p>" : "</div>"
        let lead = "\(open)Wrenmouth will keep its printed tide tables, the council said on Monday, after the pilots wrote in.\(close)"
        let result = try text("""
            <div class="page"><nav><a href="/">Home</a></nav><article><header><h1>Tide Tables Saved</h1>\(lead)</header>
            <div itemprop="articleBody">\(TestSupport.prose)</div></article><aside class="teaser">Another story</aside></div>
            """)
        let leadAt = try #require(result.range(of: "will keep its printed tide tables"))
        let textAt = try #require(result.range(of: "Wrenmouth estuary"))
        #expect(leadAt.lowerBound < textAt.lowerBound)
        #expect(!result.contains("Home"))
        #expect(!result.contains("Another story"))
    }

    @Test func aLeadTheTextRepeatsIsWrittenOnce() throws {
        let lead = "Wrenmouth will keep its printed tide tables, the council said on Monday, after the pilots wrote in."
        let blocks = try TestSupport.read(body: """
            <article><header><h1>Tide Tables Saved</h1><p class="lead">\(lead)</p></header>
            <div itemprop="articleBody"><p>\(lead)</p>\(TestSupport.prose)</div></article>
            """).blocks
        #expect(blocks.filter { $0.plainText == lead }.count == 1)
    }

    /// Only a lead's class, with a paragraph of text and few links, near the text: not a teaser
    /// list, a link, or a lead-classed element outside the article.
    @Test func teasersAndLinksAboveTheTextAreNoLead() throws {
        let result = try text("""
            <div class="wrap"><p class="lead">A lead of another page that sits outside this article, long enough to count.</p>
            <article><div class="intro"><a href="/other">A link to another story, long enough to pass for a paragraph of text</a></div>
            <div itemprop="articleBody">\(TestSupport.prose)</div></article></div>
            """)
        #expect(!result.contains("another story"))
        #expect(!result.contains("another page"))
        #expect(result.contains("Wrenmouth estuary"))
    }

    /// Reader comments named in another language (`kommentare`, `comentarios`, `komentarze`) are
    /// left out; the singular, which also names an opinion piece, is not a comment section.
    @Test(arguments: [
        "<section class='kommentare'><p>Home Sport, schreibt ein Leser.</p></section>",
        "<div id='kommentarModul'><h3>Kommentieren</h3><p>Home Sport</p></div>",
        "<div id='comentarios'><p>Home Sport, escribe un lector.</p></div>",
        "<ol class='lista-komentarze'><li>Home Sport</li></ol>",
        "<div class='reacties'><p>Home Sport</p></div>",
    ])
    func commentSectionsInOtherLanguagesAreLeftOut(_ comments: String) throws {
        let result = try text("<article>\(TestSupport.prose)\(comments)</article>")
        #expect(!result.contains("Home Sport"))
        #expect(result.contains("Wrenmouth estuary"))
    }

    @Test func anOpinionPieceClassedKommentarIsTheText() throws {
        let result = try text("<div class='page'><article class='kommentar'>\(TestSupport.prose)</article></div>")
        #expect(result.contains("Wrenmouth estuary"))
        #expect(result.contains("two primary schools"))
    }

    /// An element named for the author below the text's first paragraphs is the author's box;
    /// above the text it is the byline.
    @Test func anAuthorNamedBoxBelowTheTextIsABio() throws {
        let box = "<div class='post-author'><p>Odile Marsh</p><p>Odile Marsh writes about the harbour, the pilots' tower "
            + "and the tides, and has kept the tide tables of Wrenmouth on her desk for twenty years. She lives by the "
            + "estuary with two cats and a boat that rarely leaves its mooring, and is writing a book on lighthouses.</p></div>"
        let blocks = try TestSupport.read(body: """
            <article><h1>Tide Tables Saved</h1><div class='author'>By Odile Marsh</div>
            \(TestSupport.prose)\(TestSupport.prose)\(box)</article>
            """).blocks
        let bio = try #require(blocks.first { $0.plainText.contains("pilots' tower") })
        #expect(bio.hint == .authorBio)
        #expect(blocks.first { $0.plainText == "Odile Marsh" }?.hint == .authorBio)
        #expect(blocks.first { $0.plainText == "By Odile Marsh" }?.hint == .byline)
    }

    /// A post the article embeds (the social networks' embed code is a `<blockquote>` holding the
    /// post's text) is quoted text; a share bar with the same class is not.
    @Test func anEmbeddedPostIsQuotedText() throws {
        let result = try text("""
            <article>\(TestSupport.prose)<blockquote class="twitter-tweet"><p>The tide tables are saved, thank you all \
            for writing in!</p>— Wrenmouth Pilots (@wrenpilots)</blockquote><div class="twitter-share">Home Sport</div></article>
            """)
        #expect(result.contains("The tide tables are saved"))
        #expect(!result.contains("Home Sport"))
    }

    /// An element classed for the author below the text that holds another story's headline
    /// and no author's box shape is a teaser card (`headline_byline`): related, not a bio; an
    /// author's line alone, or a box with a name and a line about them, stays the bio.
    @Test func aTeaserCardWithAnAuthorClassIsRelatedNotABio() throws {
        let card = "<div class='card_headline_byline'><h3><a href='/other'>Council Votes to Repaint the Old Lighthouse Red</a></h3>"
            + "<div class='byline'>Wrenmouth Herald</div></div>"
        let box = "<div class='post-author'><h4>Odile Marsh</h4><p>Odile Marsh writes about the harbour, the pilots' tower "
            + "and the tides, and has kept the tide tables on her desk for twenty years.</p></div>"
        let line = "<div class='entry-author'>Author: Odile Marsh</div>"
        let blocks = try TestSupport.read(body: """
            <article><h1>Tide Tables Saved</h1>\(TestSupport.prose)\(TestSupport.prose)\(line)\(box)\(card)</article>
            """).blocks
        #expect(blocks.first { $0.plainText.contains("Repaint the Old Lighthouse") }?.hint == .related)
        #expect(blocks.first { $0.plainText.contains("twenty years") }?.hint == .authorBio)
        #expect(blocks.first { $0.plainText == "Author: Odile Marsh" }?.hint == .authorBio)
    }
}
