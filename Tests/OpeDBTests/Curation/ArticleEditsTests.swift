import Testing
@testable import OpeDB

/// Corrections over a parse: each field, clearing, and checking what a user typed.
@Suite struct ArticleEditsTests {
    let parsed = ParsedArticle(title: "Parsed Title", kind: "op-ed", subtitle: "A dek.",
                               authors: [ParsedAuthor(name: "Ann Vale", aliases: ["Ann B. Vale"], affiliation: "historian")],
                               publishedOn: "2020-01-02", body: "Text.")

    @Test func correctionsReplaceTheParsedFields() throws {
        let edits = try ArticleEditor.validated(title: "  Right   Title ", subtitle: "", kind: "Analysis", date: "2019-05-03",
                                                authorNames: ["ann vale", "Piet Ruys"])
        let a = edits.applied(to: parsed)
        #expect(a.title == "Right Title")
        #expect(a.subtitle == nil)
        #expect(a.kind == "analysis")
        #expect(a.publishedOn == "2019-05-03")
        // The same person keeps what the notes said of them; a new name starts bare.
        #expect(a.authors == [ParsedAuthor(name: "ann vale", aliases: ["Ann B. Vale"], affiliation: "historian"),
                              ParsedAuthor(name: "Piet Ruys")])
        #expect(a.body == parsed.body)
        #expect(edits.fields == [.title, .subtitle, .kind, .publishedOn, .authors])
    }

    @Test func emptyValuesClear() throws {
        let a = try ArticleEditor.validated(date: "", authorNames: [""]).applied(to: parsed)
        #expect(a.publishedOn == nil)
        #expect(a.authors.isEmpty)
        #expect(try ArticleEditor.validated(kind: "op ed")[.kind] == .some("op-ed"))
        #expect(try ArticleEditor.validated(kind: "news")[.kind] == .some("news"))
    }

    @Test func badValuesAreRefusedByName() {
        #expect(throws: ArticleEditor.Problem.emptyTitle) { try ArticleEditor.validated(title: "  ") }
        #expect(throws: ArticleEditor.Problem.unknownKind("gossip")) { try ArticleEditor.validated(kind: "gossip") }
        #expect(throws: ArticleEditor.Problem.invalidDate("2019-02-30")) { try ArticleEditor.validated(date: "2019-02-30") }
        #expect(throws: ArticleEditor.Problem.invalidDate("May 2019")) { try ArticleEditor.validated(date: "May 2019") }
        #expect(throws: ArticleEditor.Problem.emptyAuthorName) { try ArticleEditor.validated(authorNames: ["Ann Vale", " "]) }
        #expect(throws: ArticleEditor.Problem.unknownField("colour")) { try ArticleEditor.fields(named: ["colour"]) }
        #expect(ArticleEditor.Problem.unknownKind("x").description.contains("analysis"))
    }

    /// Typed values are bounded as tags are (a 100,000-character title was once stored), and
    /// control characters other than line breaks and tabs are refused; the bound is in the message.
    @Test func typedValuesAreBoundedAndPrintable() throws {
        let long = String(repeating: "x", count: 1_001), name = String(repeating: "n", count: 201)
        #expect(throws: ArticleEditor.Problem.tooLong(.title)) { try ArticleEditor.validated(title: long) }
        #expect(throws: ArticleEditor.Problem.tooLong(.subtitle)) { try ArticleEditor.validated(subtitle: long) }
        #expect(throws: ArticleEditor.Problem.tooLong(.authorName)) { try ArticleEditor.validated(authorNames: ["Ann Vale", name]) }
        #expect(ArticleEditor.Problem.tooLong(.title).description == "the title is longer than 1000 characters")
        #expect(ArticleEditor.Problem.tooLong(.authorName).description == "an author name is longer than 200 characters")
        for bad in ["Title\u{7}", "\u{1B}[2JTitle", "A\u{0}B"] {
            #expect(throws: ArticleEditor.Problem.controlCharacter(.title)) { try ArticleEditor.validated(title: bad) }
            #expect(throws: ArticleEditor.Problem.controlCharacter(.subtitle)) { try ArticleEditor.validated(subtitle: bad) }
            #expect(throws: ArticleEditor.Problem.controlCharacter(.authorName)) { try ArticleEditor.validated(authorNames: [bad]) }
        }
        // At the bound, and with line breaks (collapsed like other whitespace), values pass.
        #expect(try ArticleEditor.validated(title: String(long.dropFirst()))[.title] == .some(String(long.dropFirst())))
        #expect(try ArticleEditor.validated(title: "Two\nlines\tand a tab")[.title] == .some("Two lines and a tab"))
        #expect(try ArticleEditor.validated(authorNames: [String(name.dropFirst())]).authors == [String(name.dropFirst())])
        // A correction in front matter past the bound is dropped with a warning, as one that could not be typed.
        var edits = ArticleEdits()
        edits[.title] = .some(long)
        let checked = ArticleEditor.checked(edits)
        #expect(checked.edits.isEmpty && checked.warnings.first?.contains("longer than 1000 characters") == true)
    }

    @Test func fieldsGoByTheirUserNames() throws {
        #expect(try ArticleEditor.fields(named: ["date", "author", "published_on", "Title"]) == [.publishedOn, .authors, .publishedOn, .title])
    }

    @Test func tagsFoldCaseAndAccents() throws {
        #expect(try TagName("  Café   Culture ").display == "Café Culture")
        #expect(try TagName("Café Culture").key == (try TagName("cafe culture")).key)
        #expect(throws: TagName.Problem.empty) { try TagName(" \n ") }
        #expect(throws: TagName.Problem.self) { try TagName("a\u{1B}b") }
        #expect(throws: TagName.Problem.self) { try TagName(String(repeating: "x", count: 101)) }
    }
}
