import Testing
@testable import OpeDB

/// The curation front matter reads back exactly what was written, whatever the text holds.
@Suite struct CurationFrontMatterTests {
    static func record() -> ArticleRecord {
        ArticleRecord(id: 7, title: "Tides", subtitle: nil, kind: "news", publishedOn: "2020-01-02", url: nil, publication: nil,
                      authors: [], imageCredit: nil, body: "The tide came in.", wordCount: 4, related: [], quotes: [],
                      authorNotes: [], books: [], mentions: [], disclaimer: nil, sourcePath: nil,
                      addedAt: "2026-11-30T08:00:00Z", updatedAt: "2026-11-30T08:00:00Z")
    }

    @Test func everyPartReadsBackExactly() throws {
        var edits = ArticleEdits()
        edits[.title] = .some("Title: with \"quotes\", {braces} & 50% — and ünïcödé")
        edits[.subtitle] = .some(nil)
        edits[.publishedOn] = .some("2019-05-03")
        edits.setAuthors(["Zoë Ångström", "Jan van der Berg"])
        let curation = ArticleCuration(
            tags: ["Labour, Ports", "#hash", "yes", "null", "- dash", "Ümlaut: colon"], edits: edits,
            authors: [.init(byline: "A. M. Kalinovsky", name: "Artemy Kalinovsky", spellings: ["Artemy Kalinovsky", "A. M. Kalinovsky"])],
            addedAt: "2026-11-30T08:00:00Z")
        let text = MarkdownWriter.render(Self.record(), curation: curation)
        #expect(text.hasPrefix("---\n"))
        #expect(CurationFrontMatter.read(text) == curation)
        // The article itself reads as it did without the front matter.
        #expect(try ArticleParser().parse(text: text).title == "Tides")
        #expect(try ArticleParser().parse(text: text).body == "The tide came in.")
    }

    @Test func clearedAuthorsReadBackCleared() throws {
        var edits = ArticleEdits()
        edits.setAuthors([])
        let curation = ArticleCuration(edits: edits)
        #expect(CurationFrontMatter.read(MarkdownWriter.render(Self.record(), curation: curation)) == curation)
    }

    @Test func nothingToCarryWritesNothing() {
        #expect(!MarkdownWriter.render(Self.record()).hasPrefix("---"))
        #expect(CurationFrontMatter.read(MarkdownWriter.render(Self.record())) == nil)
    }

    /// Other tools' tags: a YAML list, one comma-separated string, TOML.
    @Test(arguments: [
        ("---\ntags: [ferries, budget]\n---\n# T\n\nText.", ["ferries", "budget"]),
        ("---\ntags: ferries, budget\n---\n# T\n\nText.", ["ferries", "budget"]),
        ("---\ntags:\n  - clippings\n---\n# T\n\nText.", ["clippings"]),
        ("+++\ntags = [\"rail\", \"europe\"]\n+++\n# T\n\nText.", ["rail", "europe"]),
        ("Title: T\nTags: a, b\n\nText.", []),
        ("# T\n\nTags: a, b", []),
    ])
    func tagsFromOtherTools(text: String, tags: [String]) {
        #expect(CurationFrontMatter.read(text)?.tags ?? [] == tags)
    }

    @Test func malformedCurationIsIgnoredNotFatal() {
        let text = "---\nopedb:\n  added: yesterday\n  edited: [title]\n  authors: {byline: x}\n---\n# T\n\nText."
        #expect(CurationFrontMatter.read(text) == nil)
    }
}
