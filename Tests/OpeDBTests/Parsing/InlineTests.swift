import Testing
@testable import OpeDB

/// Emphasis markers go only when they pair up: a `*` or `_` without a partner is the
/// writer's text (a gender star, a footnote mark, arithmetic), and it is stored.
@Suite struct InlineEmphasisTests {
    @Test(arguments: [
        ("Expert*innen in der Krise", "Expert*innen in der Krise"),
        ("Die Lehrer*innen und Schüler*innen", "Die Lehrer*innen und Schüler*innen"),
        ("stars (*), carets (^)", "stars (*), carets (^)"),
        ("a footnote* and a*b", "a footnote* and a*b"),
        ("*1 Mio. Nutzer", "*1 Mio. Nutzer"),
        ("5 * 3 and 2*3*4", "5 * 3 and 2*3*4"),
        ("snake_case and a_b_c", "snake_case and a_b_c"),
    ])
    func loneMarkersAreText(_ markup: String, _ text: String) {
        #expect(Inline.plainText(markup) == text)
    }

    @Test(arguments: [
        ("**Bold** and __strong__", "Bold and strong"),
        ("*em*, _em_, ***both***", "em, em, both"),
        ("**nested *inner* bold**", "nested inner bold"),
        ("*Ab Montag* 10000 Tester *REWE Produkttest*", "Ab Montag 10000 Tester REWE Produkttest"),
        ("(*a parenthesis*)", "(a parenthesis)"),
        ("**Editor’s Letter:**_bye_", "Editor’s Letter:bye"),
        ("*bye **OC** Baby, hi **Baby!***", "bye OC Baby, hi Baby!"),
        ("strong in a word: bye**OC**", "strong in a word: byeOC"),
    ])
    func pairedMarkersGo(_ markup: String, _ text: String) {
        #expect(Inline.plainText(markup) == text)
    }

    @Test func manyMarkersKeepTheirCount() {
        // One pass with a stack: 50,000 markers of each kind are all accounted for.
        let stars = String(repeating: "a* ", count: 50_000)
        #expect(Inline.plainText(stars).count { $0 == "*" } == 50_000)
        let pairs = String(repeating: "*x* ", count: 25_000)
        #expect(!Inline.plainText(pairs).contains("*"))
    }

    @Test func theLeadingRunSaysWhetherItSpansTheParagraph() {
        #expect(Inline.leadingEmphasis("*Anna Berg is a writer.*") == .whole)
        #expect(Inline.leadingEmphasis("*Anna Berg* is the author of *Tides*") == .part)
        #expect(Inline.leadingEmphasis("*one*, *two*, *three*") == .part)
        #expect(Inline.leadingEmphasis("*Amsterdam. *") == .unpaired)
        #expect(Inline.leadingEmphasis("Plain text") == .unpaired)
    }
}

/// Paragraphs that open with emphasis, and footnote marks tying a byline to its note.
@Suite struct EmphasisInParagraphsTests {
    private let header = "# Tides Turn\n\nBy Anna Berg\n\n8 May 2019\n\nThe harbour opened at dawn.\n\n"

    @Test func aParagraphOpeningWithEmphasisKeepsNoStrayMarkers() throws {
        let article = try TestSupport.parse(header + "*Tides* and *Ports* are two books.\n\n_one_ _two_ _three_\n\nThe end came late.\n")
        #expect(!article.body.contains("*") && !article.body.contains("_"))
        #expect(article.body.contains("Tides and Ports are two books."))
    }

    @Test func aBioOpeningWithAnEmphasisedNameIsANote() throws {
        let article = try TestSupport.parse(header + "The end came late.\n\n*Anna Berg* is a writer in Oslo and the author of *Harbours* (Fjord Press, 2020).\n")
        #expect(article.notes.map(\.text) == ["Anna Berg is a writer in Oslo and the author of Harbours (Fjord Press, 2020)."])
    }

    @Test func footnoteMarksAreNeitherNameNorNote() throws {
        let text = "# Tides Turn\n\nBy Anna Berg* and Carl Dahl**\n\n8 May 2019\n\nThe harbour opened at dawn.\n\n*Anna Berg is a writer at the University of Oslo.\n"
        let article = try TestSupport.parse(text)
        #expect(article.authors.map(\.name) == ["Anna Berg", "Carl Dahl"])
        #expect(article.notes.map(\.text) == ["Anna Berg is a writer at the University of Oslo."])
        #expect(!article.body.contains("University"))
    }
}

/// A byline's links read as words of their own, however a converter glued them.
@Suite struct InlineLinkSeparationTests {
    @Test(arguments: [
        ("[Ann Lee](https://tides.example/a)[@annlee](https://social.example/annlee)", "Ann Lee @annlee"),
        ("[Ann Lee](https://tides.example/a \"All posts\")in [News](/n)", "Ann Lee in News"),
        ("[Ann Lee](/a), [Bo Kim](/b)", "Ann Lee, Bo Kim"),
        ("no links (here)at all", "no links (here)at all"),
    ])
    func linksAreWords(_ markup: String, _ text: String) {
        #expect(Inline.plainTextSeparatingLinks(markup) == text)
    }
}
