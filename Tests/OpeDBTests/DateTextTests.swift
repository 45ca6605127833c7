import Testing
@testable import OpeDB

/// Dates as pages print them near a headline, in the languages of the web.
@Suite struct DateTextTests {
    @Test(arguments: [
        ("2019-10-21", "2019-10-21"),
        ("Veröffentlicht am 21.10.2019", "2019-10-21"),
        ("21 octobre 2019", "2019-10-21"),
        ("October 21, 2019", "2019-10-21"),
        // A two-digit year, as German pages shorten it.
        ("Von: Halvard Moen | 31.10.23", "2023-10-31"),
        ("23.09.22", "2022-09-23"),
        // A short year run into the time of the next element; a four-digit year with its time.
        ("Erstellt 28.09.1912:44", "2019-09-28"),
        ("28.09.2019 12:44", "2019-09-28"),
        // A dotted version number is no date.
        ("Version 1.10.23.4", nil),
        ("Release 2.1.10.23", nil),
    ] as [(String, String?)])
    func findsTheDate(_ text: String, _ expected: String?) {
        #expect(DateText.find(text) == expected)
    }
}
