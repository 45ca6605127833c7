@testable import OpedbWeb
import Testing

@Suite struct QueryParametersTests {
    @Test func decodesFormsAsBrowsersEncodeThem() throws {
        let p = try QueryParameters("q=kabul+moscow&author=%C5%81ukasz&empty=&flag&q=second")
        #expect(p["q"] == "kabul moscow")
        #expect(p["author"] == "Łukasz")
        #expect(p["empty"] == nil)
        #expect(p["flag"] == nil)
        #expect(p["missing"] == nil)
    }

    @Test(arguments: ["q=%", "q=%4", "q=%GG", "q=%FF", "q=%C5"])
    func refusesMalformedEncoding(query: String) {
        #expect(throws: WebError.self) { try QueryParameters(query) }
    }

    @Test func boundsNumbersAndChoices() throws {
        let p = try QueryParameters("limit=101&offset=3&sort=newest&bad=sideways")
        #expect(throws: WebError.badRequest("'limit' must be a whole number from 1 to 100")) {
            try p.integer("limit", in: 1...100, default: 10)
        }
        #expect(try p.integer("offset", in: 0...10, default: 0) == 3)
        #expect(try p.integer("absent", in: 0...10, default: 7) == 7)
        #expect(throws: WebError.self) { try p.choice("bad", default: SearchSortProbe.relevance) }
        #expect(try p.choice("sort", default: SearchSortProbe.relevance) == .newest)
    }

    @Test func queryStringsRoundTrip() throws {
        let made = QueryString.make([("q", "\"exact phrase\" & more"), ("author", "Łukasz"), ("kind", nil), ("x", "")])
        #expect(made == "?q=%22exact+phrase%22+%26+more&author=%C5%81ukasz")
        let read = try QueryParameters(String(made.dropFirst()))
        #expect(read["q"] == "\"exact phrase\" & more")
        #expect(read["author"] == "Łukasz")
    }

    @Test func tooManyOrTooLongParametersAreRefused() {
        #expect(throws: WebError.self) { try QueryParameters(Array(repeating: "a=1", count: 65).joined(separator: "&")) }
        #expect(throws: WebError.self) { try QueryParameters("q=" + String(repeating: "x", count: 5000)) }
    }
}

enum SearchSortProbe: String, CaseIterable { case relevance, newest }
