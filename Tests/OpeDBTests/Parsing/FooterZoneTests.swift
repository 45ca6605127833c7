import Testing
@testable import OpeDB

@Suite struct FooterZoneTests {
    /// Every cue the footer roles listen for, inside ordinary body paragraphs.
    static let cueSentences = [
        "The views expressed at the summit were sharply divided.",
        "Critics said the views expressed did not necessarily reflect the ministry's position of the day.",
        "Godzilla first appeared in 1954 as a lizard woken by atomic tests.",
        "The novel was first published in 1962 and originally published in Russian.",
        "Her essay, republished from a student magazine, drew letters for weeks.",
        "Reporting by the committee was slow, its chair admitted.",
        "Jane Doe is a fellow at the Institute, the report noted.",
        "https://example.org/report.pdf",
    ]

    @Test(arguments: cueSentences)
    func aBodyParagraphWithACueStaysInTheBody(_ sentence: String) throws {
        let article = try ArticleParser().parse(text: """
            # A Title

            By Ann Lee

            First paragraph of the text.

            \(sentence)

            Last paragraph of the text.

            *Ann Lee is a writer.*

            *The views expressed in opinion pieces do not necessarily reflect the position of The Harbour Gazette.*

            Original url:

            <https://www.harbourgazette.example/2024/01/02/a-title>
            """)
        #expect(article.body.split(separator: "\n\n").count == 3)
        #expect(article.body.contains(sentence))
        #expect(article.url == "https://www.harbourgazette.example/2024/01/02/a-title")
        #expect(article.publication == "The Harbour Gazette")
        #expect(article.notes.map(\.text) == ["Ann Lee is a writer."])
    }

    @Test(arguments: [
        ("*The views expressed are the author's own.*", true),
        ("The views expressed in this article are the author's own and do not necessarily reflect ours.", true),
        ("This article was originally published in The Conversation.", true),
        ("The views expressed at the summit were divided.", false),
        ("Godzilla first appeared in 1954.", false),
    ])
    func aLastParagraphIsAFooterOnlyWithEvidence(_ last: String, _ isFooter: Bool) throws {
        let article = try ArticleParser().parse(text: "# T\n\nBody text here.\n\n\(last)\n")
        #expect((article.disclaimer != nil) == isFooter)
        #expect(article.body.contains("Body text here."))
    }

    @Test func aBareLinkInTheBodyIsNeverTheArticlesAddress() throws {
        let article = try ArticleParser().parse(text: """
            # T

            Text.

            https://example.org/report.pdf

            More text.

            Original url:

            <https://www.example.com/2024/05/06/t>
            """)
        #expect(article.url == "https://www.example.com/2024/05/06/t")
        #expect(article.body.contains("https://example.org/report.pdf"))
    }

    @Test func aRuleEndsTheBody() throws {
        let article = try ArticleParser().parse(text: """
            # T

            By Ann Lee

            Text.

            Ann Lee is here, and the views expressed do not necessarily reflect anything.

            * * *

            *About the author:* Ann Lee is a writer.
            """)
        #expect(article.body.split(separator: "\n\n").count == 2)
        #expect(article.disclaimer == nil)
        #expect(article.notes.map(\.text) == ["Ann Lee is a writer."])
    }

    @Test func additionalReportingGivesNoAuthors() throws {
        let article = try ArticleParser().parse(text: "# T\n\nText of the story.\n\n*Additional reporting by Mei Tanaka*\n")
        #expect(article.authors.isEmpty)
    }
}
