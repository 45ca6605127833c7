@testable import OpedbWeb
import Testing

@Suite struct MarkupTests {
    @Test func textAndAttributesAreEscaped() {
        var m = Markup()
        m.element("a", ["href": "/x?a=1&b=\"2\"", "title": "<'>"], text: "<script>alert(1)</script> & \"q\"")
        #expect(m.html == "<a href=\"/x?a=1&amp;b=&quot;2&quot;\" title=\"&lt;&#39;&gt;\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;</a>")
    }

    @Test func nilAttributesAreLeftOutAndVoidElementsNotClosed() {
        var m = Markup()
        m.void("input", ["name": "q", "value": nil])
        #expect(m.html == "<input name=\"q\">")
    }

    @Test(arguments: [
        ("/articles/1", true), ("https://example.org/a", true), ("HTTP://EXAMPLE.ORG", true),
        ("javascript:alert(1)", false), (" javascript:alert(1)", false), ("data:text/html,x", false),
        ("//evil.example/", false), ("/\\evil.example", false), ("vbscript:x", false),
    ])
    func onlySitePathsAndWebAddressesBecomeLinks(href: String, linked: Bool) {
        var m = Markup()
        m.link(href, text: "t")
        #expect(m.html.hasPrefix("<a ") == linked)
    }

    @Test func textWithoutSpecialCharactersIsCopied() {
        #expect(Markup.escape("Łukasz Żółtowski — 2019") == "Łukasz Żółtowski — 2019")
    }

    /// The fast path copies runs between the special characters; a plain scalar-by-scalar
    /// escape is the reference, on text where the runs start and end everywhere.
    @Test func escapingCopiesRunsExactlyAsTheReference() {
        func reference(_ value: String) -> String {
            var out = ""
            for scalar in value.unicodeScalars {
                switch scalar {
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "&": out += "&amp;"
                case "\"": out += "&quot;"
                case "'": out += "&#39;"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
        let samples = ["", "&", "<>", "a&b", "&a", "a&", "Żółw & <b>ryba</b>", "e\u{301}&\u{301}x", "&&''\"\"",
                       "/search?q=prime+minister&author=Ann+Writer&sort=newest", "日本語'テキスト'", "🇵🇱&🇺🇦", "no specials here"]
        for sample in samples {
            var out = "prefix:"
            Markup.escape(sample, into: &out)
            #expect(Array(out.utf8) == Array(("prefix:" + reference(sample)).utf8), "\(sample)")
        }
    }
}
