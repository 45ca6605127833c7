import Testing
@testable import OpeDB

/// Front matter: what each notation and key shape becomes, what is not front matter, and that
/// front matter never reaches the title or the body.
@Suite struct FrontMatterTests {
    /// The fields as `key=value` in order, for compact expectations.
    static func pairs(_ text: String) -> [String]? {
        FrontMatter.read(text)?.fields.map { "\($0.key.rawValue)=\($0.value)" }
    }

    @Test(arguments: [
        // YAML, the plain shapes.
        ("---\ntitle: Tides\nauthor: Jane Doe\ndate: 2021-03-04\n---\nBody.",
         ["title=Tides", "author=Jane Doe", "published=2021-03-04"]),
        ("---\ntitle: \"Quoted: with a colon\"\n...\nBody.", ["title=Quoted: with a colon"]),
        // A date-time stays the text the author wrote (Yams.compose, not a Date).
        ("---\ndate: 2019-08-14 09:30:00 +0200\nlastmod: 2019-08-15\n---\n",
         ["published=2019-08-14 09:30:00 +0200", "modified=2019-08-15"]),
        ("---\npubDate: Mon, 04 Mar 2021 10:00:00 GMT\n---\n", ["published=Mon, 04 Mar 2021 10:00:00 GMT"]),
        // Author shapes.
        ("---\nauthor:\n  - \"[[Ann Vale]]\"\n  - \"[[Piet Ruys|Piet]]\"\n---\n", ["author=Ann Vale", "author=Piet Ruys"]),
        ("---\nauthor: Marit Solheim; Jonas Ekdahl\n---\n", ["author=Marit Solheim", "author=Jonas Ekdahl"]),
        ("---\nauthors: Dmitri Sokol and Anneli Vaher\n---\n", ["author=Dmitri Sokol", "author=Anneli Vaher"]),
        ("---\nauthor: Ann Vale, Piet Ruys & Lena Korhonen\n---\n",
         ["author=Ann Vale", "author=Piet Ruys", "author=Lena Korhonen"]),
        ("---\nauthor: Doe, Jane\n---\n", ["author=Doe, Jane"]),
        ("---\ncreator: Research and Policy Unit\n---\n", ["author=Research and Policy Unit"]),
        ("---\nauthor:\n  - name: Ann Vale\n    url: https://ann.example\n  - name: Piet Ruys\n---\n",
         ["author=Ann Vale", "author=Piet Ruys"]),
        ("---\nbyline: By Ann Vale (@annvale)\n---\n", ["author=Ann Vale"]),
        // A byline's opening words, as extractors copy them; a surname's particle stays.
        ("---\nauthor: Vom Hafenblogger\n---\n", ["author=Hafenblogger"]),
        ("---\nauthor: Auteur Lise Amand\n---\n", ["author=Lise Amand"]),
        ("---\nauthor: \"Par Lise Amand; Von Ann Vale\"\n---\n", ["author=Lise Amand", "author=Ann Vale"]),
        ("---\nauthor: Di Caprio\n---\n", ["author=Di Caprio"]),
        ("---\nauthor: Van der Berg\n---\n", ["author=Van der Berg"]),
        ("---\nauthor: \"@annvale\"\n---\n", []),
        ("---\nauthor: https://ann.example/profile\n---\n", []),
        ("---\nauthor: \"[Ann Vale](https://ann.example)\"\n---\n", ["author=Ann Vale"]),
        // An interview's label, a profile link's words and the name twice, a role before or after.
        ("---\nauthor: Interview Lise Amand\n---\n", ["author=Lise Amand"]),
        ("---\nauthor: Zum Profil von hafenblogger hafenblogger\n---\n", ["author=hafenblogger"]),
        ("---\nauthor: Gazette-Experte Piet Ruys; Ann Vale Chefredakteurin\n---\n", ["author=Piet Ruys", "author=Ann Vale"]),
        ("---\nauthor: Interviews Weekly\n---\n", ["author=Interviews Weekly"]),
        ("---\nauthor: Ann Vale Ann Vale\n---\n", ["author=Ann Vale"]),
        ("---\nauthor: Li Li\n---\n", ["author=Li Li"]),
        // The label of a date or reading time the extractor cut after the name.
        ("---\nauthor: Lise Amand Stand\n---\n", ["author=Lise Amand"]),
        ("---\nauthor: Ann Vale y Piet Ruys Tiempo de lectura\n---\n", ["author=Ann Vale", "author=Piet Ruys"]),
        ("---\nauthor: Stand\n---\n", ["author=Stand"]),
        ("---\nauthor: Lise Amand 5 min read\n---\n", ["author=Lise Amand"]),
        ("---\nauthor: Lise Amand 4 Min. Lesezeit\n---\n", ["author=Lise Amand"]),
        ("---\nauthor: Gerd Van Stand\n---\n", ["author=Gerd Van Stand"]),
        ("---\nauthor: Interview mit Lise Amand\n---\n", ["author=Lise Amand"]),
        ("---\nauthor: Staff Reporter Lise Amand\n---\n", ["author=Lise Amand"]),
        // What only repeats another entry: a degree split off, a listed author's initials.
        ("---\nauthor: Grant Vale; PhD\n---\n", ["author=Grant Vale"]),
        ("---\nauthor: Tina Korhonen; TK\n---\n", ["author=Tina Korhonen"]),
        ("---\nauthor: PJ\n---\n", ["author=PJ"]),
        // A radio interview's two people; a stray quote; a CJK label before a full-width colon.
        ("---\nauthor: Lena Korhonen im Gespräch mit Piet Ruys\n---\n", ["author=Lena Korhonen", "author=Piet Ruys"]),
        ("---\nauthor: \"'Ann Vale; Piet Ruys\"\n---\n", ["author=Ann Vale", "author=Piet Ruys"]),
        ("---\nauthor: 责任编辑：王小明\n---\n", ["author=王小明"]),
        // URLs only when they are web addresses; a hostname is a fallback after a site name.
        ("---\nurl: /2021/03/tides\nsource: https://gazette.example/tides\n---\n", ["url=https://gazette.example/tides"]),
        ("---\nhostname: www.gazette.example\nsitename: The Gazette\n---\n",
         ["publication=The Gazette", "publication=www.gazette.example"]),
        ("---\ncreated: 2024-01-19\npublished: 2023-06-02\n---\n", ["published=2023-06-02", "published=2024-01-19"]),
        // Tags, one field each; an opinion category is also the section.
        ("---\ntags: [ferries, budget]\ncategories: ['Opinion']\n---\n",
         ["tag=ferries", "tag=budget", "section=Opinion", "tag=Opinion"]),
        ("---\nkeywords: rail, europe\n---\n", ["tag=rail", "tag=europe"]),
        ("---\ncategories: essays teaching\n---\n", ["tag=essays", "tag=teaching"]),
        ("---\ntype: OpinionNewsArticle\n---\n", ["section=OpinionNewsArticle", "type=OpinionNewsArticle"]),
        ("---\ndescription: A short dek.\nlayout: post\nfingerprint: abc\n---\n", ["subtitle=A short dek."]),
        // Empty values are no values.
        ("---\ntitle: T\nauthor:\nid: ~\n---\n", ["title=T"]),
        ("---\n---\nBody.", []),
        // TOML subset.
        ("+++\ntitle = \"Night \\\"Trains\\\"\"\ndate = 2022-11-02T08:00:00+01:00\nauthors = [\"Henrik Aalto\", 'Sofia Mendes']\n"
         + "categories = [\n  \"Op-Ed\",\n]\n# a comment\n[params]\n  author = \"Somebody Else\"\n+++\nBody.",
         ["title=Night \"Trains\"", "published=2022-11-02T08:00:00+01:00", "author=Henrik Aalto", "author=Sofia Mendes",
          "section=Op-Ed", "tag=Op-Ed"]),
        ("+++\ndescription = \"\"\"\nTwo\nlines\"\"\"\n+++\n", ["subtitle=Two lines"]),
        // Header lines: Jina Reader, and a short known-key block.
        ("Title: Dredging\n\nURL Source: https://gazette.example/dredging\n\nPublished Time: 2023-05-17T06:45:00+00:00\n\n"
         + "Markdown Content:\nDredging\n===\n",
         ["title=Dredging", "url=https://gazette.example/dredging", "published=2023-05-17T06:45:00+00:00"]),
        ("Title: Bridges\nAuthor: Dmitri Sokol\nDate: 12 March 2020\nSource: The Baltic Ledger\n\nText.",
         ["title=Bridges", "author=Dmitri Sokol", "published=12 March 2020", "publication=The Baltic Ledger"]),
        // Line endings and a BOM change nothing.
        ("---\r\ntitle: Tides\r\nauthor: Jane Doe\r\n---\r\nBody.\r\n", ["title=Tides", "author=Jane Doe"]),
        ("\u{FEFF}---\ntitle: Tides\n---\nBody.", ["title=Tides"]),
        ("\n\n---\ntitle: Tides\n---\nBody.", ["title=Tides"]),
    ])
    func reads(_ text: String, _ expected: [String]) {
        #expect(Self.pairs(text) == expected)
    }

