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
        ("a\u{0}b", .invalidCharacters),
    ])
    func reportsMistakesInPlainWords(_ input: String, _ error: SearchError) {
        #expect(throws: error) { try SearchQuery(input) }
    }
}
