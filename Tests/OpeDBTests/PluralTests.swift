import Testing
@testable import OpeDB

/// Counts agree with their nouns ("wrote 1 files" was printed once).
@Suite struct PluralTests {
    @Test func oneIsSingularEverythingElsePlural() {
        #expect(Plural.phrase(1, "file") == "1 file")
        #expect(Plural.phrase(0, "file") == "0 files")
        #expect(Plural.phrase(2, "article") == "2 articles")
        #expect(Plural.phrase(3, "entry", "entries") == "3 entries")
        #expect(Plural.phrase(1, "entry", "entries") == "1 entry")
    }
}