    @Test(arguments: [
        "---\n\nThe committee met on Tuesday. It was short.\n\n---\n\nMinutes follow.",  // a rule, then prose
        "---\nThe committee met on Tuesday.\nIt was short.\n---\n",  // prose between two rules
        "---\nWhen the committee finally met on Tuesday evening: nothing.\n---\n",  // a clause, not a key
        "---\n- one\n- two\n---\n",  // a list, not a map
        "# Title\n\nText.\n\n---\ntitle: later\n---\n",  // a thematic break later in the file
        "---\ntitle: never closed\n\nText.",
        "Title: only one key\n\nText.",
        "Note: a body line\nthat goes on\n\nText.",
        "Title: Bridges\nAuthor: Dmitri Sokol",  // no blank line after: not a header
        "Plain text, no front matter.",
        "",
    ])
    func isNotFrontMatter(_ text: String) {
        #expect(FrontMatter.read(text) == nil)
    }

    @Test func remainderAndLineCountKeepLinesTrue() throws {
        let front = try #require(FrontMatter.read("\n---\ntitle: T\n---\nBody.\n"))
        #expect(front.format == .yaml)
        #expect(front.remainder == "Body.\n")
        #expect(front.lineCount == 4)
        let jina = try #require(FrontMatter.read("Title: T\n\nURL Source: https://a.example/x\n\nMarkdown Content:\nText"))
        #expect(jina.format == .headerLines)
        #expect(jina.remainder == "Text")
        #expect(jina.lineCount == 5)
        #expect(FrontMatter.read("+++\ntitle = \"T\"\n+++\n")?.format == .toml)
    }

