import Testing
@testable import OpeDB

/// schema.org JSON-LD as pages write it, well-formed or not.
@Suite struct JSONLDTests {
    private func fields(_ scripts: String...) -> [DeclaredField] {
        var reader = JSONLD()
        for script in scripts { reader.add(script: Array(script.utf8)) }
        return reader.finish()
    }

    private func values(_ fields: [DeclaredField], _ key: DeclaredField.Key) -> [String] {
        fields.filter { $0.key == key }.map(\.value)
    }

    @Test func readsTheArticleInsideAGraph() {
        let found = fields("""
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "The Fenwick Gazette"},
              {"@type": "WebPage", "@id": "https://fenwick.example/a#page", "name": "Page name | The Fenwick Gazette"},
              {"@type": ["OpinionNewsArticle"], "headline": "Keep the night buses",
               "alternativeHeadline": "A city that works late needs buses that do too",
               "author": {"@id": "https://fenwick.example/#/person/1"},
               "datePublished": "2022-09-30T06:00:00Z", "articleSection": ["Opinion", "Transport"],
               "publisher": {"@id": "https://fenwick.example/#org"},
               "mainEntityOfPage": {"@id": "https://fenwick.example/opinion/night-buses"}},
              {"@type": "Person", "@id": "https://fenwick.example/#/person/1", "name": "By Delphine Aukrust"},
              {"@type": "NewsMediaOrganization", "@id": "https://fenwick.example/#org", "name": "The Fenwick Gazette"}
            ]}
            """)
        #expect(values(found, .title).first == "Keep the night buses")
        #expect(values(found, .subtitle).first == "A city that works late needs buses that do too")
        #expect(values(found, .author) == ["Delphine Aukrust"])
        #expect(values(found, .published) == ["2022-09-30T06:00:00Z"])
        #expect(values(found, .section) == ["Opinion"])
        #expect(values(found, .type).first == "OpinionNewsArticle")
        #expect(values(found, .publication).first == "The Fenwick Gazette")
        #expect(values(found, .url) == ["https://fenwick.example/opinion/night-buses"])
        #expect(found.allSatisfy { $0.source == .jsonLD })
    }

