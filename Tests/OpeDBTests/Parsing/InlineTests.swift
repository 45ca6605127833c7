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
}
