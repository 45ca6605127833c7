import Testing
@testable import OpeDB

@Suite struct PullQuoteTests {
    @Test(arguments: [
        ("*“A whole quotation.”*", "A whole quotation."),
        ("*\"He called it “folly” twice\"*", "He called it “folly” twice"),
        ("«Tout est là»", nil),
        ("*\"Half,\" he said, \"and half.\"*", nil),
        ("*Not a quotation.*", nil),
    ])
    func wholeQuotationsOnly(_ markup: String, _ quote: String?) {
        #expect(PullQuote.text(of: Block(.paragraph, markup)) == quote)
    }

    @Test func blockQuotesAndHints() {
        #expect(PullQuote.text(of: Block(.quote, "\"Set apart\"")) == "Set apart")
        #expect(PullQuote.text(of: Block(.quote, "A quoted letter, not a pull quote.")) == nil)
        #expect(PullQuote.text(of: Block(.paragraph, "Marked by the page", hint: .pullQuote)) == "Marked by the page")
    }
}
