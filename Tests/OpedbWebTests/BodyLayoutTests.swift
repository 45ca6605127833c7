@testable import OpedbWeb
import Testing

@Suite struct BodyLayoutTests {
    @Test func subheadingsListsAndParagraphs() {
        let body = """
            Negotiators announced the quotas late on Friday. That misses the point.

            The cod line moves north

            For the first time, the boundary follows the water temperature.

            - coastal cod in the north
            - herring in the fjords

            Enforcement goes digital
            """
        #expect(BodyLayout.blocks(body) == [
            .paragraph("Negotiators announced the quotas late on Friday. That misses the point."),
            .subheading("The cod line moves north"),
            .paragraph("For the first time, the boundary follows the water temperature."),
            .list(["coastal cod in the north", "herring in the fjords"]),
            // The last paragraph is never a subheading: nothing follows it.
            .paragraph("Enforcement goes digital"),
        ])
    }

    @Test(arguments: ["It ended.", "What now?", "a lowercase start", "\"A quoted line\"",
                      "A line that runs on for far too many words to be any kind of heading at all"])
    func notSubheadings(text: String) {
        #expect(!BodyLayout.isSubheading(text))
    }
}
