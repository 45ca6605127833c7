import Foundation
import Testing
@testable import OpeDB

/// The HTML reader end to end: sniffing, gzip, metadata trust order, the no-article refusal.
@Suite struct HTMLReaderTests {
    @Test(arguments: [
        ("<!DOCTYPE html><html><body>x</body></html>", true),
        ("\u{FEFF}  \n<!doctype HTML>", true),
        ("<html lang=en>", true),
        ("<HEAD><title>x</title>", true),
        ("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", true),
        ("<!-- saved page -->\n<body><p>x</p></body>", true),
        ("# A Markdown title\n\nSome text with <b>bold</b> words.", false),
        ("Plain text that mentions html and body.", false),
        ("<?xml version=\"1.0\"?><rss></rss>", false),
        ("<style>\n" + String(repeating: ".wren { margin: 0 }\n", count: 100) + "</style>\n<!DOCTYPE html><html><body>", true),
        ("<script src=\"/a.js\"></script>" + String(repeating: " ", count: 2000) + "<html><body>", true),
        ("Some text first" + String(repeating: " ", count: 2000) + "<html><body>", false),
    ])
    func sniffsHTML(_ text: String, _ isHTML: Bool) {
        #expect(HTMLSniffer.isHTML(Array(text.utf8)) == isHTML)
    }

    @Test func metadataFollowsTheTrustOrder() throws {
        let document = try TestSupport.read(head: """
            <title>Tide Tables Survive | Wrenmouth Herald</title>
            <meta property="og:title" content="Tide tables survive another winter">
            <meta property="og:site_name" content="Wrenmouth Herald">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tide Tables Survive",
              "author": {"@type": "Person", "name": "Orla Quennell"}, "datePublished": "2023-11-02"}</script>
            """, body: "<article><h1>Tide Tables Survive</h1>\(TestSupport.prose)</article>")
        #expect(document.first(.title)?.source == .jsonLD)
        #expect(document.declared(.title).map(\.source) == [.jsonLD, .metaTag, .element, .titleElement])
        #expect(document.first(.author)?.value == "Orla Quennell")
        #expect(document.first(.published)?.value == "2023-11-02")
        #expect(document.first(.publication)?.value == "Wrenmouth Herald")
        // The title block comes first, and the page's own h1 is not repeated.
        #expect(document.blocks.first == Block(.heading(level: 1), "Tide Tables Survive", line: 0))
        #expect(document.blocks.filter(\.isHeading).count == 1)
    }

    @Test(arguments: [
        ("Tide tables survive | Wrenmouth Herald", "Wrenmouth Herald", "Tide tables survive"),
        ("Tide tables survive - wrenmouth-herald.example", nil, "Tide tables survive"),
        ("Wrenmouth Herald: Tide tables survive", "Wrenmouth Herald", "Tide tables survive"),
        ("Opinion | Tide tables survive | Wrenmouth Herald", "Wrenmouth Herald", "Opinion | Tide tables survive"),
        ("Tide tables – a survival story", "Wrenmouth Herald", "Tide tables – a survival story"),
        ("Tide tables survive | Coastal News", "Wrenmouth Herald", "Tide tables survive | Coastal News"),
        // A headline's length beside a bar and a few words: a section, or a site by another name.
        ("The tide tables survive another winter | Sociedad", "Wrenmouth Herald", "The tide tables survive another winter"),
        ("Herald Magazin | The tide tables survive another winter", nil, "The tide tables survive another winter"),
        ("The tide tables survive another winter › Harbour Notes", nil, "The tide tables survive another winter"),
        ("Opinion | The tide tables survive another winter", nil, "Opinion | The tide tables survive another winter"),
        ("The tide tables survive | another winter | Sociedad", nil, "The tide tables survive | another winter | Sociedad"),
        // A separator left at the end; a French closing quotation mark is no separator.
        ("The tide tables survive another winter -", nil, "The tide tables survive another winter"),
        ("« Les tables des marées survivent »", nil, "« Les tables des marées survivent »"),
        // A host name or a row of symbols after the title is a suffix, whatever the site's name.
        ("Tide tables survive | COASTAL-NEWS.EXAMPLE", "Wrenmouth Herald", "Tide tables survive"),
        ("Tide tables survive » ☆☆☆☆☆", nil, "Tide tables survive"),
        ("Tide tables survive - 1871", nil, "Tide tables survive - 1871"),
        // A prefix is removed only when it opens with the site's name, and only the name.
        ("WRENMOUTH HERALD | Tide tables survive - and flourish", "Wrenmouth Herald", "Tide tables survive - and flourish"),
        ("Best of Wrenmouth 2024: the tide tables", nil, "Best of Wrenmouth 2024: the tide tables"),
        // A suffix holds little more than the name: not a sentence that mentions it.
        ("Tide tables survive // why I moved to wrenmouth-herald from the city last spring", nil,
         "Tide tables survive // why I moved to wrenmouth-herald from the city last spring"),
        // CJK titles join the site's name with a bare dash or underscore.
        ("潮汐表又撑过了一个冬天！-海湾日报", nil, "潮汐表又撑过了一个冬天！"),
        ("潮汐表又撑过了一个冬天_海湾日报", nil, "潮汐表又撑过了一个冬天"),
        ("潮汐表-海湾日报 with more words", nil, "潮汐表-海湾日报 with more words"),
        ("Tide tables survive-Wrenmouth", nil, "Tide tables survive-Wrenmouth"),
    ])
    func stripsTheSiteFromTitles(_ title: String, _ site: String?, _ expected: String) {
        #expect(PageTitle.strip(title, site: site, host: "www.wrenmouth-herald.example") == expected)
    }