    @Test func fieldsKeepTheirSourceAndKeyName() throws {
        let front = try #require(FrontMatter.read("---\nPubDate: 2021-03-04\n---\n"))
        #expect(front.fields == [DeclaredField(.published, "2021-03-04", source: .frontMatter, name: "PubDate")])
    }

    @Test func invalidYAMLIsReadLineByLineWithAWarning() throws {
        let front = try #require(FrontMatter.read("---\ntitle: Rent Caps: A Reply\nauthor: Vera Lindqvist\ntags:\n  - rent\n---\nBody."))
        #expect(front.fields.map { "\($0.key.rawValue)=\($0.value)" } == ["title=Rent Caps: A Reply", "author=Vera Lindqvist", "tag=rent"])
        #expect(front.warnings.count == 1)
        #expect(front.warnings.first?.contains("line 2") == true)
        #expect(front.remainder == "Body.")
    }

    @Test(arguments: ["---\ntitle: [unclosed\n---\nBody.", "---\ntitle: \"open\n---\nBody.", "---\n\tbad: tab\n---\nBody."])
    func brokenYAMLNeverCrashes(_ text: String) throws {
        let article = try ArticleParser().parse(text: text)
        #expect(article.body.contains("Body."))
        #expect(article.title != "---")
    }

    // MARK: Through the parser

    @Test(arguments: [
        "---\ntitle: Tides\nauthor: Jane Doe\n---\nThe first line of the body.\n\nThe second.",
        "---\r\ntitle: Tides\r\nauthor: Jane Doe\r\n---\r\n\r\nThe first line of the body.\r\n\r\nThe second.",
        "\u{FEFF}+++\ntitle = \"Tides\"\nauthor = \"Jane Doe\"\n+++\nThe first line of the body.\n\nThe second.",
        "Title: Tides\n\nURL Source: https://a.example/tides\n\nMarkdown Content:\nThe first line of the body.\n\nThe second.",
        "---\ntitle: Tides\nauthor: Jane Doe\n---\n\n# Tides\n\nThe first line of the body.\n\nThe second.",
    ])
    func frontMatterIsNeverBodyNorTitle(_ text: String) throws {
        let article = try ArticleParser().parse(text: text)
        #expect(article.title == "Tides")
        #expect(article.body == "The first line of the body.\n\nThe second.")
        for leak in ["title", "author", "---", "+++", "Markdown Content", "URL Source"] {
            #expect(!article.body.contains(leak))
        }
    }

