import Foundation
import Testing

/// An update never replaces a different article silently: when the stored article at an input's
/// URL has another title and no author in common, `add` stores nothing and says so (exit 1),
/// unless `--replace` is given — then the input is reported as `replaced`, with the old title.
@Suite struct AddReplaceTests {
    static let first = "# The Lighthouse Keepers Have Gone Quiet\n\nBy Miriam Tollefsen\n\nKeepers logged the weather.\n\nOriginal url: https://example.org/shared\n"
    static let other = "# Harbour Pilots Strike at Dawn\n\nBy Jonas Weber\n\nPilots walked out.\n\nOriginal url: https://example.org/shared\n"

    func archive() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.run(["init"])
        try cli.write("first.md", Self.first)
        try cli.write("other.md", Self.other)
        #expect(try cli.run(["add", "first.md"]).status == 0)
        return cli
    }

    @Test func aDifferentArticleAtTheSameURLIsRefusedAndNamed() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let refused = try cli.run(["add", "other.md"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("other.md: not stored: its URL belongs to article 1, \u{201C}The Lighthouse Keepers Have Gone Quiet\u{201D}"))
        #expect(refused.stderr.contains("--replace"))
        // The first article is still there, whole.
        #expect(try cli.run(["search", "lighthouse"]).stdout.contains("The Lighthouse Keepers Have Gone Quiet"))
        #expect(!(try cli.run(["search", "pilots"]).stdout.contains("Harbour")))
        let json = try cli.json(try cli.run(["add", "other.md", "--json"])) as? [[String: Any]]
        #expect(json?.first?["status"] as? String == "failed")
        #expect(json?.first?["replaced_title"] as? String == "The Lighthouse Keepers Have Gone Quiet")
        let dry = try cli.run(["add", "other.md", "--dry-run"])
        #expect(dry.stdout.contains("1 would be failed"))
    }

    @Test func replaceReplacesAndReportsTheOldTitle() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let dry = try cli.json(try cli.run(["add", "other.md", "--replace", "--dry-run", "--json"])) as? [[String: Any]]
        #expect(dry?.first?["status"] as? String == "replaced")
        let replaced = try cli.run(["add", "other.md", "--replace"])
        #expect(replaced.status == 0)
        #expect(replaced.stdout.contains("replaced 1  Harbour Pilots Strike at Dawn — Jonas Weber (replaced \u{201C}The Lighthouse Keepers Have Gone Quiet\u{201D})"))
        #expect(replaced.stdout.contains("0 added, 0 updated, 1 replaced, 0 unchanged, 0 failed"))
        #expect(try cli.run(["search", "pilots"]).stdout.contains("Harbour Pilots"))
    }

    /// A corrected title with the same author, or a new byline under the same title, is an update.
    @Test func anUpdateSharingTitleOrAuthorIsStillAnUpdate() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        try cli.write("retitled.md", Self.first.replacingOccurrences(of: "Have Gone Quiet", with: "Fall Silent"))
        let retitled = try cli.json(try cli.run(["add", "retitled.md", "--json"])) as? [[String: Any]]
        #expect(retitled?.first?["status"] as? String == "updated")
        #expect(retitled?.first?["replaced_title"] is NSNull)
        try cli.write("rebylined.md", Self.first.replacingOccurrences(of: "Have Gone Quiet", with: "Fall Silent")
            .replacingOccurrences(of: "Miriam Tollefsen", with: "Miriam Tollefsen and Jonas Weber"))
        #expect(try cli.run(["add", "rebylined.md"]).stdout.contains("updated 1"))
    }

    /// The user corrected title and byline; the site then changed the text: the new version is
    /// the same article (it shares the parsed title and author), an update keeping the corrections.
    @Test func aChangedVersionOfACorrectedArticleIsAnUpdate() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        #expect(try cli.run(["edit", "1", "--title", "Keepers of the Light", "--author-name", "M. Tollefsen-Berg"]).status == 0)
        try cli.write("changed.md", Self.first.replacingOccurrences(of: "logged the weather", with: "logged the weather daily"))
        #expect(try cli.run(["tag", "1", "--add", "lighthouses"]).status == 0)
        let update = try cli.run(["add", "changed.md"])
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout.contains("updated 1"))
        let shown = try cli.json(try cli.run(["show", "1", "--json"])) as? [String: Any]
        #expect(shown?["title"] as? String == "Keepers of the Light")
        #expect((shown?["body"] as? String)?.contains("weather daily") == true)
        #expect(try cli.run(["tag", "1"]).stdout.contains("lighthouses"))  // an update keeps its tags
    }

    /// A replacement is another article: the corrections made to the one it replaces are not
    /// laid over it (the line `add` prints and what the archive holds must agree).
    @Test func aReplacementDoesNotInheritTheCorrectionsOfTheArticleItReplaces() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        #expect(try cli.run(["edit", "1", "--title", "Keepers of the Light", "--kind", "analysis", "--author-name", "Someone Else"]).status == 0)
        #expect(try cli.run(["tag", "1", "--add", "lighthouses"]).status == 0)
        let replaced = try cli.run(["add", "other.md", "--replace"])
        #expect(replaced.stdout.contains("replaced 1  Harbour Pilots Strike at Dawn — Jonas Weber (replaced \u{201C}Keepers of the Light\u{201D})"))
        let shown = try cli.json(try cli.run(["show", "1", "--json"])) as? [String: Any]
        #expect(shown?["title"] as? String == "Harbour Pilots Strike at Dawn")
        #expect((shown?["authors"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Jonas Weber"])
        #expect((shown?["edited"] as? [String])?.isEmpty == true)
        // Nor its tags: the tag was about the lighthouse piece, and no article carries it now.
        #expect(try cli.run(["tag", "1"]).stdout == "1  (no tags)\n")
        #expect(!(try cli.run(["tags"]).stdout.contains("lighthouses")))
    }

    /// An exported file refused for its URL stores nothing: the merges and renames its front
    /// matter carries are not applied to the archive's authors either.
    @Test func aRefusedExportedFileRenamesNoAuthor() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        try cli.write("weber.md", Self.other.replacingOccurrences(of: "shared", with: "weber"))
        #expect(try cli.run(["add", "weber.md"]).status == 0)
        try cli.write("curated.md", """
            ---
            opedb:
              authors:
              - byline: "Jonas Weber"
                name: "Jonas W. Renamed"
                spellings: ["Jonas Weber", "Jonas W. Renamed"]
            ---

            """ + Self.other)
        let refused = try cli.run(["add", "curated.md"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("not stored: its URL belongs to article 1"))
        let authors = try cli.run(["authors", "--csv"]).stdout
        #expect(authors.contains("Jonas Weber"))
        #expect(!authors.contains("Renamed"))
    }
}
