@testable import OpedbWeb
import Testing

@Suite struct QueryStringTests {
    @Test func valuesArePercentEncodedByteByByte() {
        #expect(QueryString.encode("prime minister") == "prime+minister")
        #expect(QueryString.encode("a&b=c/d?") == "a%26b%3Dc%2Fd%3F")
        #expect(QueryString.encode("Żółw \"x\"") == "%C5%BB%C3%B3%C5%82w+%22x%22")
        #expect(QueryString.encode("AZaz09-_.~") == "AZaz09-_.~")
        #expect(QueryString.encode("") == "")
    }

    @Test func emptyAndMissingValuesAreLeftOut() {
        #expect(QueryString.make([("q", "kabul"), ("author", nil), ("kind", ""), ("sort", "newest")]) == "?q=kabul&sort=newest")
        #expect(QueryString.make([("q", nil)]) == "")
    }
}
