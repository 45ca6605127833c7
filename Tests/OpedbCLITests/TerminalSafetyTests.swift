import Foundation
import Testing
@testable import OpedbCLI

/// Control characters stored in articles reach a terminal escaped, and JSON as they are.
@Suite struct TerminalSafetyTests {
    static let retitle = "\u{1B}]0;pwned\u{7}"
    static let clear = "\u{1B}[2J"

    @Test func controlCharactersAreEscaped() {
        #expect("a\u{1B}[2Jb".escapingControls() == "a\\x1B[2Jb")
        #expect("bell\u{7} cr\r tab\t nl\n".escapingControls() == "bell\\x07 cr\\x0D tab\t nl\n")
        #expect("csi\u{9B}".escapingControls() == "csi\\u{9B}")
        #expect("\u{1}hit\u{2}".escapingControls(keepingMarkers: true) == "\u{1}hit\u{2}")
        #expect("\u{1}hit\u{2}".escapingControls() == "\\x01hit\\x02")
        #expect("Novák — “plain” text".escapingControls() == "Novák — “plain” text")
    }

    @Test func showAndSearchNeverPrintStoredEscapeSequences() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        try cli.write("evil.md", """
            # Harbour report \(Self.retitle) today

            The harbour body \(Self.clear) clears the screen\r and rings \u{7} the bell.

            Original url: https://example.org/evil
            """)
        let add = try cli.run(["add", "evil.md"])
        #expect(add.status == 0, "\(add.stderr)")
        for arguments in [["show", "1"], ["search", "harbour"], ["show", "1", "--color", "always"],
                          ["search", "harbour", "--color", "always"], ["show", "1", "--highlight", "harbour", "--color", "always"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(!result.stdout.contains("\u{1B}]"), "\(arguments)")
            #expect(!result.stdout.contains("\u{1B}[2J"), "\(arguments)")
            #expect(!result.stdout.contains("\u{7}"), "\(arguments)")
            #expect(!result.stdout.contains("\r"), "\(arguments)")
            #expect(result.stdout.contains("\\x1B"), "\(arguments): \(result.stdout)")
            if !arguments.contains("always") { #expect(!result.stdout.contains("\u{1B}"), "\(arguments)") }
        }
        let json = try cli.run(["show", "1", "--json"])
        #expect(!json.stdout.contains("\u{1B}"))
        let object = try #require(try cli.json(json) as? [String: Any])
        #expect((object["title"] as? String)?.contains(Self.retitle) == true, "\(object["title"] ?? "")")
        #expect((object["body"] as? String)?.contains(Self.clear) == true)
        let hits = try #require(try cli.json(try cli.run(["search", "harbour", "--json"])) as? [[String: Any]])
        #expect((hits.first?["title"] as? String)?.contains(Self.retitle) == true)
    }
}