    @Test func aRuleBeforeProseIsNeverTheTitle() throws {
        let article = try ArticleParser().parse(text: "---\n\nThe committee met on Tuesday.\n\nWater rates will rise.")
        #expect(article.title == "The committee met on Tuesday.")
        #expect(article.body == "Water rates will rise.")
    }

    @Test func declaredValuesOutrankGuessedOnes() throws {
        let text = """
            ---
            title: Declared Title
            author: Ann Vale
            date: 2020-01-02
            url: https://www.gazette.example/2019/05/06/x
            sitename: The Gazette
            section: Opinion
            ---

            # Something Else Entirely

            By Someone Else

            March 3, 2021

            Body text here.
            """
        let article = try ArticleParser().parse(text: text)
        #expect(article.title == "Declared Title")
        #expect(article.authors.map(\.name) == ["Ann Vale"])
        #expect(article.publishedOn == "2020-01-02")
        #expect(article.publication == "The Gazette")
        #expect(article.domain == "gazette.example")
        #expect(article.kind == "op-ed")
        #expect(article.body == "Body text here.")
    }

    /// Extractors copy the page's `<title>` into `title`, the site's name with it.
    @Test(arguments: [
        ("title: Tide tables survive - The Gazette\nsitename: The Gazette", "Tide tables survive"),
        ("title: \"Tide tables survive | www.Gazette.example\"\nhostname: gazette.example", "Tide tables survive"),
        ("title: \"GAZETTE | Tide tables survive\"\nurl: https://www.gazette.example/tides", "Tide tables survive"),
        // A site name that is the whole title (an extractor's guess) removes nothing.
        ("title: \"Harbour: Tide tables survive\"\nsitename: \"Harbour: Tide tables survive\"", "Harbour: Tide tables survive"),
        ("title: Tide tables survive - and flourish\nsitename: The Gazette", "Tide tables survive - and flourish"),
    ])
    func declaredTitlesLoseTheSiteName(_ front: String, _ expected: String) throws {
        let article = try ArticleParser().parse(text: "---\n\(front)\n---\nBody text here.")
        #expect(article.title == expected)
    }

    /// A `<title>` that joins the headline to parts the extractor cannot name (a club's name, a
    /// desk, a date) keeps the part the page prints alone, or the part its description repeats.
    @Test(arguments: [
        ("title: \"Harbour Club Tidewatch - Tide tables survive the storm - Club News\"",
         "Tide tables survive the storm\n\nThe ferry kept its old times.", "Tide tables survive the storm"),
        ("title: \"Tide tables survive the storm | Harbour | 23.05.2011\"",
         "Tide tables survive the storm | Harbour | Gazette\n\nTide tables survive the storm\n\nThe ferry kept its old times.",
         "Tide tables survive the storm"),
        ("title: \"Harbour Club Tidewatch - Tide tables survive the storm - Club News\"\ndescription: Tide tables survive the storm",
         "The ferry kept its old times.", "Tide tables survive the storm"),
        // A description that repeats the last part is the site's tagline, not the headline.
        ("title: \"Tide tables survive the storm | Every tide, every day\"\ndescription: Every tide, every day",
         "The ferry kept its old times.", "Tide tables survive the storm | Every tide, every day"),
        // A part of fewer than three words confirms nothing.
        ("title: \"Tide tables survive the storm - Harbour\"", "Harbour\n\nThe ferry kept its old times.",
         "Tide tables survive the storm - Harbour"),
    ])
    func theTitlePartThePagePrintsIsTheHeadline(_ front: String, _ text: String, _ expected: String) throws {
        let article = try ArticleParser().parse(text: "---\n\(front)\n---\n\(text)")
        #expect(article.title == expected)
    }

