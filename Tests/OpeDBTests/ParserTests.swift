import Foundation
import CDigest
import Testing
@testable import OpeDB

@Suite struct DateParserTests {
    @Test(arguments: [
        ("May 08, 2017", "2017-05-08", false),
        ("May 8, 2017", "2017-05-08", false),
        ("8 May 2017", "2017-05-08", false),
        ("2017-05-08", "2017-05-08", false),
        ("Updated: July 27, 2021", "2021-07-27", true),
        ("Jan. 5, 2020", "2020-01-05", false),
        ("Sept. 3, 2019", "2019-09-03", false),
        ("Monday, March 2, 2020", "2020-03-02", false),
        ("February 29, 2020, 10:32 am", "2020-02-29", false),
        ("**Published: 3 Oct 2021**", "2021-10-03", false),
    ])
    func readsDates(_ input: String, _ iso: String, _ isUpdate: Bool) {
        #expect(DateParser.parseLine(input) == DateParser.Found(iso: iso, isUpdate: isUpdate))
    }

    @Test(arguments: ["February 30, 2021", "May 8, 2017 was the day it all began", "Maybe 8, 2017", "2017-13-01", "By 1998, Rabbani"])
    func refusesNonDates(_ input: String) {
        #expect(DateParser.parseLine(input) == nil)
    }

    @Test func findsTheDateInAURL() {
        #expect(DateParser.dateInURL("https://x.com/2017/05/08/story") == "2017-05-08")
        #expect(DateParser.dateInURL("https://x.com/story-2017") == nil)
    }
}

@Suite struct BylineParserTests {
    @Test(arguments: [
        ("By [Artemy Kalinovsky](#)", ["Artemy Kalinovsky"]),
        ("By [A One](#) and [B Two](#)", ["A One", "B Two"]),
        ("By [A One](#), [B Two](#) and [C Three](#)", ["A One", "B Two", "C Three"]),
        ("By Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
        ("**By Zoë Ångström**", ["Zoë Ångström"]),
        ("By Martin Luther King, Jr.", ["Martin Luther King, Jr."]),
        ("By Jane Doe, Staff Writer", ["Jane Doe"]),
    ])
    func readsBylines(_ input: String, _ names: [String]) {
        #expect(BylineParser.parse(input)?.names == names)
    }

    @Test func takesADateAfterASeparator() {
        let byline = BylineParser.parse("By Jane Doe | May 8, 2017")
        #expect(byline?.names == ["Jane Doe"])
        #expect(byline?.date?.iso == "2017-05-08")
    }

    @Test(arguments: ["By 1998, Rabbani was turning to Russia for arms.", "by the time the war ended, nobody cared", "Bystanders said nothing"])
    func bodySentencesAreNotBylines(_ input: String) {
        #expect(BylineParser.parse(input) == nil)
    }
}

@Suite struct BookCitationTests {
    @Test func splitsTheGroupAtItsLastComma() {
        let group = BookCitationParser.parseGroup("Farrar, Straus and Giroux, 2019")
        #expect(group == .init(publisher: "Farrar, Straus and Giroux", year: 2019, forthcoming: false))
        #expect(BookCitationParser.parseGroup("Cornell University Press, forthcoming")
            == .init(publisher: "Cornell University Press", year: nil, forthcoming: true))
        #expect(BookCitationParser.parseGroup("1998–2003") == nil)
    }

    @Test func keepsCommasAndAndInsideTitles() {
        let note = "He is the author of A Long Road: War, Peace, and the Rest (Harbour Press, 2011) and Short Days (Quay Books, forthcoming)."
        let books = BookCitationParser.parse(note, author: "X")
        #expect(books.map(\.title) == ["A Long Road", "Short Days"])
        #expect(books.first?.subtitle == "War, Peace, and the Rest")
    }

    @Test func readsEditorsAndMostRecently() {
        let note = "She is the editor of Tides (Sea Press, 2001) and the author of several books, most recently, Currents (Sea Press, 2020)."
        let books = BookCitationParser.parse(note, author: "Y")
        #expect(books.map(\.title) == ["Tides", "Currents"])
        #expect(books.map(\.role) == [.editor, .author])
    }