    /// A site name or a desk (`Redaktion`) is the author only when the page names nobody else.
    @Test(arguments: [
        // A personal blog named after its writer.
        ("<meta property=\"og:site_name\" content=\"Tamsin Orlow\">", "<p class=\"byline\">By Tamsin Orlow</p>", ["Tamsin Orlow"]),
        // The site's name beside a person: the person.
        ("<meta property=\"og:site_name\" content=\"Wrenmouth Herald\"><meta name=\"author\" content=\"Wrenmouth Herald\">",
         "<p class=\"byline\">By Orla Quennell</p>", ["Orla Quennell"]),
        ("<meta property=\"og:site_name\" content=\"Wrenmouth Herald\">",
         "<p class=\"byline\">By Orla Quennell and Wrenmouth Herald</p>", ["Orla Quennell"]),
        // Signed by the desk only.
        ("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Person\", \"name\": \"Redaktion\"}}</script>",
         "", ["Redaktion"]),
        ("<meta name=\"author\" content=\"Redaktion\">", "<p class=\"byline\">Von Jonte Wahlberg</p>", ["Jonte Wahlberg"]),
        // An institution, a host name or a login name in the metadata; a person in the byline.
        ("<meta name=\"author\" content=\"Wrenmouth Webdienste GmbH\">", "<p class=\"byline\">Von Jonte Wahlberg</p>", ["Jonte Wahlberg"]),
        ("<meta name=\"author\" content=\"wrenmouth-herald.example\">", "<p class=\"byline\">By Orla Quennell</p>", ["Orla Quennell"]),
        ("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Person\", \"name\": \"orlaquennell\"}}</script>",
         "<p class=\"byline\">By Orla Quennell</p>", ["Orla Quennell"]),
        // Signed by an institution only: the institution.
        ("<meta name=\"author\" content=\"Wrenmouth Webdienste GmbH\">", "", ["Wrenmouth Webdienste GmbH"]),
        // The site's name beside the person.
        ("<meta property=\"og:site_name\" content=\"Wrenherald\"><meta name=\"author\" content=\"Wrenherald - Orla Quennell\">", "", ["Orla Quennell"]),
        // Metadata naming no person the way names are written; the site's name as one part of
        // a site name that repeats the title; a firm's `A & B`: the byline's person.
        ("<meta name=\"author\" content=\"Wrenherald – Das Magazin für Gezeiten\">", "<p>Von Jonte Wahlberg</p>", ["Jonte Wahlberg"]),
        ("<meta property=\"og:site_name\" content=\"Moss in March | Wrenmouth Herald\"><meta name=\"author\" content=\"Wrenmouth Herald\">",
         "<p class=\"byline\">By Orla Quennell</p>", ["Orla Quennell"]),
        ("<meta property=\"og:site_name\" content=\"Tide & Harbour\"><meta name=\"author\" content=\"Tide & Harbour\">",
         "<p class=\"byline\">By Orla Quennell</p>", ["Orla Quennell"]),
        ("<meta name=\"author\" content=\"Tide & Harbour\">", "", ["Tide & Harbour"]),
        // An SEO plugin's card byline (`twitter:label1` `Written by`).
        ("<meta name=\"twitter:label1\" content=\"Verfasst von\"><meta name=\"twitter:data1\" content=\"Jonte Wahlberg\">"
         + "<meta name=\"twitter:label2\" content=\"Lesezeit\"><meta name=\"twitter:data2\" content=\"3 Minuten\">", "", ["Jonte Wahlberg"]),
    ])
    func outletAuthorsOnlyWhenNobodyElse(_ head: String, _ byline: String, _ expected: [String]) throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(head: head, body: "<article>\(byline)\(TestSupport.prose)</article>"))
        #expect(parsed.authors.map(\.name) == expected)
    }

    /// A theme's logo marked up as the author card spells the site's host: a labelled byline
    /// after it names the writer; an unlabelled name in a teaser list further down does not.
    @Test(arguments: [
        ("<h4 class=\"vcard author\">vom <span class=\"fn\">Wrenfinder</span></h4>", ["Wrenfinder"]),
        ("<ul><li><a href=\"/moos\">Moos im März</a> <span class=\"vcard author\">Kollektiv</span></li></ul>", ["Wren-Archiv"]),
    ])
    func theSiteAsAuthorCardGivesWayToALabelledByline(_ after: String, _ expected: [String]) throws {
        let page = TestSupport.page(head: "<link rel=\"canonical\" href=\"http://archiv.wren.example/?p=12\">",
                                    body: "<h1 class=\"vcard author\"><a href=\"/\" class=\"fn\">Wren-Archiv</a></h1>"
                                        + "<div class=\"post hentry\"><h2>Moos im März</h2>\(after)<div class=\"entry-content\">\(TestSupport.prose)</div></div>")
        #expect(try ArticleParser().parse(bytes: page).authors.map(\.name) == expected)
    }

    /// A byline under another language's class word (`autor`) with several names; the same
    /// class repeated down a list of teasers names their writers, not the article's.
    @Test func aBylineUnderAnotherLanguagesClassWord() throws {
        let byline = "<span class=\"content-left-autor\"><a href=\"/a\">Fenna Brookhart</a>, <a href=\"/b\">Ivo Marsh</a> & <a href=\"/c\">Selma Wirtanen</a></span>"
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(body: "<article><h1>Moss in March</h1>\(byline)\(TestSupport.prose)</article>"))
        #expect(parsed.authors.map(\.name) == ["Fenna Brookhart", "Ivo Marsh", "Selma Wirtanen"])
        let teasers = (1...3).map { "<li><a href=\"/t\($0)\">Tides \($0)</a><div class=\"liste-autor\">Pressemitteilung von Orla Quennell</div></li>" }
        let listed = try ArticleParser().parse(bytes: TestSupport.page(body: "<article><h1>Moss in March</h1>\(TestSupport.prose)<ul>\(teasers.joined())</ul></article>"))
        #expect(listed.authors.isEmpty)
    }

    /// The date and name line a header prints under the headline, apart from the text.
    @Test func theDateAndNameLineUnderTheHeadline() throws {
        let header = "<div class=\"row\"><div class=\"col\"><h1>Moss in March</h1><p class=\"text-muted\">11.12.2019 - Fenna Brookhart</p></div></div>"
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(body: header + "<div class=\"container\">\(TestSupport.prose)</div>"))
        #expect(parsed.authors.map(\.name) == ["Fenna Brookhart"])
    }

    /// A byline and date in the post's footer line (boilerplate by its class) are the post's;
    /// the same in reader comments or outside the post are not.
    @Test func aBylineInThePostFooterCounts() throws {
        let post = """
            <div class="post hentry"><h2>Moss in March</h2><div class="post-body">\(TestSupport.prose)</div>
            <div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Mirela Vantongeren</span></span>
            <time datetime="2021-04-05T09:00:00Z">Monday</time></div></div>
            """
        let comments = "<div class=\"comments\"><span class=\"comment-author vcard\">Posted by Gus Hallorann</span></div>"
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(body: post + comments))
        #expect(parsed.authors.map(\.name) == ["Mirela Vantongeren"])
        #expect(parsed.publishedOn == "2021-04-05")
        let elsewhere = try ArticleParser().parse(bytes: TestSupport.page(body: """
            <div class="post hentry"><h2>Moss in March</h2><div class="post-body">\(TestSupport.prose)</div></div>
            <div class="sidebar"><span class="author">Posted by Gus Hallorann</span></div>
            """ + comments))
        #expect(elsewhere.authors.isEmpty)
    }

    /// A byline in a bar the cues drop (an article navigation list) beside the headline, before
    /// the text, names the writer when it is the page's only one; two such lines name nobody.
    @Test func aBylineInANavigationBarByTheHeadline() throws {
        func bar(_ name: String) -> String {
            "<div class=\"news-nav\"><ul><li><a href=\"/prev\" rel=\"prev\">‹</a><div class=\"author\">von <a href=\"/autor/x\">\(name)</a></div></li></ul></div>"
        }
        let page = { (bars: String) in
            TestSupport.page(body: "<div class=\"wrap\"><div class=\"top\">\(bars)</div><div class=\"news\"><h1>Moss in March</h1>\(TestSupport.prose)</div></div>")
        }
        #expect(try ArticleParser().parse(bytes: page(bar("Mirela Vantongeren"))).authors.map(\.name) == ["Mirela Vantongeren"])
        #expect(try ArticleParser().parse(bytes: page(bar("Mirela Vantongeren") + bar("Gus Hallorann"))).authors.isEmpty)
    }

    /// A WordPress post's element (`post type-post hentry`) is the post, however deep a page
    /// builder sets the text: the `itemprop=datePublished` of its meta bar, in a `widget`
    /// column the cues drop, dates it.
    @Test func theDateInAPageBuildersMetaBar() throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(body: """
            <div class="post-7 post type-post hentry"><div class="builder-widget-wrap"><h1>Moss in March</h1>
            <ul class="post-info"><li itemprop="datePublished"><a href="/2019/10/19/"><span>19. Oktober 2019</span></a></li></ul></div>
            <div class="builder-widget-wrap"><div class="builder-widget theme-post-content"><div class="widget-container" itemprop="articleBody">\(TestSupport.prose)</div></div></div></div>
            """))
        #expect(parsed.publishedOn == "2019-10-19")
    }

    /// An `<article>` chosen whole is the post: the byline and date in its header's
    /// `<aside class="meta">` are its own.
    @Test func theMetaAsideOfTheChosenArticleCounts() throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(body: """
            <article><header><h1>Moss in March</h1><aside class="meta"><p class="authors">Von:<br><i><a class="author-name">Mirela Vantongeren</a></i></p>
            <time itemprop="datePublished" datetime="2021-04-05T09:00:00+02:00">5. Apr 2021</time></aside></header>
            \(TestSupport.prose)</article>
            """))
        #expect(parsed.authors.map(\.name) == ["Mirela Vantongeren"])
        #expect(parsed.publishedOn == "2021-04-05")
    }

    /// The `<article>` around the chosen text is the post, even when a `content` element
    /// inside it holds the text: the byline in its header counts.
    @Test func theArticleAroundTheTextIsThePost() throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(body: """
            <article><h1>Moss in March</h1><aside class="meta"><p class="authors">Von <a class="author-name">Mirela Vantongeren</a></p></aside>
            <div class="content"><div class="field-body">\(TestSupport.prose)</div></div></article>
            """))
        #expect(parsed.authors.map(\.name) == ["Mirela Vantongeren"])
    }

    /// A desk's byline (`Redaktion`) gives way to a person named by a later source; a meta line
    /// of labels (`Datum: … Autor: …`) names the author.
    @Test(arguments: [
        ("<p class=\"byline\">Redaktion</p>\(TestSupport.prose)<footer class=\"post-footer\"><span class=\"author\">von Fenna Brookhart</span></footer>",
         ["Fenna Brookhart"]),
        ("<p class=\"byline\">Redaktion</p>\(TestSupport.prose)", ["Redaktion"]),
        ("\(TestSupport.prose)<div class=\"article-date\">Datum: 19.11.2021 Autor: Fenna Brookhart Quelle: Wrenmouth Herald</div>", ["Fenna Brookhart"]),
        ("<div class=\"post-meta\">Meinung | By Fenna Brookhart | April 13, 2020</div>\(TestSupport.prose)", ["Fenna Brookhart"]),
    ])
    func bylinesFromLaterSources(_ body: String, _ expected: [String]) throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(body: "<article>\(body)</article>"))
        #expect(parsed.authors.map(\.name) == expected)
    }

    /// A label in one element and the name in the next; the one name beside a date in a date
    /// line or a short line at the top, when nothing else names anyone.
    @Test(arguments: [
        ("<h4>Autor</h4><p>Fenna Brookhart</p>\(TestSupport.prose)", ["Fenna Brookhart"]),
        ("<p><b>Autor:</b></p><p>Fenna Brookhart/WPX</p>\(TestSupport.prose)", ["Fenna Brookhart"]),
        ("<p class=\"date-author\">Fenna Brookhart, 01.12.2021</p>\(TestSupport.prose)", ["Fenna Brookhart"]),
        ("<p><small>04.02.2022 | 13:10 Uhr | Fenna Brookhart</small></p>\(TestSupport.prose)", ["Fenna Brookhart"]),
        ("<p class=\"date-author\">Wrenmouth, 01.12.2021</p>\(TestSupport.prose)", []),
        ("<p>Gus Hallorann, harbour master from 1828 to 1866.</p>\(TestSupport.prose)", []),
        ("<p class=\"byline\">By Orla Quennell</p><p class=\"date\">Fenna Brookhart, 01.12.2021</p>\(TestSupport.prose)", ["Orla Quennell"]),
    ])
    func bylinesBesideLabelsAndDates(_ body: String, _ expected: [String]) throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(body: "<article>\(body)</article>"))
        #expect(parsed.authors.map(\.name) == expected)
    }

    /// A byline label in an element of its own, the names after it: a `<dt>` and its `<dd>`, a
    /// bold label and the link after it, a meta box's label and value in boxes of their own.
    @Test(arguments: [
        ("<dl class=\"meta\"><dt>Auteur</dt><dd><a href=\"/staff/aurelie\">Aurélie Vantongeren</a></dd><dt>Date</dt><dd>2 mars 2020</dd></dl>"
         + TestSupport.prose, ["Aurélie Vantongeren"]),
        (TestSupport.prose + "<p><strong>Autor:</strong> <a href=\"/profil/7\">Jonte Wahlberg</a><br><strong>Tags:</strong> <a href=\"/tag/moss\">moss</a>, "
         + "<a href=\"/tag/tide\">tide</a>, <a href=\"/tag/harbour\">harbour</a>, <a href=\"/tag/council\">council</a></p>", ["Jonte Wahlberg"]),
        ("<div class=\"facts\"><div class=\"field\"><p class=\"label\"><strong>By</strong></p></div>"
         + "<div class=\"field\"><p class=\"full-name\">Orla Quennell</p></div></div>" + TestSupport.prose, ["Orla Quennell"]),
        // A label with nothing after it names nobody.
        ("<p><strong>Autor:</strong></p>" + TestSupport.prose, []),
    ])
    func namesAfterALoneLabel(_ body: String, _ expected: [String]) throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(body: "<article><h1>Moss in March</h1>\(body)</article>"))
        #expect(parsed.authors.map(\.name) == expected)
    }

    /// A full name alone closing the text in bold signs it; a bold heading a list follows does not.
    @Test(arguments: [
        (TestSupport.prose + "<p><b><i>Orla Quennell</i></b></p>", ["Orla Quennell"]),
        (TestSupport.prose + "<p><strong>Gus Hallorann</strong></p><p>More about the harbour follows in the next issue of the tide tables.</p>", []),
        (TestSupport.prose + "<p><strong>Weitere Hinweise</strong></p><ul><li>The tide tables of 1871 are kept in the town library.</li>"
         + "<li>The pilots publish their own notes every spring.</li></ul>", []),
    ])
    func aSignatureClosesTheText(_ body: String, _ expected: [String]) throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(body: "<article><h1>Moss in March</h1>\(body)</article>"))
        #expect(parsed.authors.map(\.name) == expected)
    }

    /// A personal site names its owner when nobody else is named: the site's name, when the
    /// host spells it; never an outlet named with an article, nor a name another host carries.
    @Test(arguments: [
        ("https://www.jonte-wahlberg.example/moss", "Dr. Jonte Wahlberg", ["Jonte Wahlberg"]),
        ("https://ornawrenfield.example/2021/moss", "Orna Wrenfield", ["Orna Wrenfield"]),
        ("https://lostides.example/moss", "Los Tides", []),
        ("https://wrenmouth-herald.example/moss", "Jonte Wahlberg", []),
    ])
    func aPersonalSiteNamesItsOwner(_ url: String, _ site: String, _ expected: [String]) throws {
        let head = "<meta property=\"og:url\" content=\"\(url)\"><meta property=\"og:site_name\" content=\"\(site)\">"
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(head: head, body: "<article><h1>Moss in March</h1>\(TestSupport.prose)</article>"))
        #expect(parsed.authors.map(\.name) == expected)
    }

    /// The byline completes the one author the metadata declares (a co-author, the surname of a
    /// first name); a role or employer it adds, or metadata naming two people, leaves the
    /// metadata as it is.
    @Test(arguments: [
        ("<meta name=\"author\" content=\"Orla Quennell\">", "<p class=\"byline\">By Orla Quennell and Gus Hallorann</p>",
         ["Orla Quennell", "Gus Hallorann"]),
        ("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Person\", \"name\": \"Orla\"}}</script>",
         "<p class=\"byline\">By Orla Quennell</p>", ["Orla Quennell"]),
        ("<meta name=\"author\" content=\"Orla Quennell\">", "<p class=\"byline\">Posted by Orla Quennell, WPX Harbour Desk</p>",
         ["Orla Quennell"]),
        ("<meta name=\"author\" content=\"Orla Quennell\">", "<p class=\"byline\">By Orla Quennell and Online-Redaktion</p>",
         ["Orla Quennell"]),
        ("<meta name=\"author\" content=\"Orla Quennell; Gus Hallorann\">",
         "<p class=\"byline\">By Orla Quennell, Gus Hallorann and Tidal Research Program</p>", ["Orla Quennell", "Gus Hallorann"]),
        // Another person than the metadata's: the byline the page labels is the writer a reader
        // sees (the metadata keeps the account that filed the post); a name in a byline
        // element without a label, a handle, leave the metadata as it is.
        ("<meta name=\"author\" content=\"Orla Quennell\">", "<p class=\"byline\">By Gus Hallorann</p>", ["Gus Hallorann"]),
        ("<meta name=\"author\" content=\"Orla Quennell\">", "<p class=\"byline\">Gus Hallorann</p>", ["Orla Quennell"]),
        ("<meta name=\"author\" content=\"Orla Quennell\">", "<p class=\"byline\">By wrenfan</p>", ["Orla Quennell"]),
        ("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Person\", \"name\": \"Orla Quennell\"}}</script>",
         "<dl><dt>Auteur</dt><dd><a href=\"/staff/gus\">Gus Hallorann</a></dd></dl>", ["Gus Hallorann"]),
        // A blogger signing with one name under a label; two single words (a heading's `Von
        // Risiken und Nebenwirkungen`) are no signature.
        ("<meta name=\"author\" content=\"Orla Quennell\">", "<p class=\"byline\">Geschrieben von Gus</p>", ["Gus"]),
        ("<meta name=\"author\" content=\"Orla Quennell\">", "<p class=\"byline\">Von Risiken und Nebenwirkungen</p>", ["Orla Quennell"]),
    ])
    func aBylineCompletesTheDeclaredAuthor(_ head: String, _ byline: String, _ expected: [String]) throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(head: head, body: "<article>\(byline)\(TestSupport.prose)</article>"))
        #expect(parsed.authors.map(\.name) == expected)
    }

    /// The title as the page writes it: a kicker printed before the headline, a separator it
    /// leaves, and a star inside a word (`Bürger*innen`) handled.
    @Test(arguments: [
        ("The grid holds through the storm", "<h1>Energy crisis The grid holds through the storm</h1>", "The grid holds through the storm"),
        ("The grid holds through the storm", "<h1><span>Energy</span>: The grid holds through the storm</h1>", "Energy: The grid holds through the storm"),
        (": The grid holds through the storm", "", "The grid holds through the storm"),
        ("– The grid holds through the storm", "", "The grid holds through the storm"),
        ("Was Bürger*innen jetzt wissen müssen", "", "Was Bürger*innen jetzt wissen müssen"),
        ("Half-time - the grid holds", "", "Half-time - the grid holds"),
    ])
    func titlesAsThePageWritesThem(_ declared: String, _ heading: String, _ expected: String) throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(
            head: "<meta property=\"og:title\" content=\"\(declared)\">", body: "<article>\(heading)\(TestSupport.prose)</article>"))
        #expect(parsed.title == expected)
    }

    /// The headline a reader sees: a Bootstrap `<small>` subtitle and a kicker element before
    /// bare headline text left out; of a blog's masthead `<h1>` and its post's `<h2>`, both in
    /// the `<title>`, the post's; a heading repeating the declared title whole before a
    /// heading that is only a part of it.
    @Test(arguments: [
        (#"<meta property="og:title" content="Fish cakes, hot and fresh">"#,
         #"<article><h1><span class="highlight">Fish cakes, hot and fresh</span> <small class="subtitle">A morning at the harbour market</small></h1>"#
            + "\(TestSupport.prose)<h2>Fish cakes</h2></article>", "Fish cakes, hot and fresh"),
        (#"<meta property="og:title" content="Tides turn? - Tidewatch"><meta property="og:site_name" content="Tidewatch">"#,
         #"<article><h1><span class="sub-heading">Harbour works:</span><br> Tides turn?</h1>"# + "\(TestSupport.prose)</article>", "Tides turn?"),
        ("<title>Harbour works - \"Why the tide tables survived\"</title>",
         #"<article><h1><span class="overline">Harbour works</span>"Why the tide tables survived"</h1>"# + "\(TestSupport.prose)</article>",
         "\"Why the tide tables survived\""),
        ("<title>Tidewatch » Blog Archive » Why the tide tables survived</title>",
         "<h1>Tidewatch</h1><article><h2>Why the tide tables survived</h2>\(TestSupport.prose)</article>", "Why the tide tables survived"),
        (#"<meta property="og:title" content="Interview with Oona Pell – #HarbourVoices"><title>Interview with Oona Pell – #HarbourVoices - Tidewatch</title>"#,
         "<article><h1>Interview with Oona Pell – #HarbourVoices</h1>\(TestSupport.prose)<h2>HarbourVoices</h2></article>",
         "Interview with Oona Pell – #HarbourVoices"),
        // The article's own h1 over a share card's title that no heading repeats; not a two-word one.
        (#"<meta property="og:title" content="Harbour pilots rescue a paper tradition">"#,
         "<article><h1>Why the tide tables survive another winter</h1>\(TestSupport.prose)</article>", "Why the tide tables survive another winter"),
        (#"<meta property="og:title" content="Harbour pilots rescue a paper tradition">"#,
         "<article><h1>Tide tables</h1>\(TestSupport.prose)</article>", "Harbour pilots rescue a paper tradition"),
        // A drop cap is no kicker.
        ("<title>The tide tables survived</title>", #"<article><h1><span class="dropcap">T</span>he tide tables survived</h1>"# + "\(TestSupport.prose)</article>",
         "The tide tables survived"),
    ])
    func headingsAsAReaderSeesThem(_ head: String, _ body: String, _ expected: String) throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(head: head, body: body))
        #expect(parsed.title == expected)
    }

    /// Microdata read from a heading with its kicker (`<small>Energy</small><br>Title`), beside
    /// an `og:title` without it: the title without the kicker.
    /// A breadcrumb's `<h1>` repeating the declared headline confirms it against a section
    /// heading in the text that opens the same way.
    @Test func aBreadcrumbHeadlineConfirmsTheDeclaredTitle() throws {
        let head = #"<script type="application/ld+json">{"@type": "Article", "headline": "Why the tide tables matter and who prints them"}</script>"#
        let section = "<article><h2>Why the tide tables matter</h2>\(TestSupport.prose)</article>"
        let confirmed = try ArticleParser().parse(bytes: TestSupport.page(head: head,
            body: "<nav class=\"breadcrumb\"><ol><li><a href=\"/\">Home</a></li><li><h1>Why the tide tables matter and who prints them</h1></li></ol></nav>" + section))
        #expect(confirmed.title == "Why the tide tables matter and who prints them")
    }

    /// A `<title>` of parts no site name explains keeps the part the description repeats.
    @Test func theTitlePartTheDescriptionRepeatsIsTheTitle() throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(
            head: "<title>Harbour Club Wrenmouth - Tide tables survive the storm - Club News</title>"
                + "<meta name=\"description\" content=\"Tide tables survive the storm\">",
            body: "<div>\(TestSupport.prose)</div>"))
        #expect(parsed.title == "Tide tables survive the storm")
    }

    /// Microdata of another work the page cites, lists or hosts (a reference, a comment) is
    /// that work's: its authors are not the article's.
    @Test func citedWorksLendNoAuthors() throws {
        let reference = #"<li itemprop="citation" itemscope itemtype="http://schema.org/ScholarlyArticle">"#
            + #"<meta itemprop="author" content="Gus Hallorann, "><span itemprop="headline">Tides in 1871</span></li>"#
        let comment = #"<div itemprop="comment" itemscope itemtype="http://schema.org/Comment"><span itemprop="author">Orla Quennell</span></div>"#
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(body: """
            <article itemscope itemtype="http://schema.org/ScholarlyArticle"><h1 itemprop="headline">Why the tide tables survived</h1>
            <ul><li itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Fenna Brookhart</span></li></ul>
            \(TestSupport.prose)<ol>\(reference)</ol>\(comment)</article>
            """))
        #expect(parsed.authors.map(\.name) == ["Fenna Brookhart"])
        #expect(parsed.title == "Why the tide tables survived")
    }

    /// A microdata headline on a plain element loses its kicker as a heading does.
    @Test func aMicrodataHeadlineLosesItsKicker() throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(
            head: "<title>Storm: the grid holds | Wrenmouth Herald</title>",
            body: "<article><div itemprop=\"headline\"><span class=\"highline\">Storm</span> How the grid held through the night</div>\(TestSupport.prose)</article>"))
        #expect(parsed.title == "How the grid held through the night")
    }

    @Test func aKickerOnlyTheMicrodataKeepsIsLeftOut() throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(
            head: "<meta property=\"og:title\" content=\"The grid holds through the storm\">",
            body: "<article><h1 itemprop=\"headline\"><small>Energy</small><br> The grid holds through the storm</h1>\(TestSupport.prose)</article>"))
        #expect(parsed.title == "The grid holds through the storm")
    }

    /// A UTC timestamp shifted across midnight gives way to the date the page shows; a shown
    /// date that no time zone explains does not.
    @Test(arguments: [
        ("2023-11-09T05:30:00Z", "2023-11-08T23:30:00-06:00", "2023-11-08"),
        ("2021-11-04T23:10:00+00:00", "2021-11-05T00:10:00+01:00", "2021-11-05"),
        ("2023-10-30T13:01:00+00:00", "2023-10-31T09:00:00+01:00", "2023-10-30"),
        ("2023-11-09T05:30:00-06:00", "2023-11-08T10:00:00-06:00", "2023-11-09"),
        // HTTP's date form, in GMT.
        ("Thu, 09 Nov 2023 02:41:00 GMT", "2023-11-08T22:41:00-04:00", "2023-11-08"),
        ("Thu, 09 Nov 2023 14:41:00 GMT", "2023-11-08T22:41:00-04:00", "2023-11-09"),
    ])
    func aUTCDateGivesWayToTheShownLocalDate(_ declared: String, _ shown: String, _ expected: String) throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(
            head: "<meta property=\"article:published_time\" content=\"\(declared)\">",
            body: "<article><time datetime=\"\(shown)\">shown</time>\(TestSupport.prose)</article>"))
        #expect(parsed.publishedOn == expected)
    }

    /// The date the page shows wins over a declared publication date when a declaration backs
    /// it (a later modification, another publication date) or when only a generic `date` meta,
    /// later than the shown date, disagrees; a shown date nothing backs does not.
    @Test(arguments: [
        // Revised article showing its update.
        (#""datePublished": "2021-03-01T10:00:00+01:00", "dateModified": "2021-04-10T09:00:00+01:00""#, "", "2021-04-10", "2021-04-10"),
        // A "modification" before the publication: a draft of a scheduled post.
        (#""datePublished": "2021-03-20T10:00:00+01:00", "dateModified": "2021-03-02T09:00:00+01:00""#, "", "2021-03-02", "2021-03-20"),
        // Another declared publication date repeats the shown one.
        (#""datePublished": "2021-03-01T10:00:00+01:00""#, #"<meta property="article:published_time" content="2021-03-05T08:00:00+01:00">"#,
         "2021-03-05", "2021-03-05"),
        // A shown date nothing declared backs.
        (#""datePublished": "2021-03-01T10:00:00+01:00", "dateModified": "2021-04-10T09:00:00+01:00""#, "", "2021-05-17", "2021-03-01"),
        // A generic date meta later than the shown date: a last change.
        ("", #"<meta name="date" content="2020-04-30">"#, "2020-04-29", "2020-04-29"),
        ("", #"<meta name="DC.date" content="2020-04-30">"#, "2020-04-29", "2020-04-29"),
        // … but not earlier, nor a named publication meta.
        ("", #"<meta name="date" content="2017-05-01">"#, "2020-02-26", "2017-05-01"),
        ("", #"<meta property="article:published_time" content="2020-04-30">"#, "2020-04-29", "2020-04-30"),
    ])
    func theShownDateWinsWhenTheDeclarationsBackIt(_ jsonLD: String, _ meta: String, _ shown: String, _ expected: String) throws {
        let script = jsonLD.isEmpty ? "" : #"<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry timetable changes", \#(jsonLD)}</script>"#
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(
            head: script + meta,
            body: "<article><h1>Ferry timetable changes</h1><time datetime=\"\(shown)\">shown</time>\(TestSupport.prose)</article>"))
        #expect(parsed.publishedOn == expected)
    }

    /// A date the page's microdata marks on visible text in its own language
    /// (`itemprop=datePublished` on `19. Oktober 2019`), and a news dateline opening the text.
    @Test(arguments: [
        (#"<div class="entry-links"><span itemprop="datePublished"><a href="/archiv/">19. Oktober 2019</a></span></div>"#
            + "<article>\(TestSupport.prose)</article>", "2019-10-19"),
        ("<article><p>Von Ilse Brandt</p><p>27.1.2022 - Beim Gedenken an die Verfolgten des Hafenviertels lasen Schülerinnen "
            + "aus Briefen, die im Archiv der Stadt Wrenmouth lagen, und der Chor sang zwei Lieder, die seit Jahrzehnten niemand "
            + "mehr gehört hatte.</p>\(TestSupport.prose)</article>", "2022-01-27"),
    ])
    func datesInTheLanguageAndPlaceOfThePage(_ body: String, _ expected: String) throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(body: body))
        #expect(parsed.publishedOn == expected)
    }

    /// Dates a reader sees outside the text: in an element hidden only when printed (not when
    /// it is also a share bar), a heading that is only a date (a blog theme's, shifting a UTC
    /// timestamp late in the day to the shown day), hAtom's machine date in an empty element.
    @Test(arguments: [
        (#"<div class="submitted hide-for-print"><span class="publication-date">Veröffentlicht am 06.10.2023</span></div>"#, "", "2023-10-06"),
        (#"<div class="byline d-print-none"><span class="post-date">6 October 2023</span></div>"#, "", "2023-10-06"),
        (#"<div class="share-bar hide-for-print"><span class="publication-date">06.10.2023</span></div>"#, "", nil),
        ("<h2>2019-01-01</h2>", #"<meta property="article:published_time" content="2018-12-31T23:11:59+00:00">"#, "2019-01-01"),
        ("<h3>Dienstag, 1. Januar 2019</h3>", "", "2019-01-01"),
        ("<h2>The harbour concert of 12 May 2019 moved to the old fish market hall</h2>", "", nil),
        (#"<span class="published" title="2013-04-04T18:52:11+00:00"></span>"#, "", "2013-04-04"),
        (#"<span class="published" title="Posted by the harbour desk"></span>"#, "", nil),
    ] as [(String, String, String?)])
    func datesTheReaderSeesOutsideTheText(_ before: String, _ head: String, _ expected: String?) throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(head: head, body: before + "<article>\(TestSupport.prose)</article>"))
        #expect(parsed.publishedOn == expected)
    }

    /// The outlet is the masthead: not the owning company, not the writer named as publisher,
    /// not a slogan beside the name or the headline in `og:site_name`; a `<title>`'s part that
    /// names the host when nothing else names the site, and the host when no part does.
    @Test(arguments: [
        (#"<meta property="og:site_name" content="Wrenmouth Herald"><script type="application/ld+json">{"@type": "NewsArticle", "#
            + #""headline": "Tide tables survive", "publisher": {"@type": "Organization", "name": "Wrenmouth Media GmbH"}}</script>"#,
         "Wrenmouth Herald"),
        (#"<meta property="og:site_name" content="Quennell Notes"><script type="application/ld+json">{"@type": "BlogPosting", "#
            + #""headline": "Tide tables survive", "author": {"@type": "Person", "name": "Orla Quennell"}, "#
            + #""publisher": {"@type": "Person", "name": "Orla Quennell"}}</script>"#,
         "Quennell Notes"),
        (#"<meta property="og:site_name" content="Wrenherald – News from the estuary"><link rel="canonical" href="https://www.wrenherald.org/tides">"#,
         "Wrenherald"),
        (#"<meta property="og:title" content="Tide tables survive another winter"><meta property="og:site_name" content="Tide tables survive another winter">"#
            + #"<title>Tide tables survive another winter | Wrenmouth Herald</title><link rel="canonical" href="https://wrenmouth-herald.org/tides">"#,
         "Wrenmouth Herald"),
        (#"<title>Tide tables survive | Estuary Post</title><link rel="canonical" href="https://www.estuarypost.org/a/tides">"#, "Estuary Post"),
        (#"<title>Tide tables survive | Weekly Notes</title><link rel="canonical" href="https://www.estuarypost.org/a/tides">"#, "estuarypost.org"),
        // A network publishing the site, beside a site name that is the host's.
        (#"<meta property="og:site_name" content="estuarypost.org | inside the harbour"><meta name="publisher" content="Harbour Network Media">"#
            + #"<link rel="canonical" href="https://www.estuarypost.org/a/tides">"#, "estuarypost.org"),
        // A site name that holds the headline: the other part.
        (#"<meta property="og:title" content="Tide tables survive another winter"><meta property="og:site_name" content="Tide tables survive another winter | Die Flut">"#,
         "Die Flut"),
        // No address declared: the last part of a `<title>` that opens with the headline.
        (#"<title>Tide tables survive another winter | Estuary Post</title><meta property="og:title" content="Tide tables survive another winter">"#,
         "Estuary Post"),
        (#"<title>Tide tables survive another winter : Harbour - Estuary Post</title><meta property="og:title" content="Tide tables survive another winter">"#,
         "Estuary Post"),
        (#"<title>潮汐表又撑过了一个冬天！-海湾日报</title>"#, "海湾日报"),
        // The page's `<title>` in the site's field: the host's part of it, else the host.
        (#"<title>Moss returns to the harbour wall | Estuary Post</title><meta property="og:site_name" content="Moss returns to the harbour wall">"#
            + #"<link rel="canonical" href="https://www.estuarypost.org/a/moss">"#, "Estuary Post"),
        (#"<title>Why the moss came back to the harbour wall</title><meta property="og:site_name" content="Why the moss came back to the harbour wall">"#
            + #"<link rel="canonical" href="https://www.estuarypost.org/a/moss">"#, "estuarypost.org"),
        // A site's address given for its name is its host.
        (#"<meta name="publisher" content="https://www.estuarypost.org/">"#, "estuarypost.org"),
    ])
    func theOutletIsTheMasthead(_ head: String, _ expected: String) throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(head: head, body: "<article>\(TestSupport.prose)</article>"))
        #expect(parsed.publication == expected)
    }

    /// A date stored as Central European midnight in UTC is the next day's date.
    @Test(arguments: [
        ("2022-11-06T23:00:00.000Z", "2022-11-07"), ("2022-06-30T22:00:00Z", "2022-07-01"), ("2022-12-31T23:00:00+00:00", "2023-01-01"),
        ("2022-11-06T23:14:09Z", "2022-11-06"), ("2022-11-06T23:00:00+01:00", "2022-11-06"),
    ])
    func aUTCMidnightIsTheNextDay(_ declared: String, _ expected: String) throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(
            head: "<meta property=\"article:published_time\" content=\"\(declared)\">", body: "<article>\(TestSupport.prose)</article>"))
        #expect(parsed.publishedOn == expected)
    }

    @Test func dayNumbersRoundTrip() {
        for iso in ["1970-01-01", "2000-02-29", "2023-12-31", "1899-03-01"] {
            #expect(HTMLReader.dayNumber(iso).map(HTMLReader.isoDate(day:)) == iso)
        }
    }

    /// Dublin Core written the RDFa way (`property="dcterms:created"`).
    @Test func dublinCoreWithAColon() throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(head: """
            <meta property="dc:creator" content="Orla Quennell"><meta property="dcterms:created" content="2015-01-28">
            """, body: "<article>\(TestSupport.prose)</article>"))
        #expect(parsed.authors.map(\.name) == ["Orla Quennell"])
        #expect(parsed.publishedOn == "2015-01-28")
    }

    /// A few stray NUL bytes in a page are dropped as browsers drop them; many are a binary file.
    @Test func strayNULsInAPageAreDropped() throws {
        let prose = String(repeating: TestSupport.prose, count: 4)
        var page = TestSupport.page(head: "<title>Tide tables survive</title>", body: "<article>\(prose)</article>")
        page.insert(0, at: page.count - 30)
        let source = try ArticleSource.read(page)
        #expect(source.isHTML)
        #expect(source.warnings.contains("1 NUL byte dropped from the page"))
        #expect(try ArticleParser().parse(bytes: page).title == "Tide tables survive")
        let binary = TestSupport.page(body: "<article>" + String(repeating: "\u{0}x", count: 200) + "</article>")
        #expect(throws: ParseError.binary) { try ArticleSource.read(binary) }
    }

    @Test func ogImageIsNeverTheURL() throws {
        let document = try TestSupport.read(head: """
            <meta property="og:url" content="https://cdn.wrenmouth-herald.example/photos/tide.jpg">
            <meta property="og:image" content="https://cdn.wrenmouth-herald.example/photos/tide.jpg">
            <link rel="canonical" href="https://wrenmouth-herald.example/news/tide-tables">
            <script type="application/ld+json">{"@type": "NewsArticle", "url": "https://wrenmouth-herald.example/logo.png",
              "image": "https://wrenmouth-herald.example/tide.png"}</script>
            """, body: "<article>\(TestSupport.prose)</article>")
        #expect(document.declared(.url).map(\.value) == ["https://wrenmouth-herald.example/news/tide-tables"])
    }

    /// An `og:url` escaped whole by its template is the address unescaped; the oEmbed discovery
    /// link names the page when nothing else does, and resolves a relative canonical link.
    @Test func escapedAndOEmbedAddresses() throws {
        let escaped = try TestSupport.read(head: """
            <meta property="og:url" content="https%3A%2F%2Fwrenmouth-herald.example%2Fnews%2Fk%25C3%25BCste">
            """, body: "<article>\(TestSupport.prose)</article>")
        #expect(escaped.declared(.url).map(\.value) == ["https://wrenmouth-herald.example/news/k%C3%BCste"])
        let oEmbed = """
            <link rel="alternate" type="application/json+oembed" \
            href="https://wrenmouth-herald.example/wp-json/oembed/1.0/embed?url=https%3A%2F%2Fwrenmouth-herald.example%2Ftide-tables%2F">
            <link rel="alternate" type="text/xml+oembed" \
            href="https://wrenmouth-herald.example/wp-json/oembed/1.0/embed?url=https%3A%2F%2Fwrenmouth-herald.example%2Ftide-tables%2F&amp;format=xml">
            """
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(head: oEmbed, body: "<article>\(TestSupport.prose)</article>"))
        #expect(parsed.url == "https://wrenmouth-herald.example/tide-tables/")
        let relative = try TestSupport.read(head: oEmbed + #"<link rel="canonical" href="/tide-tables">"#, body: "<article>\(TestSupport.prose)</article>")
        #expect(relative.declared(.url).map(\.value) == ["https://wrenmouth-herald.example/tide-tables", "https://wrenmouth-herald.example/tide-tables/"])
        #expect(DeclaredURLs.fromOEmbed("https://wrenmouth-herald.example/embed?format=json") == nil)
        #expect(DeclaredURLs.fromOEmbed("https://wrenmouth-herald.example/embed?url=https%3A%2F%2Fwrenmouth-herald.example%2Flogo.png") == nil)
    }

    /// A placeholder `@id` in `mainEntityOfPage` loses to the `url` beside it and the `og:url`.
    @Test func aPlaceholderPageIDLosesToThePagesURL() throws {
        let parsed = try ArticleParser().parse(bytes: TestSupport.page(head: """
            <meta property="og:url" content="https://wrenmouth-herald.example/news/tide-tables">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tide tables survive",
              "mainEntityOfPage": {"@type": "WebPage", "@id": "https://placeholder.example/article",
              "url": "https://wrenmouth-herald.example/news/tide-tables"}}</script>
            """, body: "<article>\(TestSupport.prose)</article>"))
        #expect(parsed.url == "https://wrenmouth-herald.example/news/tide-tables")
    }

    @Test func relativeCanonicalResolvesAgainstOgURL() throws {
        let document = try TestSupport.read(head: """
            <meta property="og:url" content="https://wrenmouth-herald.example/news/tide-tables?ref=social">
            <link rel="canonical" href="/news/tide-tables">
            """, body: "<article>\(TestSupport.prose)</article>")
        #expect(document.declared(.url).first(where: { $0.source == .link })?.value == "https://wrenmouth-herald.example/news/tide-tables")
    }

    @Test(arguments: [
        "<nav><a href='/'>Home</a></nav><p>Sign in to read this article.</p><footer>© Wrenmouth Herald</footer>",
        "<ul><li><a href='/a'>Tide tables survive</a></li><li><a href='/b'>Council votes</a></li></ul>",
        "",
    ])
    func refusesAPageWithoutArticle(_ body: String) {
        #expect(throws: ParseError.noArticleText) { try TestSupport.read(body: body) }
        #expect(throws: ParseError.noArticleText) { try ArticleParser().parse(bytes: TestSupport.page(body: body)) }
    }

    @Test func aShortDeclaredArticleIsStillAnArticle() throws {
        let short = "<p>The tide tables for Wrenmouth are on sale at the library from Monday, at last year's price.</p>"
        #expect(throws: ParseError.noArticleText) { try TestSupport.read(body: "<div>\(short)</div>") }
        let document = try TestSupport.read(head: "<meta property=\"og:type\" content=\"article\">", body: "<div>\(short)</div>")
        #expect(document.blocks.contains { $0.plainText.hasPrefix("The tide tables") })
        #expect(try TestSupport.read(body: "<article>\(short)</article>").blocks.count == 1)
    }

    /// A page that draws its text with scripts still declares it to search engines: the JSON-LD
    /// `articleBody` becomes the body, one paragraph per line, with a warning saying so; a
    /// declared body too short to be an article (a summary) does not save the page.
    @Test func scriptDrawnTextIsReadFromTheDeclaredArticleBody() throws {
        let paragraphs = [
            "The ferry between Wrenmouth and Calder Isle will run twice a day from March, the harbour board said on Tuesday.",
            "Islanders had asked for a second crossing since the old boat was retired, and the board found the money in its repair fund.",
            "Captain Odile Marsh, who will take the morning crossing, said the timetable would be printed in the library & the post office.",
        ]
        let body = paragraphs.joined(separator: "\\n\\n")
        let head = """
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "A Second Ferry for Calder Isle", "articleBody": "\(body)"}</script>
            """
        let document = try TestSupport.read(head: head, body: "<div id='app'></div><script>render()</script>")
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.plainText) == paragraphs)
        #expect(document.warnings.contains { $0.contains("JSON-LD articleBody") })
        let summary = head.replacingOccurrences(of: body, with: "The ferry will run twice a day.")
        #expect(throws: ParseError.noArticleText) { try TestSupport.read(head: summary, body: "<div id='app'></div>") }
        // A page whose own text is long enough keeps it, whatever it declares.
        let shown = try TestSupport.read(head: head, body: "<article>\(TestSupport.prose)</article>")
        #expect(!shown.warnings.contains { $0.contains("articleBody") })
    }

    /// A how-to drawn by scripts declares its steps in a schema.org `HowTo`: its description and
    /// steps (sections too, markup removed) become the text, with a warning saying so.
    @Test func scriptDrawnHowToIsReadFromItsDeclaredSteps() throws {
        let head = """
            <script type="application/ld+json">{"@context": "http://schema.org/", "@type": "HowTo", "name": "How to Hem a Round Tablecloth",
            "description": "\\u003cp\\u003eA round table needs a round cloth, and a round cloth needs a patient hem.\\u003c/p\\u003e\\u003cp\\u003eYou need chalk, a string and an afternoon.\\u003c/p\\u003e",
            "step": [{"@type": "HowToStep", "text": "Measure the table across its widest point and add twice the drop you want."},
                     {"@type": "HowToSection", "name": "Cutting", "itemListElement": [
                        {"@type": "HowToStep", "text": "Fold the fabric in four and draw a quarter circle with the chalk on a string."}]}]}</script>
            """
        let document = try TestSupport.read(head: head, body: "<div id='app'></div>")
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.plainText) == [
            "A round table needs a round cloth, and a round cloth needs a patient hem.",
            "You need chalk, a string and an afternoon.",
            "Measure the table across its widest point and add twice the drop you want.",
            "Cutting",
            "Fold the fabric in four and draw a quarter circle with the chalk on a string.",
        ])
        #expect(document.warnings.contains { $0.contains("HowTo") })
    }

    /// A video's page shows a short description and declares a `VideoObject`: refused, and the
    /// message says it is a video's page.
    @Test func aVideoPageIsRefusedAsOne() throws {
        let head = """
            <script type="application/ld+json">{"@type": "VideoObject", "name": "Gulls at the Harbour",
            "description": "The gulls came back to the harbour wall a month early this year."}</script>
            """
        let body = "<h1>Gulls at the Harbour</h1><p>The gulls came back to the harbour wall a month early this year.</p>"
        #expect(throws: ParseError.videoPage) { try TestSupport.read(head: head, body: body) }
        #expect(throws: ParseError.noArticleText) { try TestSupport.read(body: body) }
        #expect(ParseError.videoPage.description.contains("video"))
        // A video inside an article with text is still the article.
        #expect(try TestSupport.read(head: head, body: "<article>\(TestSupport.prose)</article>").blocks.count >= 2)
    }

    @Test func noArticleErrorReadsAsASentence() {
        #expect(ParseError.noArticleText.description.hasPrefix("no article text found in the HTML page"))
    }

    @Test func gzippedPagesAreInflated() throws {
        let page = TestSupport.page(head: "<title>Tide tables survive</title>", body: "<article>\(TestSupport.prose)</article>")
        let gzipped = try gzip(page)
        #expect(Gzip.isGzip(gzipped))
        #expect(try Gzip.inflate(gzipped, limit: 1 << 20) == page)
        let article = try ArticleParser().parse(bytes: gzipped)
        #expect(article.title == "Tide tables survive")
        #expect(article.body.contains("tide tables for the Wrenmouth estuary"))
        // A bomb is refused, a damaged stream too.
        #expect(throws: ParseError.gzipTooLarge(limit: 100)) { try Gzip.inflate(gzipped, limit: 100) }
        #expect(throws: ParseError.damagedGzip) { try Gzip.inflate(Array(gzipped.prefix(gzipped.count / 2)), limit: 1 << 20) }
    }

    @Test func htmlNamesAreArticleNames() {
        for name in ["a.html", "B.HTM", "c.xhtml", "d.html.gz", "e.htm.gz", "f.md", "g.txt"] {
            #expect(InputFiles.isArticleName(name), "\(name)")
        }
        for name in ["a.gz", "b.css", "c.json", "d.tar.gz"] {
            #expect(!InputFiles.isArticleName(name), "\(name)")
        }
    }

    /// gzip through the system's `gzip`, so the test checks our inflate against another writer.
    private func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("page.html")
        try Data(bytes).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-9", file.path]
        try process.run()
        process.waitUntilExit()
        return try TestSupport.bytes(dir.appendingPathComponent("page.html.gz"))
    }
}