    /// An extractor's fallback title (the site's name, a comment form's heading) gives way to the
    /// heading the text opens with; a real declared title does not.
    @Test(arguments: [
        ("title: Leave a Reply", "The harbour's new tide tables"),
        ("title: TIDEWATCH\nurl: https://www.tidewatch.example/2024/tides", "The harbour's new tide tables"),
        // The site's name made of its host's labels.
        ("title: Tidewatch-Archiv\nurl: https://archiv.tidewatch.example/?p=24", "The harbour's new tide tables"),
        ("title: Archiv Tidewatch\nurl: https://archiv.tidewatch.example/?p=24", "The harbour's new tide tables"),
        ("title: \"Ferry times: a history\"\nsitename: \"Ferry times: a history\"", "Ferry times: a history"),
        ("title: Why the tables survived\nsitename: Tidewatch", "Why the tables survived"),
    ])
    func aPlaceholderTitleGivesWayToTheHeading(_ front: String, _ expected: String) throws {
        let article = try ArticleParser().parse(text: "---\n\(front)\n---\n## The harbour's new tide tables\n\nBody text here.")
        #expect(article.title == expected)
    }

    /// The extractor's title comes from `og:title` or `<title>`; the level-1 heading is the
    /// headline the page printed, and wins when it is a variant of the declared one.
    @Test(arguments: [
        // A rewording for search engines: the printed headline wins.
        ("title: Harbour tables are late\nsitename: Tidewatch", "# Why the harbour's tide tables are late again", "Why the harbour's tide tables are late again"),
        // A kicker before the declared title; the heading prints the headline alone.
        ("title: \"Port: Why the tide tables are late\"", "# Why the tide tables are late", "Why the tide tables are late"),
        // The heading keeps the site's name: it goes as it would from the declared title.
        ("title: Why the tide tables are late\nsitename: Tidewatch", "# Why the tide tables are late | Tidewatch", "Why the tide tables are late"),
        // A heading that is another text's (a section of the page) leaves the declared title.
        ("title: Why the tide tables are late", "# Contact", "Why the tide tables are late"),
        // An extractor that left the `<h1>` out writes the headline as a lower heading, first.
        ("title: \"Why the tide tables are late (2021/5)\"", "## Why the tide tables are late", "Why the tide tables are late"),
        // A kicker line ending in a colon is no headline.
        ("title: \"Port authority: Why the tide tables are late\"", "# Port authority:", "Port authority: Why the tide tables are late"),
        // The declared title's two parts run together in the heading (a kicker, then the
        // headline, their line break dropped): the headline.
        ("title: Why the tide tables are late - Harbour news", "# Harbour news Why the tide tables are late", "Why the tide tables are late"),
        ("title: Harbour news – Why the tide tables are late", "# Harbour newsWhy the tide tables are late", "Why the tide tables are late"),
        // A heading that prints the separator is the title itself.
        ("title: Why the tide tables are late – Until Now", "# Why the tide tables are late – Until Now", "Why the tide tables are late – Until Now"),
    ])
    func thePrintedHeadlineWinsOverAVariantDeclaredTitle(_ front: String, _ heading: String, _ expected: String) throws {
        let article = try ArticleParser().parse(text: "---\n\(front)\n---\n\(heading)\n\nThe tables came a week late, and the ferry kept to its old times.")
        #expect(article.title == expected)
        #expect(!article.body.contains(heading.dropFirst(2)))
    }

    /// A blog's own post (front matter without the page's address) whose title is its first
    /// line — a status, a poem — keeps that line as its text.
    @Test(arguments: ["Finished the Wrenmouth half marathon today.", "Salt on the window\n\nsalt on the sill"])
    func aPostTitledByItsFirstLineKeepsIt(_ text: String) throws {
        let first = text.components(separatedBy: "\n\n")[0]
        let article = try ArticleParser().parse(text: "---\ntitle: \"\(first)\"\n---\n\(text)\n")
        #expect(article.title == first)
        #expect(article.body.hasPrefix(first))
    }

