import Testing
@testable import OpeDB

@Suite struct BylineScriptsAndCredentialsTests {
    @Test(arguments: [
        ("By 王小明", ["王小明"]),
        ("By Σοφία Παπαδοπούλου", ["Σοφία Παπαδοπούλου"]),
        ("Written by Rachael Link, MS, RD", ["Rachael Link"]),
        ("By Dr. Helena Marsh, PhD", ["Helena Marsh"]),
        ("By Jane Doe, Staff Writer", ["Jane Doe"]),
        ("By Martin Luther King, Jr.", ["Martin Luther King, Jr."]),
        ("By Ann Lee and Bo Kim", ["Ann Lee", "Bo Kim"]),
        // A social handle beside the name (glued by a converter, or not) is not part of it.
        ("By [Ann Lee](https://tides.example/author/ann-lee/)[@annlee](https://social.example/annlee)", ["Ann Lee"]),
        ("By Ann Lee @ann_lee", ["Ann Lee"]),
        // A job title glued on without its comma, and a date's connector left without its date.
        ("By [Ann Lee](https://tides.example/people/ann-lee)Staff Writer", ["Ann Lee"]),
        ("By [Ann Lee](https://tides.example/author/ann-lee) on", ["Ann Lee"]),
        ("By Ann Writer", ["Ann Writer"]),
    ])
    func readsNames(_ line: String, _ names: [String]) {
        #expect(BylineParser.parse(line)?.names == names)
    }

    /// Bylines opened as pages in other languages open them: the openers ``VisibleByline`` knows.
    @Test(arguments: [
        ("Von Carla Weidmann", ["Carla Weidmann"]),
        ("**Von Carla Weidmann und Timo Hass**", ["Carla Weidmann", "Timo Hass"]),
        ("*Par Anne-Sophie Valet*", ["Anne-Sophie Valet"]),
        ("Von Carla Weidmann, Timo Hass und Ida Lenz, NDR", ["Carla Weidmann", "Timo Hass", "Ida Lenz"]),
        ("Por Rosa Ibáñez del Campo", ["Rosa Ibáñez del Campo"]),
        ("Erstellt von Olaf Brinck am 3. Mai 2021", ["Olaf Brinck"]),
        ("*Text von Lene Maurer    Illustration von Paul Tanner*", ["Lene Maurer"]),
    ])
    func readsBylinesInOtherLanguages(_ line: String, _ names: [String]) {
        #expect(BylineParser.parse(line)?.names == names)
    }

    /// `Von`, `Par`, `Por` and `Di` also open sentences and headings: only full names make a byline.
    @Test(arguments: ["Von Berlin aus fuhr der Zug weiter.", "Por Dios", "Por qué Argentina perdió la final",
                      "Von Anfang an war klar, dass es teuer wird.", "Di Maio said the coalition would hold."])
    func sentencesInOtherLanguagesAreNotBylines(_ line: String) {
        #expect(BylineParser.parse(line) == nil)
    }

    @Test func onADateAfterABylineInAnotherLanguage() {
        #expect(BylineParser.parse("Erstellt von Olaf Brinck am 3. Mai 2021")?.date?.iso == "2021-05-03")
        #expect(BylineParser.parse("Posted by Olaf Brinck on 5 April 2015")?.date?.iso == "2015-04-05")
        #expect(BylineParser.parse("Von Olaf Brinck")?.date == nil)
    }

    @Test func onADateInsideTheByline() {
        let byline = BylineParser.parse("Written by Rachael Link, MS, RD on November 14, 2019")
        #expect(byline?.names == ["Rachael Link"])
        #expect(byline?.date?.iso == "2019-11-14")
    }

    @Test(arguments: ["By 1998, Rabbani was turning to Russia for arms.", "by the time it ended, nobody cared",
                      "Bystanders said nothing", "By the numbers: 42"])
    func sentencesAreNotBylines(_ line: String) {
        #expect(BylineParser.parse(line) == nil)
    }
}
