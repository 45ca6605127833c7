import Testing
@testable import OpeDB

/// Author values as pages declare them, reduced to people's names.
@Suite struct HTMLTextTests {
    @Test(arguments: [
        ("Orla Quennell", ["Orla Quennell"]),
        (": Orla Quennell", ["Orla Quennell"]),
        ("~ Orla Quennell", ["Orla Quennell"]),
        ("AuthorOrla Quennell", ["Orla Quennell"]),
        ("Author Orla Quennell", ["Orla Quennell"]),
        ("Orla Quennell Chefredakteurin", ["Orla Quennell"]),
        ("Orla Quennell, Editor", ["Orla Quennell"]),
        // Two words stay: a role word may be a surname.
        ("Dana Reporter", ["Dana Reporter"]),
        ("Byron Ashdown", ["Byron Ashdown"]),
        ("Vonda Kessel", ["Vonda Kessel"]),
        ("https://wrenmouth.example/staff/orla", []),
        ("Eingestellt von Wenke Adlung", ["Wenke Adlung"]),
        ("Interview: Jasna Mirkov", ["Jasna Mirkov"]),
    ])
    func personNames(_ raw: String, _ expected: [String]) {
        #expect(HTMLText.personNames(raw) == expected)
    }
}