    /// Front matter that records the page it came from (a clipper's, an extractor's) holds the
    /// page's metadata title; a level-1 heading opening the text is the headline the page
    /// printed, and wins however it is worded — as a page's `<h1>` does in the HTML reader. A
    /// blog's own front matter (no address) keeps its title; a section label is no headline.
    @Test(arguments: [
        ("title: Navigation und Service\nurl: https://tidewatch.example/rede", "# Rede des Hafenmeisters zur Eröffnung der Fähre", "Rede des Hafenmeisters zur Eröffnung der Fähre"),
        ("title: Ferry to run all year\nsource: https://tidewatch.example/ferry", "# Wrenmouth ferry sets new date for winter service", "Wrenmouth ferry sets new date for winter service"),
        ("title: Ferry to run all year", "# Wrenmouth ferry sets new date for winter service", "Ferry to run all year"),
        ("title: Ferry to run all year\nurl: https://tidewatch.example/ferry", "# News", "Ferry to run all year"),
        ("title: Ferry to run all year\nurl: https://tidewatch.example/ferry", "# What the harbour master said:", "Ferry to run all year"),
        // The site's masthead or greeting, a cookie notice, a clipper's own note: no shared word.
        ("title: Ferry to run all year\nsitename: Tidewatch\nurl: https://tidewatch.example/ferry", "# Welcome to the Tidewatch ferry pages", "Ferry to run all year"),
        ("title: Ferry to run all year\nurl: https://tidewatch.example/ferry", "# We value your privacy here", "Ferry to run all year"),
        ("title: Ferry to run all year\nsource: https://tidewatch.example/ferry", "# Notes I took while reading this", "Ferry to run all year"),
        // A link post's `link:` is the page it quotes, not its own.
        ("title: Thoughts on the winter ferry\nlink: https://tidewatch.example/ferry", "# Wrenmouth ferry sets new date for winter service", "Thoughts on the winter ferry"),
    ])
    func aPagesOpeningHeadlineWinsOverItsMetadataTitle(_ front: String, _ heading: String, _ expected: String) throws {
        let article = try ArticleParser().parse(text: "---\n\(front)\n---\n\(heading)\n\nThe ferry will run through the winter for the first time since 1990.")
        #expect(article.title == expected)
    }

    /// The text opens with its headline as a plain line (a converter dropped the heading's
    /// markup): that line is the headline, and not text. A declared kicker before it goes; a
    /// title whose colon is its own, or a headline printed only further down, stays whole.
    @Test(arguments: [
        ("Port authority: Why the tide tables are late", "Why the tide tables are late\n\nThe tables came a week late.", "Why the tide tables are late", true),
        ("Why the tide tables are late", "Why the tide tables are late\n\nThe tables came a week late.", "Why the tide tables are late", true),
        ("Tide tables: why they are late", "The tables came a week late.", "Tide tables: why they are late", false),
        ("Port authority: Why the tide tables are late", "The tables came a week late.\n\nThe ferry kept its times.\n\nA strike.\n\nWhy the tide tables are late",
         "Port authority: Why the tide tables are late", false),
        ("A harbour master in the port authority of Wrenmouth: Why the tide tables are late", "Why the tide tables are late\n\nThe tables came a week late.",
         "A harbour master in the port authority of Wrenmouth: Why the tide tables are late", false),
        // A series' numbered kicker is part of its title.
        ("Chapter 3: Why the tide tables are late", "Why the tide tables are late\n\nThe tables came a week late.", "Chapter 3: Why the tide tables are late", false),
    ])
    func aPlainFirstLineCanPrintTheHeadline(_ title: String, _ text: String, _ expected: String, _ printed: Bool) throws {
        let article = try ArticleParser().parse(text: "---\ntitle: \"\(title)\"\nurl: https://tidewatch.example/tides\n---\n\(text)\n")
        #expect(article.title == expected)
        // The printed line leaves the text; any other first paragraph stays its start.
        let first = text.components(separatedBy: "\n\n")[printed ? 1 : 0]
        #expect(article.body.hasPrefix(first))
    }

    /// A lower heading after the text's first paragraph is a section of the text, however like
    /// the declared title it reads.
    @Test func aSectionHeadingIsNoPrintedHeadline() throws {
        let text = "---\ntitle: Why the tide tables are late\n---\nThe ferry kept its old times.\n\n## Why the tide tables were late before\n\nA strike at the printer."
        let article = try ArticleParser().parse(text: text)
        #expect(article.title == "Why the tide tables are late")
        #expect(article.body.contains("Why the tide tables were late before"))
    }

