import Testing
@testable import OpeDB

/// "Read more" boxes inside the text are hinted `.related` and left out of the article's body.
@Suite struct RelatedSectionTests {
    @Test(arguments: ["Related", "Mehr zum Thema", "À lire aussi:", "You may also like", "Lesen Sie auch",
                      "Mehr aus dem Ressort", "More from the Wrenmouth Herald", "Mehr zum Thema auf wrenmouth.example", "Zum Weiterlesen:"])
    func opensARelatedBox(_ heading: String) throws {
        let document = try TestSupport.read(body: """
            <article>\(TestSupport.prose)<h3>\(heading)</h3>
            <ul><li><a href="/a">Harbour dues to rise</a></li><li><a href="/b">Pilots strike called off</a></li></ul>
            <p>The tables go on sale in the library on Monday, at the same price as last year.</p></article>
            """)
        let related = document.blocks.filter { $0.hint == .related }.map(\.plainText)
        #expect(related == [heading, "Harbour dues to rise", "Pilots strike called off"])
        let article = try ArticleParser().parse(document: document)
        #expect(!article.body.contains("Harbour dues"))
        #expect(article.body.contains("at the same price as last year"))
    }

    @Test(arguments: ["Read more", "Weiterlesen", "Related matters are discussed below",
                      "Mehr von diesem Wein wurde im Herbst gekeltert als je zuvor in der Gegend"])
    func otherLinesAreNotOpeners(_ line: String) {
        #expect(!RelatedSection.isOpener(line))
    }

    @Test func longMarkupIsNoOpenerUnlessALinkMakesItLong() {
        #expect(RelatedSection.mayOpen("Related"))
        #expect(!RelatedSection.mayOpen(String(repeating: "A long paragraph of the article. ", count: 12)))
        #expect(RelatedSection.mayOpen("[Related](https://wrenmouth.example/" + String(repeating: "x", count: 400) + ")"))
    }

    @Test(arguments: ["Zurück zur Übersicht", "Back to all news", "zurück zum Newsroom"])
    func aLinkBackToTheIndexIsLeftOut(_ line: String) throws {
        let document = try TestSupport.read(body: "<article>\(TestSupport.prose)<p><a href=\"/news\">\(line)</a></p></article>")
        #expect(document.blocks.filter { $0.hint == .related }.map(\.plainText) == [line])
    }

    @Test func aShareLabelIsLeftOutButTheSameWordsInTextStay() throws {
        let document = try TestSupport.read(body: "<article>\(TestSupport.prose)<p>Diese Seite teilen</p><p>Back to the harbour we went, all of us.</p></article>")
        #expect(document.blocks.filter { $0.hint == .related }.map(\.plainText) == ["Diese Seite teilen"])
    }

    @Test(arguments: ["À lire aussi » ", "Lesen Sie auch: ", "Read more: "])
    func aLinkAfterAnOpenerOnOneLineIsLeftOut(_ opener: String) throws {
        let document = try TestSupport.read(body: """
            <article>\(TestSupport.prose)<p>\(opener)<a href="/dues">Harbour dues to rise in spring</a></p>
            <p>Read more: the tables are on sale in the library, at the same price as last year.</p></article>
            """)
        #expect(document.blocks.filter { $0.hint == .related }.map(\.plainText) == [opener + "Harbour dues to rise in spring"])
    }

    @Test func theAuthorBoxAfterTheTextIsABio() throws {
        let document = try TestSupport.read(body: """
            <article>\(TestSupport.prose)<h3>Über den Autor</h3><p>Mara Quist writes about the coast.</p>
            <h3>Tide tables</h3><p>The tables go on sale in the library on Monday, at the same price as last year.</p></article>
            """)
        #expect(document.blocks.filter { $0.hint == .authorBio }.map(\.plainText) == ["Mara Quist writes about the coast."])
        #expect(!document.blocks.contains { $0.plainText == "Über den Autor" })
        #expect(document.blocks.contains { $0.plainText.hasPrefix("The tables go on sale") && $0.hint == nil })
    }

    /// The article's tags under a `Tags`/`Themen`/`Temas` heading: removed, heading and keywords.
    @Test(arguments: ["Themen im Artikel", "Tags:", "Temas", "Schlagworte", "Mots-clés"])
    func aTagListUnderTheTextIsRemoved(_ heading: String) throws {
        let document = try TestSupport.read(body: """
            <article>\(TestSupport.prose)<p>The tables go on sale in the library on Monday, at the same price as last year.</p>
            <div class="meta"><p>\(heading)</p><ul><li><a href="/t/harbour">Harbour</a></li><li><a href="/t/tides">Tides</a></li></ul></div></article>
            """)
        let texts = document.blocks.map(\.plainText)
        #expect(!texts.contains(heading))
        #expect(!texts.contains("Harbour"))
        #expect(!texts.contains("Tides"))
        #expect(texts.contains { $0.contains("at the same price as last year") })
    }

    /// A section of the text titled like a tag list, with prose or a list that is no links, stays.
    @Test(arguments: [
        "<h2>Themen</h2><p>The council discussed three themes on Monday: the cost of paper, the pilots and the schools.</p>",
        "<h2>Topics</h2><ul><li>The cost of paper</li><li>The pilots' letters</li></ul>",
    ])
    func aSectionTitledLikeATagListStays(_ section: String) throws {
        let texts = try TestSupport.read(body: "<article>\(TestSupport.prose)\(section)</article>").blocks.map(\.plainText)
        #expect(texts.contains { $0 == "Themen" || $0 == "Topics" })
        #expect(texts.contains { $0.contains("cost of paper") })
    }

    /// A heading, or a short line ending with `:`, with nothing of the text after it (the box it
    /// titled was left out) is removed; a heading inside the text stays, even with nothing under
    /// it, and so do a numbered heading and a line introducing a list.
    @Test func aHeadingLeftWithNoTextAfterItIsRemoved() throws {
        let blocks = try TestSupport.read(body: """
            <article>\(TestSupport.prose)<h2>The pilots</h2><div class="sidebar"><p>Tide clock</p></div>
            <p>What the pilots asked for:</p><ul><li>larger print</li><li>a spring edition</li></ul>
            <h2>Frequently asked questions</h2><div class="faq-widget" hidden><p>What do the tables cost?</p></div>
            <h3>7. The Tide Clock</h3><p>Offers from our shop:</p><div class="sidebar"><p>Tide clock</p></div></article>
            """).blocks.map(\.plainText)
        #expect(!blocks.contains("Frequently asked questions"))
        #expect(!blocks.contains("Offers from our shop:"))
        #expect(blocks.contains("The pilots"))
        #expect(blocks.contains("7. The Tide Clock"))
        #expect(blocks.contains("What the pilots asked for:"))
        #expect(blocks.contains { $0.contains("Wrenmouth estuary") })
    }
}
