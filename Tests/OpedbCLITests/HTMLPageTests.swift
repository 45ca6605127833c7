import Foundation
import Testing

/// Saved web pages through the built binary: added from a folder, searched, shown byte for byte.
@Suite struct HTMLPageTests {
    static let page = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>The Lantern Makers of Quillby | Quillby Post</title>
        <meta property="og:site_name" content="Quillby Post"><meta name="author" content="Perpetua Nakamura-Holt">
        <meta property="article:published_time" content="2021-10-04T09:00:00Z"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>The Lantern Makers of Quillby</h1>
        <p>In a workshop behind the station, three sisters still solder tin lanterns by hand, as their grandmother did, \
        and sell every one before the autumn fair.</p>
        <p>Their secret, they say, is the glass: a greenish batch from a furnace in Oxley that closes next spring, \
        which leaves them hunting for a new supplier.</p></article>
        <footer>© Quillby Post · Contact · Privacy</footer></body></html>
        """

    @Test func addsAFolderWithAPageAndFindsItsWords() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        let dir = cli.directory.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let bytes = Data(Self.page.utf8)
        try bytes.write(to: dir.appendingPathComponent("lanterns.html"))
        try Data("<html><body><nav><a href='/'>Home</a></nav><p>Log in to continue.</p></body></html>".utf8)
            .write(to: dir.appendingPathComponent("login.htm"))
        try Data("ignored".utf8).write(to: dir.appendingPathComponent("style.css"))

        let added = try cli.run(["add", "pages"])
        #expect(added.status == 1)  // the login wall fails alone
        #expect(added.stdout.contains("added 1  The Lantern Makers of Quillby — Perpetua Nakamura-Holt, 2021-10-04"))
        #expect(added.stdout.contains("1 added, 0 updated, 0 unchanged, 1 failed"))
        #expect(added.stderr.contains("pages/login.htm: no article text found in the HTML page"))
        #expect(!added.stderr.contains("style.css"))

        let found = try cli.run(["search", "greenish", "--json"])
        #expect(found.status == 0)
        #expect(found.stdout.contains("The Lantern Makers of Quillby"))
        // Navigation and footer text is not indexed.
        #expect(!(try cli.run(["search", "Privacy", "--json"]).stdout.contains("Lantern")))

        let source = try cli.run(["show", "1", "--source"])
        #expect(source.stdoutData == bytes)
        #expect(try cli.run(["check"]).status == 0)
    }

    /// A video's page has no article: `parse` fails with one line that says so, exit 1.
    @Test func aVideoPageFailsWithItsReason() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let page = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Gulls at the Harbour</title>
            <script type="application/ld+json">{"@type": "VideoObject", "name": "Gulls at the Harbour",
            "description": "The gulls came back to the harbour wall a month early this year."}</script></head>
            <body><h1>Gulls at the Harbour</h1><p>The gulls came back to the harbour wall a month early this year.</p></body></html>
            """
        try Data(page.utf8).write(to: cli.directory.appendingPathComponent("gulls.html"))
        let parsed = try cli.run(["parse", "gulls.html"])
        #expect(parsed.status == 1)
        #expect(parsed.stderr.contains("gulls.html: no article text found in the HTML page: it is a video's page"))
        #expect(parsed.stderr.split(separator: "\n").count == 1)
    }
}