    /// With no author declared, a writer who signs the text at its end is its author: extractors
    /// keep the signature as the last line. A box's bold heading there is no name.
    @Test(arguments: [
        ("*Von Lena Korhonen*", ["Lena Korhonen"]),
        ("**Lena Korhonen**", ["Lena Korhonen"]),
        ("_By Lena Korhonen_", ["Lena Korhonen"]),
        ("**Mehr Themen**", []),
        ("Lena Korhonen", []),
        ("*The ferry will run again in May.*", []),
    ])
    func aSignatureClosingTheTextNamesTheWriter(_ closing: String, _ names: [String]) throws {
        let text = "---\ntitle: Tide tables\nsitename: Tidewatch\n---\nThe tables came a week late, and the ferry kept to its old times.\n\n\(closing)\n"
        #expect(try ArticleParser().parse(text: text).authors.map(\.name) == names)
    }

    /// A date line under the title that names one person beside its date names the writer.
    @Test(arguments: [
        ("11.12.2019 - Lena Korhonen", ["Lena Korhonen"], "2019-12-11"),
        ("11.12.2019 | Übersetzung Lena Korhonen", [], "2019-12-11"),
        ("11.12.2019", [], "2019-12-11"),
    ])
    func aDateLineNamesItsWriter(_ line: String, _ names: [String], _ date: String) throws {
        for text in ["---\ntitle: Tide tables\n---\n\(line)\n\n", "# Tide tables\n\n\(line)\n\n"] {
            let article = try ArticleParser().parse(text: text + "The tables came a week late, and the ferry kept to its old times.\n")
            #expect(article.authors.map(\.name) == names)
            #expect(article.publishedOn == date)
        }
    }

    /// Extractors list the publisher among the authors; it goes when a person is named.
    @Test func theSiteIsNoAuthorBesideAPerson() throws {
        let both = try ArticleParser().parse(text: "---\ntitle: T\nauthor: Ann Vale; The Gazette\nsitename: The Gazette\n---\nBody.")
        #expect(both.authors.map(\.name) == ["Ann Vale"])
        let alone = try ArticleParser().parse(text: "---\ntitle: T\nauthor: The Gazette\nsitename: The Gazette\n---\nBody.")
        #expect(alone.authors.map(\.name) == ["The Gazette"])
    }

    /// The site is known by its address too (`Die Planetenpost` for `die-planetenpost.de`), and
    /// a word that names nobody (`Posted`, `Admin`, `Name`) is never an author.
    @Test(arguments: [
        ("author: Die Planetenpost; Ann Vale\nhostname: die-planetenpost.de\nsitename: die-planetenpost.de", ["Ann Vale"]),
        ("author: El Faro Austral; Ann Vale\nurl: https://www.elfaroaustral.example/2024/faro", ["Ann Vale"]),
        ("author: Admin", []),
        ("author: Posted; Ann Vale", ["Ann Vale"]),
        // A comment form's label, a commenter's heading and its date are nobody either.
        ("author: Name", []),
        ("author: Bram Olvera says", []),
        ("author: Bramolvera Said; On August 3", []),
        ("author: Ann Vale; am 3. Mai 2024", ["Ann Vale"]),
        // The site's name with a desk's word is the site too.
        ("author: Redacción Faro; Ann Vale\nurl: https://faro.example/2024/faro", ["Ann Vale"]),
        ("author: Gazette Sport; Ann Vale\nsitename: Gazette", ["Ann Vale"]),
        ("author: Gazette Sport\nsitename: Gazette", ["Gazette Sport"]),
        // A person whose name shares nothing with the address stays.
        ("author: Planet Vale; Ann Vale\nhostname: die-planetenpost.de", ["Planet Vale", "Ann Vale"]),
    ])
    func theSiteByItsAddressIsNoAuthor(_ front: String, _ names: [String]) throws {
        let article = try ArticleParser().parse(text: "---\ntitle: Tide tables\n\(front)\n---\nThe tables came late.")
        #expect(article.authors.map(\.name) == names)
    }