    @Test func ignoresParenthesesWithoutACue() {
        #expect(BookCitationParser.parse("Jane Doe (2011) lives in Oslo (Norway, 2020).", author: "Jane Doe").isEmpty)
    }
}

@Suite struct TextTests {
    @Test func foldsCaseAndDiacritics() {
        #expect("Novák".folded == "novak")
        #expect("ŁUKASZ Żółtowski".folded == "lukasz zoltowski")
        #expect("Straße".folded == "strasse")
        #expect("e\u{301}".folded == "e")
    }

    @Test func inlineMarkupBecomesPlainText() {
        #expect(Inline.plainText("an [editorial](#) in the **[New York Times](https://x)**") == "an editorial in the New York Times")
        #expect(Inline.plainText("snake_case stays, _emphasis_ goes, 5 * 3 stays") == "snake_case stays, emphasis goes, 5 * 3 stays")
        #expect(Inline.plainText("![a photo](x.jpg) caption &amp; more \\*literal\\*") == "caption & more *literal*")
        #expect(Inline.links(in: "see [A](#) and [B [nested]](x)").map(\.text) == ["A", "B [nested]"])
    }

    @Test func hostileMarkupIsHandledInOnePass() {
        let brackets = String(repeating: "[", count: 50_000) + "x"
        #expect(Inline.plainText(brackets).count == 50_001)
        let stars = String(repeating: "*", count: 50_000)
        #expect(Inline.plainText("a " + stars + " b") == "a " + stars + " b")
        let nested = String(repeating: "[", count: 5_000) + "t" + String(repeating: "](#)", count: 5_000)
        #expect(Inline.plainText(nested) == "t")
    }

