import Testing
@testable import OpeDB

/// Bylines as pages print them: the names, without the words and dates around them.
@Suite struct VisibleBylineTests {
    @Test(arguments: [
        ("By Orla Quennell", true, ["Orla Quennell"]),
        ("Von Jonte Wahlberg und Mira Oksanen | 3. Mai 2021", true, ["Jonte Wahlberg", "Mira Oksanen"]),
        // A capitalised particle belongs to the name; the lowercase word before a date does not.
        ("Par Aimé Le Goff le 3 mars 2020", true, ["Aimé Le Goff"]),
        ("Por Lucía El Haddad el 4 de mayo", true, ["Lucía El Haddad"]),
        // The weekday or month before the date is cut with the date.
        ("Tobias Quandt Fr, 13. März 2020", false, ["Tobias Quandt"]),
        ("Selma Wirtanen Do 9 Apr 2020", false, ["Selma Wirtanen"]),
        ("Posted by Gus Hallorann on May 3", true, ["Gus Hallorann"]),
        ("Ivo Marsh wrote this", true, []),
        ("Eingestellt von Wenke Adlung um 10:14", true, ["Wenke Adlung"]),
        ("Interview: Jasna Mirkov", true, ["Jasna Mirkov"]),
        // The label without its name, a month alone: nobody.
        ("Rezept von", false, []),
        ("Dezember", false, []),
    ])
    func readsNames(_ text: String, _ requireOpener: Bool, _ expected: [String]) {
        #expect(VisibleByline.names(in: text, requireOpener: requireOpener) == expected)
    }
}
