import Testing
@testable import OpeDB

/// The address a saving tool wrote into a page, read when the page declares none.
@Suite struct SavedPageAddressTests {
    /// A page as a tool saved it: `mark` at its top, then a page that declares no address.
    static func saved(_ mark: String, head: String = "", body: String = "<article><h1>Tide tables survive</h1>\(TestSupport.prose)</article>") -> [UInt8] {
        Array("<!DOCTYPE html>\n\(mark)\n<html><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>".utf8)
    }

    static let waybackHead = """
        <script src="//archive.org/includes/athena.js" type="text/javascript"></script>
        <script type="text/javascript">window.RufflePlayer=window.RufflePlayer||{};</script>
        <script type="text/javascript">
          __wm.init("https://web.archive.org/web");
          __wm.wombat("http://wrenmouth-herald.example:80/news/tide-tables?id=7","20130307194448","https://web.archive.org/","web","/_static/",
                      "1362685488");
        </script>
        """

    @Test(arguments: [
        ("<!-- saved from url=(0052)https://wrenmouth-herald.example/news/tide-tables -->", "", "https://wrenmouth-herald.example/news/tide-tables"),
        ("<!--\n Page saved with SingleFile \n url: https://wrenmouth-herald.example/news/tide-tables \n saved date: Tue Mar 05 2024 10:12:41 GMT+0100\n-->", "",
         "https://wrenmouth-herald.example/news/tide-tables"),
        ("", waybackHead, "https://web.archive.org/web/20130307194448/http://wrenmouth-herald.example/news/tide-tables?id=7"),
    ])
    func theSavingToolsMarkGivesTheAddress(mark: String, head: String, address: String) throws {
        #expect(SavedPageAddress.address(in: Self.saved(mark, head: head)) == address)
        let article = try ArticleParser().parse(bytes: Self.saved(mark, head: head))
        #expect(article.url == address)
        // The outlet is the captured page's, not the archive's.
        #expect(article.domain == "wrenmouth-herald.example")
        #expect(article.publication == "wrenmouth-herald.example")
    }

    /// What the page declares for itself outranks where it was saved from.
    @Test func aDeclaredAddressOutranksTheMark() throws {
        let article = try ArticleParser().parse(bytes: Self.saved(
            "<!-- saved from url=(0052)https://wrenmouth-herald.example/news/tide-tables -->",
            head: #"<link rel="canonical" href="https://wrenmouth-herald.example/news/tide-tables-2024">"#))
        #expect(article.url == "https://wrenmouth-herald.example/news/tide-tables-2024")
    }

    @Test(arguments: [
        // No mark; a mark in the text, past the page's head; an image; an unfinished capture call.
        "<p>Nothing saved this page.</p>",
        String(repeating: "<p>Filler text for the archive.</p>", count: 1_200) + "<!-- saved from url=(0052)https://wrenmouth-herald.example/news/tide-tables -->",
        "<!-- saved from url=(0046)https://wrenmouth-herald.example/tide-chart.png -->",
        #"<script>__wm.wombat("http://wrenmouth-herald.example/news/tide-tables"#,
        #"<script>__wm.wombat("http://wrenmouth-herald.example/news/tide-tables","web");</script>"#,
        // The marks quoted where no tool writes them: a browser's in a script of the head, the
        // Wayback Machine's in an article's code.
        #"<!DOCTYPE html><html><head><script>var s = '<!-- saved from url=(0026)https://other.example/page -->';</script></head><body></body></html>"#,
        #"<!DOCTYPE html><html><head></head><body><pre>__wm.wombat("http://old.example:80/t/12","20090101000000","https://web.archive.org/");</pre></body></html>"#,
    ])
    func otherPagesNameNoAddress(page: String) {
        #expect(SavedPageAddress.address(in: Array(page.utf8)) == nil)
    }

    @Test(arguments: [
        ("https://web.archive.org/web/20130307194448/http://wrenmouth-herald.example/a", "http://wrenmouth-herald.example/a"),
        ("http://web.archive.org/web/20130307194448id_/https://www.wrenmouth-herald.example/a?b=1", "https://www.wrenmouth-herald.example/a?b=1"),
        ("https://web.archive.org/web/20130307194448/wrenmouth-herald.example/a", "http://wrenmouth-herald.example/a"),
        ("https://web.archive.org/web/20130307194448/https:/wrenmouth-herald.example/a", "https://wrenmouth-herald.example/a"),
        ("https://web.archive.org/web/20130307194448id_/wrenmouth-herald.example/go?to=https://tracker.example/x",
         "http://wrenmouth-herald.example/go?to=https://tracker.example/x"),
    ])
    func aCaptureNamesThePageItCaptured(capture: String, original: String) {
        // (The query's address is the page's parameter, not its host.)
        #expect(CanonicalURL.archivedAddress(capture) == original)
        #expect(CanonicalURL.domain(of: capture) == "wrenmouth-herald.example")
    }

    /// `http:\/\/`: the Wayback Machine's call may escape its slashes as a JavaScript string.
    @Test func anEscapedCaptureAddressIsRead() {
        let page = #"<html><head><script>__wm.wombat("http:\/\/wrenmouth-herald.example\/a","20200101000000","https://web.archive.org/");</script></head>"#
        #expect(SavedPageAddress.address(in: Array(page.utf8)) == "https://web.archive.org/web/20200101000000/http://wrenmouth-herald.example/a")
    }

    /// One layer is unwrapped: a capture of a capture names the archive (and costs one pass).
    @Test func aCaptureOfACaptureNamesTheArchive() {
        let nested = String(repeating: "https://web.archive.org/web/20130307194448/", count: 2_000) + "http://wrenmouth-herald.example/a"
        #expect(CanonicalURL.domain(of: nested) == "web.archive.org")
    }

    @Test(arguments: [
        // Not a web page's capture; a scheme-less capture whose query holds another address.
        "https://web.archive.org/web/20130307194448/mailto:editor@wrenmouth-herald.example",
        "https://wrenmouth-herald.example/web.archive.org/web/2013/http://x.example/",
        "https://web.archive.org/web/",
        "https://web.archive.org/details/tidetables",
        "https://web.archive.org/web/*/wrenmouth-herald.example",
    ])
    func otherAddressesCaptureNothing(url: String) {
        #expect(CanonicalURL.archivedAddress(url) == nil)
    }
}
