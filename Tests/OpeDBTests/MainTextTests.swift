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
}
