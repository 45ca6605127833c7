import Testing
@testable import OpeDB

/// Citations: names split for reference managers, keys unique, TeX's specials escaped.
@Suite struct CitationTests {
    @Test(arguments: [
        ("Artemy M. Kalinovsky", "Artemy M.", "Kalinovsky", nil, false),
        ("Jan van der Berg", "Jan", "van der Berg", nil, false),
        ("Martin Luther King Jr.", "Martin Luther", "King", "Jr.", false),
        ("Łukasz Żółtowski", "Łukasz", "Żółtowski", nil, false),
        ("Reuters", nil, "Reuters", nil, true),
        ("Research and Policy Unit", nil, "Research and Policy Unit", nil, true),
    ] as [(String, String?, String, String?, Bool)])
    func namesSplit(name: String, given: String?, family: String, suffix: String?, literal: Bool) {
        let n = Citation.Name(name)
        #expect(n.given == given && n.family == family && n.suffix == suffix && n.isLiteral == literal)
    }

    @Test func texSpecialsAreEscapedAndBracesBalance() {
        let escaped = BibTeXWriter.escape("A {b} & 50% $5 #1 a_b \\ ~ ^ Ünï")
        #expect(escaped == "A \\{b\\} \\& 50\\% \\$5 \\#1 a\\_b \\textbackslash{} \\textasciitilde{} \\textasciicircum{} Ünï")
        #expect(BibTeXWriter.escape("}{").filter { $0 == "{" }.count == BibTeXWriter.escape("}{").filter { $0 == "}" }.count)
        #expect(BibTeXWriter.name(Citation.Name("Research and Policy Unit")) == "{Research and Policy Unit}")
        #expect(BibTeXWriter.name(Citation.Name("Martin Luther King Jr.")) == "King, Jr., Martin Luther")
    }

    @Test func keysAreUniqueWithinOneOutput() {
        var record = CurationFrontMatterTests.record()
        record.title = "The Tides of 2020"
        record.authors = [.init(id: 1, name: "Zoë Ångström", bylineName: "Zoë Ångström", affiliation: nil)]
        var keys = Citation.KeyMaker()
        let made = (0..<3).map { _ in keys.citation(for: record).key }
        #expect(made == ["angstrom2020tides", "angstrom2020tides2", "angstrom2020tides3"])
        record.authors = []
        record.publishedOn = nil
        #expect(Citation.baseKey(record) == "article" + "nd" + "tides")
    }

    /// `cite 1 1 1 …` (or many articles sharing a key) once tried every earlier suffix for each
    /// new key: 2,000 citations took two million probes. Each now starts past the last suffix.
    @Test func sharedKeysCostOneProbeEach() {
        var record = CurationFrontMatterTests.record()
        record.title = "The Tides of 2020"
        var keys = Citation.KeyMaker()
        let made = (0..<2_000).map { _ in keys.citation(for: record).key }
        #expect(Set(made).count == 2_000 && made[1999].hasSuffix("2000"))
        #expect(keys.probes < 4_000, "\(keys.probes)")
        // A base key that is another's suffixed key is still never given twice.
        var other = Citation.KeyMaker()
        let first = other.citation(for: record).key
        record.title = "The Tides2 of 2020"
        let second = other.citation(for: record).key
        record.title = "The Tides of 2020"
        let third = other.citation(for: record).key
        #expect(Set([first, second, third]).count == 3 && third == first + "3", "\(first) \(second) \(third)")
    }

    @Test func everyFormatCarriesTheAccessDate() throws {
        var record = CurationFrontMatterTests.record()
        record.url = "https://example.org/tides"
        let citation = Citation(record, key: "k")
        #expect(citation.accessed == "2026-11-30")
        #expect(BibTeXWriter.entry(citation).contains("urldate = {2026-11-30}"))
        #expect(RISWriter.record(citation).contains("Y2  - 2026/11/30\n"))
        #expect(RISWriter.record(citation).hasSuffix("ER  - \n"))
        #expect(try CSLJSONWriter.line(citation).contains("\"accessed\":{\"date-parts\":[[2026,11,30]]}"))
        #expect(try Citation.Format.cslJSON.render([]) == "[\n]\n")
    }
}
