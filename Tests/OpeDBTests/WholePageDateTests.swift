import Testing
@testable import OpeDB

/// The date of a whole page from the lines around its headline.
@Suite struct WholePageDateTests {
    private let prose = TestSupport.wholePageProse

    private func page(_ after: [String], end: [String] = []) -> String {
        return TestSupport.wholePage(["# Why the tide tables survived"] + after + [prose, prose, prose] + end)
    }

    @Test(arguments: [
        ("  * 31.03.2020 ", "2020-03-31"),
        ("#####  __[ 17\\. Februar 2020 ](https://tidewatch.example/kontakt/)", "2020-02-17"),
        ("[Fenna Brookhart](/author/fenna),  [ 03.11.2023 15:32 Uhr ](/archiv/2023/11/03/)", "2023-11-03"),
        // A blog's published and updated times, glued by the converter: the first is the post's.
        ("[November 26, 2017November 30, 2017](https://tidewatch.example/2017/11/26/tides/) [fenna](https://tidewatch.example/author/fenna/)", "2017-11-26"),
        ("[26.11.201730.11.2017](https://tidewatch.example/tides/)", "2017-11-26"),
    ])
    func aDateLineBesideTheHeadline(_ line: String, _ iso: String) throws {
        #expect(try TestSupport.parse(page([line])).publishedOn == iso)
    }

    /// An update's date the header kept gives way to the published date beside the headline.
    @Test func aPublishedDateOutranksAnUpdatesInTheHeader() throws {
        let article = try TestSupport.parse(page(["- January 28, 2018 - Share it", "Updated: August 22, 2019"]))
        #expect(article.publishedOn == "2018-01-28")
    }

    @Test func gluedDatesAreSplitAtTheMiddle() {
        #expect(WholePageDate.gluedDates("November 26, 2017November 26, 2017")?.0.iso == "2017-11-26")
        #expect(WholePageDate.gluedDates("November 26, 2017 November 26, 2017") == nil)
        #expect(WholePageDate.gluedDates("Tide tables from 2017") == nil)
    }

    /// The date in the page's address outranks a date line.
    @Test func theAddressesDate() throws {
        let linked = page(["[Why the tide tables survived](https://tidewatch.example/2024/05/03/tides/)", "Updated 7 June 2024"])
        #expect(try TestSupport.parse(linked.replacingOccurrences(of: "# Why the tide tables survived\n",
                                                                   with: "# [Why the tide tables survived](https://tidewatch.example/2024/05/03/tides/)\n")).publishedOn == "2024-05-03")
    }

    private let far = (1...16).map { "Paragraph \($0) of a long text about tides, the harbour and the clerk who kept the tables for the town." }

    /// Far below the headline, a date line counts when it is the page's only date: not beside
    /// another date line, a teaser's linked title, or as a phrase that cites a date.
    @Test func aFarDateLineWhenItIsTheOnlyOne() throws {
        #expect(try TestSupport.parse(page(far, end: ["Erschienen am: 31.03.2020"])).publishedOn == "2020-03-31")
        #expect(try TestSupport.parse(page(far, end: ["31.03.2020", "02.04.2020"])).publishedOn == nil)
        #expect(try TestSupport.parse(page(far, end: ["[The pilots' strike](https://tidewatch.example/strike/) 31.03.2020"])).publishedOn == nil)
        #expect(try TestSupport.parse(page(far, end: ["On the anniversary of 11 September 2001"])).publishedOn == nil)
    }

    /// Above the headline, far from it, a date line is the day the page was saved (a site's header).
    @Test func aFarDateAboveTheHeadlineIsNot() throws {
        let header = ["Mittwoch, 8. Juli 2020"] + (1...8).map { "[Section \($0)](https://tidewatch.example/x\($0)/)" }
        let text = TestSupport.wholePage(header + ["# Why the tide tables survived"] + far + [prose, prose, prose])
        #expect(try TestSupport.parse(text).publishedOn == nil)
    }
}
