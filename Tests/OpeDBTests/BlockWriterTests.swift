import Testing
@testable import OpeDB

/// Blocks as inline Markdown: markup for emphasis and links, escapes that give back exactly the
/// visible text.
@Suite struct BlockWriterTests {
    private func blocks(_ html: String) throws -> [Block] {
        try TestSupport.read(body: "<article>\(html)\(TestSupport.prose)</article>").blocks
    }

    @Test(arguments: [
        "Prices rose 5 * 3 times_over, see [note] and <tag> & \\ done",
        "2 * 2 = 4 and a_b_c and **not bold** and `not code`",
        "# not a heading",
        "> not a quote",
        "- not a list item",
        "1. not a numbered item",
        "&amp; is an entity written out, &lt;b&gt; too",
        "a lone ! before [brackets](and parens)",
        "Ünïcödé ‘quotes’ — and “dashes” survive",
    ])
    func textRoundTripsThroughPlainText(_ text: String) throws {
        let escaped = text.replacingAll("&", "&amp;").replacingAll("<", "&lt;").replacingAll(">", "&gt;")
        let first = try #require(try blocks("<p>\(escaped)</p>").first)
        #expect(first.kind == .paragraph)
        #expect(first.plainText == text)
        // Read back as Markdown, it is still one paragraph with the same text.
        #expect(Inline.plainText(first.markup) == text)
    }

    @Test func inlineElementsBecomeMarkdown() throws {
        let first = try #require(try blocks("""
            <p>The <em>first</em> tide, the <strong> second </strong>tide, <a href="https://tides.example/a b(c)">the
            third</a>, <code>x*y</code> and <b><strong>nested</strong></b>.</p>
            """).first)
        #expect(first.markup == "The *first* tide, the **second** tide, [the third](https://tides.example/a%20b%28c%29), `x\\*y` and **nested**.")
        #expect(first.plainText == "The first tide, the second tide, the third, x*y and nested.")
        #expect(Inline.links(in: first.markup).map(\.target) == ["https://tides.example/a%20b%28c%29"])
    }

    @Test func breaksSplitParagraphsOnlyWhenDoubled() throws {
        let found = try blocks("<div>First line<br>same paragraph<br><br>Second paragraph<br/> <br/>Third</div>")
        #expect(found.prefix(3).map(\.markup) == ["First line same paragraph", "Second paragraph", "Third"])
    }

    @Test func blockKindsAndHints() throws {
        let found = try blocks("""
            <h2>Sub-heading</h2>
            <ul><li>One</li><li>Two <em>items</em></li></ul>
            <blockquote><p>Quoted text.</p></blockquote>
            <hr>
            <figure><img src="https://tides.example/t.jpg" alt="A tide table"><figcaption>The 1871 table. Photo: Wren Archive</figcaption></figure>
            <aside class="pullquote">They still used them.</aside>
            <div class="pull-quote"><p>Paper is cheap.</p></div>
            """)
        #expect(found[0] == Block(.heading(level: 2), "Sub-heading", line: found[0].line))
        #expect(found[1].kind == .listItem && found[1].markup == "One")
        #expect(found[2].kind == .listItem && found[2].markup == "Two *items*")
        #expect(found[3].kind == .quote && found[3].markup == "Quoted text.")
        #expect(found[4].kind == .rule)
        #expect(found[5].kind == .image && found[5].markup == "![A tide table](https://tides.example/t.jpg)")
        #expect(found[6].hint == .caption && found[6].plainText == "The 1871 table. Photo: Wren Archive")
        // An <aside> is dropped whatever its class; a pull-quote div is kept with its hint.
        #expect(!found.contains { $0.plainText == "They still used them." })
        #expect(found.contains { $0.hint == .pullQuote && $0.plainText == "Paper is cheap." })
    }

    @Test func bylineAndBioHints() throws {
        let document = try TestSupport.read(body: """
            <article><p class="byline">By Hester Mbeki</p>\(TestSupport.prose)
            <div class="author-bio"><p>Hester Mbeki writes about the coast.</p></div></article>
            """)
        #expect(document.blocks.contains { $0.hint == .byline && $0.plainText == "By Hester Mbeki" })
        #expect(document.blocks.contains { $0.hint == .authorBio && $0.plainText == "Hester Mbeki writes about the coast." })
        #expect(document.first(.author)?.value == "Hester Mbeki")
        #expect(document.first(.author)?.source == .element)
    }

    /// A short link around whole blocks (a teaser card) writes each block as that link; a long
    /// one (a page wrapped in a broken `<a>`) leaves the text as it is.
    @Test func blocksInsideAShortLinkAreThatLink() throws {
        let card = try blocks("<a href='/ferry'><h3>A second ferry</h3><p>From March, twice a day.</p></a>")
        #expect(card.prefix(2).map(\.markup) == ["[A second ferry](/ferry)", "[From March, twice a day.](/ferry)"])
        let long = String(repeating: "The pilots read the tables every morning before the first crossing. ", count: 7)
        let wrapped = try blocks("<a href='/home'><h3>The pilots</h3><p>\(long)</p></a>")
        #expect(wrapped.first?.markup == "The pilots")
        #expect(!wrapped.contains { $0.markup.contains("](/home)") })
    }
}

private extension String {
    func replacingAll(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

}
