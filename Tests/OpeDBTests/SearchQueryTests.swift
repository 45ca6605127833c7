import Testing
@testable import OpeDB

@Suite struct SearchQueryTests {
    @Test(arguments: [
        ("Rabbani", "\"Rabbani\""),
        ("Rabbani's", "\"Rabbani's\""),
        ("C++", "\"C++\""),
        ("Robert');", "\"Robert');\""),
        ("gambl*", "\"gambl\"*"),
        ("\"exact phrase\"", "\"exact phrase\""),
        ("title:kremlin", "title : \"kremlin\""),
        ("TITLE:\"a b\"", "title : \"a b\""),
        ("kabul AND NOT moscow", "\"kabul\" NOT \"moscow\""),
        ("kabul NOT moscow", "\"kabul\" NOT \"moscow\""),
        ("a OR (b c)", "\"a\" OR ( \"b\" \"c\" )"),
        ("NEAR(taliban moscow, 5)", "NEAR(\"taliban\" \"moscow\", 5)"),
        ("Note: Kabul", "(\"Note:\" \"Kabul\") OR \"Note: Kabul\""),
        ("U.S. Scourge", "(\"U.S.\" \"Scourge\") OR \"U.S. Scourge\""),
        ("and or not", "(\"and\" \"or\" \"not\") OR \"and or not\""),
        ("-- & —", ""),
        // FTS5 has no implicit AND next to a group or NEAR: an explicit one is written there.
        ("(kabul OR herat) taliban", "( \"kabul\" OR \"herat\" ) AND \"taliban\""),
        ("taliban (kabul OR herat)", "\"taliban\" AND ( \"kabul\" OR \"herat\" )"),
        ("(a) (b)", "( \"a\" ) AND ( \"b\" )"),
        ("NEAR(a b) c", "NEAR(\"a\" \"b\") AND \"c\""),
        ("c NEAR(a b, 3) d", "\"c\" AND NEAR(\"a\" \"b\", 3) AND \"d\""),
        ("title:(a b) c", "title : ( \"a\" \"b\" ) AND \"c\""),
    ])
    func buildsSafeExpressions(_ input: String, _ expected: String) throws {
        #expect(try SearchQuery(input).expression == expected)
    }

    @Test(arguments: [
        ("\"unbalanced", SearchError.unbalancedQuote),
        ("(a b", .unbalancedParenthesis),
        ("a b)", .unbalancedParenthesis),
        ("AND kabul", .misplacedOperator("AND")),
        ("kabul OR", .misplacedOperator("OR")),
        ("NOT kabul", .misplacedOperator("NOT")),
        ("a OR OR b", .misplacedOperator("OR")),
        ("()", .emptyGroup),
        ("NEAR(a", .unbalancedParenthesis),
        ("NEAR(a b, x)", .malformedNear("'x' is not a distance")),
        ("NEAR(a b, 2147483648)", .malformedNear("the distance can be at most 1000, not 2147483648")),
        ((1...65).map { "w\($0)" }.joined(separator: " "), .tooManyTerms(65)),
        ("NEAR(" + (1...65).map { "w\($0)" }.joined(separator: " ") + ")", .tooManyTerms(65)),
        ("a\u{0}b", .invalidCharacters),
    ])
    func reportsMistakesInPlainWords(_ input: String, _ error: SearchError) {
        #expect(throws: error) { try SearchQuery(input) }
    }
}
