import Foundation
import Testing

/// A curated archive — corrections, tags, merged and renamed authors — exported as Markdown and
/// added to an empty archive comes back the same, curation included; exporting it again writes
/// the same files.
@Suite struct CurationRoundTripTests {
    /// Everything the archive holds, without what cannot survive by design: ids given by the
    /// new archive to authors, books and outlets, the path a file was added from, and when it
    /// was last written.
    static func snapshot(_ cli: CLIRunner) throws -> [String: String] {
        func normalized(_ value: Any) -> Any {
            if var object = value as? [String: Any] {
                for key in ["source_path", "updated_at"] { object.removeValue(forKey: key) }
                for key in ["authors", "books"] {
                    if let items = object[key] as? [[String: Any]] {
                        object[key] = items.map { item -> [String: Any] in var item = item; item.removeValue(forKey: "id"); return item }
                    }
                }
                if var publication = object["publication"] as? [String: Any] {
                    publication.removeValue(forKey: "id")
                    object["publication"] = publication
                }
                return object
            }
            return value
        }
        func canonical(_ value: Any) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
        }
        var parts: [String: String] = [:]
        let lines = try cli.run(["export", "--format", "jsonl"]).stdout.split(separator: "\n")
        parts["articles"] = try lines.map { try canonical(normalized(try JSONSerialization.jsonObject(with: Data($0.utf8)))) }
            .joined(separator: "\n")
        for listing in ["authors", "books", "publications", "tags"] {
            let items = try #require(try cli.json(try cli.run([listing, "--json"])) as? [[String: Any]])
            parts[listing] = try items.map { item -> String in
                var item = item
                item.removeValue(forKey: "id")
                return try canonical(item)
            }.joined(separator: "\n")
        }
        return parts
    }

    static func files(_ directory: String) throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            files[name] = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
        }
        return files
    }

    @Test func aCuratedArchiveSurvivesExportAndAdd() throws {
        let cli = try CLIRunner.withFixtures()
        defer { cli.cleanUp() }
        // Curate: corrections of every field, cleared fields, tags, a merge and a rename.
        for arguments in [
            ["edit", "1", "--title", "Beacons Gone Dark: {A} & 50% Reply", "--kind", "analysis", "--date", "2019-05-03"],
            ["edit", "5", "--author-name", "Nora Quist", "--subtitle", ""],
            ["edit", "6", "--date", ""],
            ["edit", "3", "--author-name", ""],
            ["tag", "1", "2", "3", "--add", "Harbours", "--add", "Labour, Ports & \"Quotes\""],
            ["tag", "7", "--add", "Ünïcode: yes"],
        ] {
            let result = try cli.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let authors = try #require(try cli.json(try cli.run(["authors", "--json", "--sort", "articles"])) as? [[String: Any]])
        // Two authors of different articles, merged; then the survivor renamed.
        let singles = authors.filter { $0["article_count"] as? Int == 1 }.compactMap { $0["id"] as? Int }
        let (keep, other) = (singles[0], singles[singles.count - 1])
        #expect(try cli.run(["authors", "merge", String(keep), String(other)]).status == 0)
        #expect(try cli.run(["authors", "rename", String(keep), "Renamed Person"]).status == 0)
        let curated = try Self.snapshot(cli)
        #expect(curated["authors"]?.contains("Renamed Person") == true)

        #expect(try cli.run(["export", "--format", "markdown", "--output", "out"]).status == 0)
        let fresh = try CLIRunner()
        defer { fresh.cleanUp() }
        try fresh.run(["init"])
        let added = try fresh.run(["add", cli.path("out")])
        #expect(added.status == 0, "\(added.stderr)")
        let restored = try Self.snapshot(fresh)
        for part in curated.keys.sorted() {
            #expect(restored[part] == curated[part], "\(part) differs after export → add")
        }
        // The corrections are still the user's: a reparse keeps them, and so does a second trip.
        #expect(try fresh.run(["reparse"]).status == 0)
        #expect(try Self.snapshot(fresh) == curated)
        #expect(try fresh.run(["export", "--format", "markdown", "--output", "again"]).status == 0)
        #expect(try Self.files(fresh.path("again")) == Self.files(cli.path("out")))
        #expect(try fresh.run(["check"]).status == 0)
    }

    /// Adding a curated export to the archive it came from keeps its curation as it was.
    @Test func addingTheExportBackKeepsTheCuration() throws {
        let cli = try CLIRunner.withFixtures()
        defer { cli.cleanUp() }
        #expect(try cli.run(["edit", "2", "--kind", "analysis"]).status == 0)
        #expect(try cli.run(["tag", "2", "--add", "ports"]).status == 0)
        let before = try cli.record(2)
        #expect(try cli.run(["export", "--format", "markdown", "--output", "out"]).status == 0)
        #expect(try cli.run(["add", cli.path("out")]).status == 0)
        let after = try cli.record(2)
        for key in ["title", "kind", "edited", "tags", "added_at", "published_on"] {
            #expect("\(after[key] ?? "")" == "\(before[key] ?? "")", "\(key)")
        }
    }
}

extension CurationRoundTripTests {
    /// Hand-edited front matter cannot store what `edit` would refuse: the bad correction is
    /// dropped with a warning, the good ones and the article are kept.
    @Test func impossibleCorrectionsInAFileAreDroppedWithAWarning() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        try cli.write("a.md", """
            ---
            tags: [ports]
            opedb:
              edited: {kind: "gossip", published_on: "2019-02-30", title: "Kept Title"}
            ---
            # Tides of the Old Port

            The tide came in over the old port wall again this spring.
            """)
        let added = try cli.run(["add", cli.path("a.md"), "--json"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("correction of kind ignored") && added.stdout.contains("correction of published_on ignored"))
        let record = try cli.record(1)
        #expect(record["title"] as? String == "Kept Title")
        #expect(record["edited"] as? [String] == ["title"])
        #expect(record["tags"] as? [String] == ["ports"])
    }
}