    /// trafilatura spells the site's address as a name when the page names no author.
    @Test(arguments: [
        ("author: Tidewatch De\nurl: https://www.tidewatch.de/2024/tides", [String]()),
        ("author: Harbour Tidewatch De\nhostname: harbour.tidewatch.de", []),
        ("author: Ann Vale; Sharebook Com", ["Ann Vale"]),
        // A surname particle is no address, and neither is another host's country code.
        ("author: Rosa De Vita\nurl: https://www.tidewatch.de/2024/tides", ["Rosa De Vita"]),
        ("author: Piet Van De\nurl: https://www.tidewatch.de/2024/tides", ["Piet Van De"]),
    ])
    func aSpelledOutAddressIsNoAuthor(_ front: String, _ names: [String]) throws {
        let article = try ArticleParser().parse(text: "---\ntitle: Tide tables\n\(front)\n---\nThe tables came late.")
        #expect(article.authors.map(\.name) == names)
    }

    @Test func fallbacksYieldToTheText() throws {
        // A clipping date loses to the page's own date; a hostname to the URL's known outlet.
        let text = "---\ncreated: 2024-03-11\nhostname: www.gazette.example\n---\n# T\n\nMarch 3, 2021\n\nBody."
        let article = try ArticleParser().parse(text: text)
        #expect(article.publishedOn == "2021-03-03")
        #expect(article.publication == "gazette.example")
        // With nothing better, the fallbacks are used.
        let bare = try ArticleParser().parse(text: "---\ntitle: T\ncreated: 2024-03-11\n---\nBody.")
        #expect(bare.publishedOn == "2024-03-11")
        let modified = try ArticleParser().parse(text: "---\ntitle: T\nupdated: 2024-03-12\n---\nBody.")
        #expect(modified.publishedOn == "2024-03-12")
        #expect(modified.dateIsUpdate)
    }

    @Test func frontMatterAloneIsAnArticleWithItsTitle() throws {
        let article = try ArticleParser().parse(text: "---\ntitle: Only Metadata\nauthor: Ann Vale\n---\n")
        #expect(article.title == "Only Metadata")
        #expect(article.body.isEmpty)
        #expect(throws: ParseError.blank) { try ArticleParser().parse(text: "---\nauthor: Ann Vale\n---\n") }
    }

    @Test func markDownloadPreambleIsNotBody() throws {
        let text = """
            ---
            source: https://town.example/x
            author: Pauline Okafor
            ---

            # Keep the Libraries Open | Town Times

            > ## Excerpt
            > Closing them saves little.

            ---
            # Keep the Libraries Open

            By Pauline Okafor

            Body.
            """
        let article = try ArticleParser().parse(text: text)
        #expect(article.title == "Keep the Libraries Open")
        #expect(article.subtitle == "Closing them saves little.")
        #expect(article.body == "Body.")
    }

    /// Random damage to the front-matter fixtures (cut fences, stray quotes, colons, tabs, CRs):
    /// reading never traps, and the text after the front matter is never lost to it.
    @Test func randomDamageNeverTraps() throws {
        var rng = SplitMix(seed: 20261201)
        let seeds = try TestSupport.fixtureArticles.filter { $0.lastPathComponent >= "29" && $0.pathExtension == "md" }.map { try TestSupport.bytes($0) }
        let pieces: [[UInt8]] = ["---\n", "+++\n", "...\n", ":", "\"", "'", "[", "]", "{", "\t", "\r", "- ", "&a", "*a", "!!str ", "\u{FEFF}",
                                 "Markdown Content:\n", "[[", "]]", "@", "#"].map { Array($0.utf8) }
        for _ in 0..<1_500 {
            var bytes = seeds[Int(rng.next() % UInt64(seeds.count))]
            for _ in 0..<(1 + Int(rng.next() % 6)) {
                let position = bytes.isEmpty ? 0 : Int(rng.next() % UInt64(min(bytes.count, 400)))
                switch rng.next() % 3 {
                case 0: bytes.insert(contentsOf: pieces[Int(rng.next() % UInt64(pieces.count))], at: position)
                case 1: if !bytes.isEmpty { bytes.remove(at: position) }
                default: bytes = Array(bytes[..<position]) + Array(bytes[min(bytes.count, position + Int(rng.next() % 60))...])
                }
            }
            guard let decoded = try? SourceDecoder.decode(bytes) else { continue }
            if let front = FrontMatter.read(decoded.text) {
                #expect(decoded.text.hasSuffix(front.remainder))
            }
            if let article = try? ArticleParser().parse(text: decoded.text) {
                #expect(article.title != "---" && article.title != "+++")
            }
        }
    }
}