    @Test func personNamesMatchAcrossMiddleInitials() {
        #expect(PersonName("Artemy M. Kalinovsky").matches(PersonName("Artemy Kalinovsky")))
        #expect(PersonName("Jiri Novak").matches(PersonName("Jiří Novák")))
        #expect(!PersonName("Kenji C. Novikov").matches(PersonName("Kenji R. Novikov")))
        #expect(PersonName("Anna van der Berg").sortKey == "van der berg anna")
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Array(repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(long) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(SHA256.hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// The accelerated path (SHA-NI where the CPU has it) must agree with the portable C on every
    /// padding case: lengths around the 55/56/64-byte block boundaries and beyond.
    @Test func sha256AcceleratedMatchesPortable() {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<300 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            var fast = [UInt8](repeating: 0, count: 32)
            var portable = [UInt8](repeating: 0, count: 32)
            opedb_sha256(bytes, bytes.count, &fast)
            opedb_sha256_portable(bytes, bytes.count, &portable)
            #expect(fast == portable, "length \(length)")
        }
    }

    /// A field added to ParsedArticle must be added to the fingerprint, or `reparse` would miss
    /// changes to it; and every field already there must move the fingerprint.
    @Test func fingerprintCoversEveryExtractedField() {
        let base = ParsedArticle(title: "T", kind: "op-ed", subtitle: "S", authors: [ParsedAuthor(name: "A B")],
                                 publishedOn: "2020-01-02", imageCredit: "C", url: "https://x.test/a",
                                 publication: "P", domain: "x.test", related: ["R"], quotes: ["Q"],
                                 notes: [AuthorNote(author: "A B", text: "N")], books: [CitedBook(title: "B")],
                                 mentions: ["M"], disclaimer: "D", body: "Body", wordCount: 1, warnings: ["w"])
        #expect(Mirror(reflecting: base).children.count == ParsedArticle.fingerprintedFieldCount + 1)
        let changes: [(inout ParsedArticle) -> Void] = [
            { $0.title = "U" }, { $0.kind = "news" }, { $0.subtitle = nil }, { $0.authors[0].aliases = ["A. B"] },
            { $0.authors[0].affiliation = "Uni" }, { $0.publishedOn = nil }, { $0.dateIsUpdate = true },
            { $0.imageCredit = "D" }, { $0.url = nil }, { $0.publication = "Q" }, { $0.domain = nil },
            { $0.related = [] }, { $0.quotes = ["Q", "R"] }, { $0.notes[0].author = nil }, { $0.books[0].year = 2001 },
            { $0.books[0].role = .editor }, { $0.mentions = [] }, { $0.disclaimer = nil }, { $0.body = "Body." },
            { $0.wordCount = 2 }, { $0.subtitle = ""; $0.title = "T" },
        ]
        var seen: Set<String> = [base.fingerprint]
        for change in changes {
            var changed = base
            change(&changed)
            #expect(seen.insert(changed.fingerprint).inserted)
        }
        var warned = base
        warned.warnings = []
        #expect(warned.fingerprint == base.fingerprint)
    }

    @Test func contentHashIgnoresLineEndings() {
        #expect(ContentHash.of("a\r\nb  \r\n") == ContentHash.of("a\nb\n"))
        #expect(ContentHash.of("a\nb") != ContentHash.of("a\nc"))
    }

    @Test func titleKeysIgnoreQuotesDashesAndMarkers() {
        #expect(TitleKey.make("The Taliban Wants Closer Ties With Moscow to Rid Afghanistan of 'U.S. Scourge'")
            == TitleKey.make("The Taliban Wants Closer Ties with Moscow to Rid Afghanistan of “U.S. Scourge” (Op-ed)"))
        #expect(TitleKey.make("Moscow–Kabul") == TitleKey.make("moscow - kabul"))
    }

    /// The byte path for ASCII titles must give exactly the keys the Character path gives
    /// (stored keys of older archives were made by the latter).
    @Test func asciiTitleKeysMatchTheGeneralPath() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZ09 .'\"`-_,;:!?()[]\t\r\n#&/".utf8)
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...24, using: &generator)
            let title = String(decoding: (0..<length).map { _ in alphabet.randomElement(using: &generator)! }, as: UTF8.self)
            #expect(TitleKey.asciiKey(title) == TitleKey.characterKey(title), "\(title.debugDescription)")
        }
        #expect(TitleKey.asciiKey("Café") == nil)
    }

    /// The byte loop against a plain definition over Unicode scalars, on random mixed text.
    @Test func wordCountMatchesItsDefinition() {
        func reference(_ text: String) -> Int {
            let isWord = { (run: Substring.UnicodeScalarView) in run.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil } }
            // Each Chinese or Japanese character is a word; so is each run between them with a letter or digit.
            return text.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }).reduce(0) { count, token in
                count + token.filter(WordCount.isCJK).count + token.split(whereSeparator: WordCount.isCJK).filter(isWord).count
            }
        }
        let pieces = ["word", " ", "\t", "\n", "—", "–", "\u{A0}", "\u{2003}", "Ünï", "日本", "ひらがな", "：“", "٣", "😀", "e\u{301}", ".", "42", "--"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(WordCount.of(text) == reference(text), "\(text.debugDescription)")
        }
    }

    @Test func eitherOfTwoWordsIsFoundIgnoringCase() {
        #expect("The views EXPRESSED here".containsEitherASCIIIgnoringCase("necessarily", "expressed"))
        #expect("do not Necessarily reflect".containsEitherASCIIIgnoringCase("necessarily", "expressed"))
        #expect(!"necessar expresse".containsEitherASCIIIgnoringCase("necessarily", "expressed"))
        #expect(!"".containsEitherASCIIIgnoringCase("necessarily", "expressed"))
        #expect("…expressed".containsEitherASCIIIgnoringCase("necessarily", "expressed"))
    }

    /// Without a heading the first line is the title — the first with a word: a line of marks
    /// (html2text's `__` for an icon) is none.
    @Test func theTitleIsTheFirstLineWithAWord() throws {
        let article = try ArticleParser().parse(text: "__\n\n**\n\nWhy the tide tables survived\n\nThe clerk printed them every winter.\n")
        #expect(article.title == "Why the tide tables survived")
        #expect(article.body == "The clerk printed them every winter.")
    }

    @Test func wordCountOfKnownTexts() {
        let ascii = "It's 9 a.m. -- and  the  \t end.\n(x) __ 3%"
        #expect(WordCount.of(ascii) == 8)
        // A trailing dash is no word: the non-ASCII scalar is decoded and changes nothing.
        #expect(WordCount.of(ascii + " —") == 8)
        #expect(WordCount.of("— Ünïcode words — 12") == 3)
        #expect(WordCount.of("") == 0)
        // Chinese and Japanese, written without spaces: a word per character.
        #expect(WordCount.of("益阳：“数字”是优长") == 7)
        #expect(WordCount.of("日本 word") == 3)
    }
}

