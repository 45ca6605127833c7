import Testing
@testable import OpeDB

/// Credit lines, appeals and teasers set between an article's paragraphs: never its text.
@Suite struct InsertedBlocksTests {
    private func document(_ inserts: String, head: String = "") throws -> Document {
        let canonical = "<link rel='canonical' href='https://www.wrenmouth-herald.example/tides/2024/tables'>"
        return try TestSupport.read(head: canonical + head, body: "<article>\(TestSupport.prose)\(inserts)\(TestSupport.prose)</article>")
    }

    private func body(_ inserts: String) throws -> String {
        try document(inserts).blocks.filter { $0.hint == nil }.map(\.plainText).joined(separator: "\n")
    }

    // MARK: Credit lines

    @Test(arguments: [
        "The harbour at dawn, from the pilots' tower. © Odile Marsh",
        "The new ferry on its first crossing. © Calder Pictures / Ivo Brandt",
        "Ivo Brandt, the harbour master, photo: Calder Isle Council",
        "Titelbild: Calder Pictures/Odile Marsh",
        "Crédits photos : Agence Wrenmouth",
        "Foto: Odile Marsh",
    ])
    func aCreditLineIsACaption(_ line: String) throws {
        #expect(InsertedBlocks.isCreditLine(line))
        let blocks = try document("<p>\(line)</p>").blocks
        #expect(blocks.first { $0.plainText == line }?.hint == .caption)
    }

    @Test(arguments: [
        "He took the photo: a gull on the harbour wall, which the paper printed the next day.",
        "The source: a clerk who kept the tables in his spare time.",
        "Quelle: Hafenamt Wrenmouth",
        String(repeating: "The tide tables were printed again this winter. ", count: 5) + "© Odile Marsh",
        "© " + String(repeating: "a very long name ", count: 6),
    ])
    func proseWithACreditWordIsNoCreditLine(_ line: String) {
        #expect(!InsertedBlocks.isCreditLine(line))
    }

    @Test func theLeadImagesCreditLineBecomesTheImageCredit() throws {
        let page = TestSupport.page(body: """
            <article><h1>A Second Ferry for Calder Isle</h1><p>The new ferry on its first crossing. © Calder Pictures</p>
            \(TestSupport.prose)</article>
            """)
        let article = try ArticleParser().parse(bytes: page)
        #expect(article.imageCredit == "Calder Pictures")
        #expect(!article.body.contains("first crossing"))
    }

    // MARK: Appeals

    @Test(arguments: [
        "Never miss the tides: <a href='/newsletter'>sign up to our newsletter</a> today!",
        "If you enjoyed this piece, would you consider supporting our work? <a href='/support'>Just click here</a>.",
        "Gefällt dir das? <a href='/abo'>Melde dich hier für unseren Newsletter an!</a>",
        "Puede escribirnos o <a href='/alta'>suscribirse aquí a nuestra newsletter</a>.",
        "We rely on your support to keep the tide tables free!",
    ])
    func anAppealIsRemoved(_ appeal: String) throws {
        let text = try body("<p>\(appeal)</p>")
        #expect(!text.contains(appeal.prefix(12)))
        #expect(text.contains("Wrenmouth estuary"))
    }

    @Test(arguments: [
        // Appeal words in the article's own sentences, with a link: text.
        "Ivo Brandt said the harbour board would <a href='/board'>support the pilots' school</a> again next year, as it has since 1990.",
        "Readers of <a href='https://other.example/x'>the Calder newsletter</a> asked for the tables in March.",
        "You can <a href='https://shop.example/'>sign up</a> for notifications at the harbour office.",
        "Der Rat sagte, er unterstütze <a href='/rat'>die Lotsen</a> weiterhin.",
    ])
    func appealWordsInASentenceAreText(_ sentence: String) throws {
        let text = try body("<p>\(sentence)</p>")
        #expect(text.contains("notifications") || text.contains("Lotsen") || text.contains("March") || text.contains("1990"))
    }

    // MARK: Teasers

    @Test(arguments: [
        "<p><a href='/tides/2023/the-clerk-who-printed-the-first-tables'>The clerk who printed the first tide tables</a></p>",
        "<p>&gt;&gt; <a href='https://www.wrenmouth-herald.example/ferry'>A second ferry for Calder Isle from March</a> &lt;&lt;</p>",
        "<p>Lesen Sie hier: <a href='/hafen/lotsen'>Die Lotsen von Wrenmouth und ihr Hafen</a></p>",
        "<p><i><a href='//wrenmouth-herald.example/x'>Gulls return to the harbour wall early</a></i></p>",
        "<a href='/ferry'><h3>A second ferry for Calder Isle</h3></a>",
        "<div class='teaser'><a href='/ferry'>A second ferry for Calder Isle</a></div>",
    ])
    func aSameSiteLinkAloneIsATeaser(_ teaser: String) throws {
        let blocks = try document(teaser).blocks
        let block = try #require(blocks.first { $0.plainText.contains("Calder") || $0.plainText.contains("tables") && $0.plainText.count < 60 || $0.plainText.contains("Lotsen") || $0.plainText.contains("Gulls") })
        #expect(block.hint == .related)
    }

    @Test(arguments: [
        // Another site's page: a source, not a teaser.
        "<p><a href='https://harbour-board.example/report'>The harbour board's report on the second ferry</a></p>",
        // Too short to be a headline.
        "<p><a href='/tables'>Tide tables</a></p>",
        // A link inside a sentence.
        "<p>The clerk's notes are <a href='/notes'>kept in the town library archive</a>, where anyone may read them on Tuesdays.</p>",
    ])
    func otherLinksAreNoTeasers(_ html: String) throws {
        let blocks = try document(html).blocks
        #expect(!blocks.contains { $0.hint == .related })
    }

    @Test func teasersBecomeRelatedLinks() throws {
        let page = TestSupport.page(head: "<link rel='canonical' href='https://wrenmouth-herald.example/a'>", body: """
            <article><h1>The Tide Tables</h1>\(TestSupport.prose)
            <p><a href='/ferry'>A second ferry for Calder Isle from March</a></p>
            <p>The tables cost two pounds at the library, the same as last year, and the council kept the price.</p></article>
            """)
        let article = try ArticleParser().parse(bytes: page)
        #expect(article.related == ["A second ferry for Calder Isle from March"])
        #expect(!article.body.contains("second ferry"))
        #expect(article.body.contains("two pounds"))
    }

    @Test(arguments: [
        ("/a/b", "wrenmouth-herald.example", true),
        ("https://www.wrenmouth-herald.example/x", "wrenmouth-herald.example", true),
        ("https://news.wrenmouth-herald.example/x", "wrenmouth-herald.example", true),
        ("//wrenmouth-herald.example/x", "wrenmouth-herald.example", true),
        ("https://calder.example/x", "wrenmouth-herald.example", false),
        ("mailto:desk@wrenmouth-herald.example", "wrenmouth-herald.example", false),
        ("https://wrenmouth-herald.example.evil.example/x", "wrenmouth-herald.example", false),
    ])
    func sameSite(_ target: String, _ site: String, _ expected: Bool) {
        #expect(InsertedBlocks.isSameSite(target, site: site) == expected)
    }
}
