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
        // A role before the name.
        ("Rechtsanwalt Jasna Mirkov", ["Jasna Mirkov"]),
        ("Herald-Experte Jasna Mirkov", ["Jasna Mirkov"]),
        ("Editor Jasna Mirkov", ["Jasna Mirkov"]),
        // An address spelled against spam robots is no name; a login name with digits is one.
        ("wren[at]wrenmouth.example", []),
        ("wren(at)wrenmouth.example", []),
        ("quill1984", ["quill1984"]),
        // A site's address line names a place.
        ("wrenmouth.example, Wrenmouth, Cornwall", []),
    ])
    func personNames(_ raw: String, _ expected: [String]) {
        #expect(HTMLText.personNames(raw) == expected)
    }

    /// Institutions by their legal form or a host name; people not.
    @Test(arguments: [
        ("Wrenmouth Webdienste GmbH", true), ("Bund der Leselampen e.V.", true), ("Fenwick Gazette (www.fenwick.example)", true),
        ("fenwick.example", true), ("Landesanstalt für Moorkunde - LMK", true), ("Orla Quennell", false),
        ("J.R. Hallorann", false), ("Dr. Tamsin Orlow", false), ("Agnes Segal", false),
    ])
    func organisationNames(_ value: String, _ expected: Bool) {
        #expect(HTMLText.isOrganisationName(value) == expected)
    }

    @Test(arguments: [("orla.quennell", true), ("tamsinorlow", true), ("wp-admin2", true), ("Orla Quennell", false), ("Orla", false)])
    func handles(_ value: String, _ expected: Bool) {
        #expect(HTMLText.isHandle(value) == expected)
    }

    /// The site's name printed beside a person's goes; a name that only resembles it stays.
    @Test(arguments: [
        ("Orla Quennell - Wrenherald", "Orla Quennell"), ("Wrenherald | Orla Quennell", "Orla Quennell"),
        ("Orla Quennell Wrenherald", "Orla Quennell"), ("Orla Quennell", "Orla Quennell"),
    ])
    func siteNameBesideAPerson(_ value: String, _ expected: String) {
        #expect(HTMLText.withoutSiteName(value, site: "Wrenherald", host: "wrenherald.example") == expected)
    }
}
