import Testing
@testable import OpeDB

/// What is taken out of a page before libxml2 reads it, and what is left alone.
@Suite struct RawTextFilterTests {
    @Test(arguments: [
        ("<p>a</p><script>var x = \"<p>no</p>\";</script><p>b</p>", "<p>a</p><script></script><p>b</p>"),
        ("<SCRIPT src=x.js>if (a < b) {}</Script ><p>b</p>", "<SCRIPT src=x.js></Script ><p>b</p>"),
        ("<style type=\"text/css\">p > a { color: red }</style><p>b</p>", "<style type=\"text/css\"></style><p>b</p>"),
        ("<p>a<!-- <script> a note </script> --> b</p>", "<p>a b</p>"),
        ("<script type=\"application/ld+json\">{\"headline\": \"Moss\"}</script>", "<script type=\"application/ld+json\">{\"headline\": \"Moss\"}</script>"),
        ("<scripts>kept</scripts><styled>kept</styled>", "<scripts>kept</scripts><styled>kept</styled>"),
        ("<p>a</p><script>never closed", "<p>a</p><script>"),
        ("<p>a</p><!-- never closed", "<p>a</p>"),
        ("<p>Ünïcode ✓ text</p>", "<p>Ünïcode ✓ text</p>"),
        ("<svg viewBox=\"0 0 9 9\"><path d=\"M0 0\"/><text>icon</text></svg><p>b</p>", "<svg viewBox=\"0 0 9 9\"></svg><p>b</p>"),
        ("<SVG><svg><g/></svg><svg/><text>in</text></Svg><p>b</p>", "<SVG></Svg><p>b</p>"),
        ("<svg/><p>b</p>", "<svg/><p>b</p>"),
        ("<svg><path/><p>never closed</p>", "<svg><path/><p>never closed</p>"),
        ("", ""),
    ])
    func filters(_ page: String, _ expected: String) {
        #expect(String(decoding: RawTextFilter.filtered(Array(page.utf8)), as: UTF8.self) == expected)
    }
}