@Suite struct DecodingTests {
    /// A few stray NULs in UTF-8 text (converters keep those of the page) are dropped with a
    /// warning; many, or NULs in what is not UTF-8, are a binary file.
    @Test func strayNULsInTextAreDropped() throws {
        var text = Array("# Tide tables survive\n\n\(String(repeating: TestSupport.prose + " ", count: 4))\n".utf8)
        text.insert(0, at: text.count - 20)
        let source = try ArticleSource.read(text)
        #expect(source.warnings.contains("1 NUL byte dropped from the text"))
        let article = try ArticleParser().parse(bytes: text)
        #expect(article.title == "Tide tables survive")
        #expect(!article.body.contains("\0"))
        var latin = text
        latin.append(0xE9)  // not UTF-8: a NUL then says binary
        #expect(throws: ParseError.binary) { try ArticleParser().parse(bytes: latin) }
    }

    @Test func refusesWhatIsNotText() {
        #expect(throws: ParseError.empty) { try ArticleParser().parse(bytes: []) }
        #expect(throws: ParseError.blank) { try ArticleParser().parse(bytes: Array(" \n\t\r\n ".utf8)) }
        #expect(throws: ParseError.binary) { try ArticleParser().parse(bytes: [0x23, 0x20, 0x41, 0x00, 0x42]) }
        // 0x81 is undefined in Windows-1252 and invalid in UTF-8.
        #expect(throws: ParseError.undecodable) { try ArticleParser().parse(bytes: [0x41, 0x81, 0x42]) }
    }

    @Test func readsUTF16WithABOM() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "# Título\n\nCuerpo.".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try ArticleParser().parse(bytes: bytes).title == "Título")
    }

    @Test func oldMacLineEndingsAndNoTrailingNewline() throws {
        let article = try TestSupport.parse("# T\r\rBy Jane Doe\r\rFirst line\rsecond line.")
        #expect(article.authors.map(\.name) == ["Jane Doe"])
        #expect(article.body == "First line second line.")
    }
}

@Suite struct ArticleParserTests {
    @Test func kindMarkers() throws {
        for (marker, kind) in [("(Op-ed)", "op-ed"), ("(Opinion)", "opinion"), ("(Editorial)", "editorial"),
                               ("(Analysis)", "analysis"), ("(Interview)", "interview")] {
            let article = try TestSupport.parse("# A Title \(marker)\n\nBody.")
            #expect(article.title == "A Title")
            #expect(article.kind == kind)
        }
        #expect(try TestSupport.parse("# Plain (2019)\n\nBody.").title == "Plain (2019)")
    }

    @Test func disclaimerIsNeverANote() throws {
        let article = try TestSupport.parse("""
            # T

            By Jane Doe

            Body text.

            *Jane Doe is a writer.*

            *The views expressed in opinion pieces do not necessarily reflect the position of The Daily Lantern.*
            """)
        #expect(article.notes.count == 1)
        #expect(article.publication == "The Daily Lantern")
        #expect(article.kind == "op-ed")
    }

    @Test func repairJoinsOnlyMidSentenceBreaks() {
        #expect(BodyZone.repairBreaks(["It was not", "entirely true."]) == ["It was not entirely true."])
        #expect(BodyZone.repairBreaks(["A heading without a period", "Then a sentence."]).count == 2)
        #expect(BodyZone.repairBreaks(["Done.", "lowercase start."]).count == 2)
    }

    @Test func pullQuotesNeedToBeWholeQuotations() throws {
        let article = try TestSupport.parse("""
            # T

            Body.

            *“A whole quotation.”*

            *"Half," he said, "and half."*
            """)
        #expect(article.quotes == ["A whole quotation."])
    }

    @Test func wordCountCountsTokensWithLettersOrDigits() {
        #expect(WordCount.of("One — two, 3 … four's") == 4)
    }

    @Test func hugeInputsParse() throws {
        let line = String(repeating: "word ", count: 200_000)  // a 1 MB line with no newline
        #expect(try TestSupport.parse("# T\n\n" + line).wordCount == 200_000)
        let paragraphs = (0..<100_000).map { "p\($0)." }.joined(separator: "\n\n")
        #expect(try TestSupport.parse("# T\n\n" + paragraphs).body.count > 500_000)
    }
}