    @Test func readsATopLevelArrayAndSeveralScripts() {
        let found = fields(
            #"[{"@type": "BreadcrumbList"}, {"@type": "http://schema.org/BlogPosting", "headline": "Forty years of swifts", "author": ["Ines Rautio", {"@type": "Person", "name": "Kofi Lindgren"}]}]"#,
            #"{"@type": "Organization", "name": "Swift Watch"}"#)
        #expect(values(found, .title) == ["Forty years of swifts"])
        #expect(values(found, .author) == ["Ines Rautio", "Kofi Lindgren"])
        #expect(values(found, .type) == ["BlogPosting"])
    }

    /// A forum thread's opening post is an article (schema.org `DiscussionForumPosting`).
    @Test func aForumPostIsAnArticle() {
        let found = fields(#"{"@type": "DiscussionForumPosting", "headline": "Otter tracks by the weir", "author": {"@type": "Person", "name": "Riverwatcher"}, "datePublished": "2020-09-18"}"#)
        #expect(values(found, .title) == ["Otter tracks by the weir"])
        #expect(values(found, .author) == ["Riverwatcher"])
        #expect(values(found, .published) == ["2020-09-18"])
    }

    /// An author written as a plain string holding a graph node's `@id` is that node; an
    /// address that names no node is no name.
    @Test func anAuthorStringThatIsAnIDIsResolved() {
        let found = fields("""
            {"@graph": [{"@type": "Article", "headline": "Ferries at dawn", "author": "https://wren.example/#/person/7"},
                        {"@type": "Person", "@id": "https://wren.example/#/person/7", "name": "Halvard Moen"}]}
            """)
        #expect(values(found, .author) == ["Halvard Moen"])
        let unresolved = fields(#"{"@type": "Article", "headline": "Ferries at dawn", "author": "https://wren.example/author/someone/#author"}"#)
        #expect(values(unresolved, .author).isEmpty)
    }

    @Test func anOrganizationAuthorIsThePublication() {
        let found = fields(#"{"@type": "NewsArticle", "headline": "Harbour reopens", "author": {"@type": "Organization", "name": "Pellworth Wire"}}"#)
        #expect(values(found, .author).isEmpty)
        #expect(values(found, .publication) == ["Pellworth Wire"])
    }

    @Test func anAuthorTypedPersonAndOrganizationIsAPerson() {
        let found = fields(#"{"@type": "BlogPosting", "headline": "Moss in March", "author": {"@type": ["Person", "Organization"], "name": "Tamsin Orlow"}}"#)
        #expect(values(found, .author) == ["Tamsin Orlow"])
        #expect(values(found, .publication).isEmpty)
    }

    /// A first name alone completed from the person's bio, which opens with the full name.
    @Test func aFirstNameIsCompletedFromTheBio() {
        let found = fields("""
            {"@type": "BlogPosting", "headline": "Moss in March", "author": {"@type": "Person", "name": "Mirela",
             "description": "Mirela Vantongeren schreibt über Gärten."}}
            """)
        #expect(values(found, .author) == ["Mirela Vantongeren"])
        #expect(JSONLD.fullName("Mirela", bio: "Mirela writes about gardens.") == "Mirela")
        #expect(JSONLD.fullName("Mirela", bio: nil) == "Mirela")
    }

    @Test func authorValuesAreNamesOnly() {
        let found = fields(#"{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "https://pellworth.example/staff/ana"}, {"@type": "Person", "name": "by Ana Szabo-Quist"}, "desk@pellworth.example"]}"#)
        #expect(values(found, .author) == ["Ana Szabo-Quist"])
    }

    @Test(arguments: [
        // A raw newline and a tab inside a string, a trailing comma, an HTML comment wrapper.
        "<!--\n{\"@type\": \"NewsArticle\", \"headline\": \"Ferry\ncuts\tdelayed\", \"keywords\": [\"ferry\", \"council\",],}\n-->",
        // CDATA wrapper with line comments, an invalid escape.
        "//<![CDATA[\n{\"@type\": \"NewsArticle\", \"headline\": \"Ferry cuts \\delayed\", \"keywords\": \"ferry, council\"}\n//]]>",
        // Two objects written one after the other, and a stray semicolon.
        "{\"@type\": \"WebSite\", \"name\": \"x\"}\n{\"@type\": \"NewsArticle\", \"headline\": \"Ferry cuts delayed\", \"keywords\": \"ferry,council\"};",
    ])
    func toleratesMalformedJSON(_ script: String) {
        let found = fields(script)
        #expect(values(found, .title).first == "Ferry cuts delayed")
        #expect(values(found, .tag) == ["ferry", "council"])
    }

    @Test func entitiesInValuesAreDecoded() {
        let found = fields(#"{"@type": "NewsArticle", "headline": "Fish &amp; chips: the town&#8217;s &quot;last&quot; fryer"}"#)
        #expect(values(found, .title) == ["Fish & chips: the town’s \"last\" fryer"])
    }

    @Test func hopelessJSONIsAWarningNotAFailure() throws {
        let document = try TestSupport.read(
            head: #"<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>"#,
            body: "<article>\(TestSupport.prose)</article>")
        #expect(document.warnings == ["malformed JSON-LD ignored"])
    }

    @Test func imageCreditAndKeywords() {
        let found = fields(#"{"@type": "ReportageNewsArticle", "image": [{"@type": "ImageObject", "url": "https://x.example/a.jpg", "creditText": "Bram Oyelaran"}], "keywords": ["floods", "weather"]}"#)
        #expect(values(found, .imageCredit) == ["Bram Oyelaran"])
        #expect(values(found, .tag) == ["floods", "weather"])
    }
}
