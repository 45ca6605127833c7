import Foundation
import Testing

/// `opedb cite` and the citation formats of `export`, read back by real readers: Python's
/// bibtexparser for BibTeX and pandoc's citeproc for BibTeX and CSL JSON (.ci/run installs both;
/// these tests are skipped where they are missing).
@Suite struct CiteCommandTests {
    /// Python with bibtexparser 2.
    static let bibtexparser: URL? = {
        guard let python = ExternalToolsTests.executable("python3"),
              let (status, _) = try? ExternalToolsTests.run(python, ["-c", "import bibtexparser; bibtexparser.parse_string"],
                                                            in: URL(fileURLWithPath: "/")),
              status == 0 else { return nil }
        return python
    }()
    static let pandoc = ExternalToolsTests.executable("pandoc")

    /// The title with TeX's specials that a reader must get back as typed.
    static let awkwardTitle = "Braces {open} & 50% of $5 #1 a_b"

    /// Fixtures, with article 3 (three authors with diacritics) retitled awkwardly.
    static func archive() throws -> CLIRunner {
        let cli = try CLIRunner.withFixtures()
        let edited = try cli.run(["edit", "3", "--title", awkwardTitle])
        #expect(edited.status == 0, "\(edited.stderr)")
        return cli
    }

    @Test func everyFormatCitesTheNewsArticle() throws {
        let cli = try Self.archive()
        defer { cli.cleanUp() }
        let added = try #require(try cli.record(3)["added_at"] as? String)
        let day = String(added.prefix(10))

        let bibtex = try cli.run(["cite", "3"])
        #expect(bibtex.status == 0)
        #expect(bibtex.stdout.hasPrefix("@article{angstrom2019braces,\n"))
        #expect(bibtex.stdout.contains("author = {Ångström, Zoë and Novák, Jiří and Żółtowski, Łukasz}"))
        #expect(bibtex.stdout.contains("title = {Braces \\{open\\} \\& 50\\% of \\$5 \\#1 a\\_b}"))
        #expect(bibtex.stdout.contains("urldate = {\(day)}"))

        let ris = try cli.run(["cite", "3", "--format", "ris"])
        #expect(ris.stdout.hasPrefix("TY  - NEWS\n"))
        for line in ["AU  - Ångström, Zoë", "AU  - Żółtowski, Łukasz", "T2  - The Moscow Times", "DA  - 2019/03/04",
                     "Y2  - \(day.replacingOccurrences(of: "-", with: "/"))", "ER  - "] {
            #expect(ris.stdout.contains(line + "\n"), "\(line)")
        }

        let csl = try #require(try cli.json(try cli.run(["cite", "3", "1", "--format", "csl-json"])) as? [[String: Any]])
        #expect(csl.count == 2)
        #expect(csl[0]["type"] as? String == "article-newspaper")
        #expect((csl[0]["author"] as? [[String: String]])?.map { $0["family"] ?? "" } == ["Ångström", "Novák", "Żółtowski"])
        #expect((csl[0]["title"] as? String)?.hasPrefix(Self.awkwardTitle) == true)
        #expect(csl[0]["container-title"] as? String == "The Moscow Times")
        #expect(csl[0]["URL"] as? String == "https://www.themoscowtimes.com/2019/03/04/ziemia-obiecana-rethinking-europes-rail-map-a64721")
        let accessed = day.split(separator: "-").compactMap { Int($0) }
        #expect((csl[0]["accessed"] as? [String: [[Int]]])?["date-parts"] == [accessed])
        #expect((csl[0]["issued"] as? [String: [[Int]]])?["date-parts"] == [[2019, 3, 4]])
    }

    @Test(.enabled(if: bibtexparser != nil, "Python's bibtexparser is not installed (pip install bibtexparser)"))
    func bibtexparserReadsEveryEntry() throws {
        let cli = try Self.archive()
        defer { cli.cleanUp() }
        #expect(try cli.run(["export", "--format", "bibtex", "--output", "all.bib"]).status == 0)
        #expect(try cli.run(["cite", "3", "--output", "one.bib"]).status == 0)
        let script = """
            import bibtexparser, json, sys
            from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors, SplitNameParts
            out = []
            for path in sys.argv[1:]:
                lib = bibtexparser.parse_string(open(path, encoding='utf-8').read(),
                    append_middleware=[SeparateCoAuthors(), SplitNameParts(), LatexDecodingMiddleware()])
                out.append({'failed': len(lib.failed_blocks), 'keys': [e.key for e in lib.entries],
                    'entries': [{f.key: ([' '.join(a.first) + '|' + ' '.join(a.von + a.last) for a in f.value]
                                         if f.key == 'author' else f.value) for f in e.fields} for e in lib.entries]})
            print(json.dumps(out))
            """
        try cli.write("read.py", script)
        let python = try #require(Self.bibtexparser)
        let (status, output) = try ExternalToolsTests.run(python, ["read.py", "all.bib", "one.bib"], in: cli.directory)
        #expect(status == 0)
        let files = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        let all = files[0], one = files[1]
        #expect(all["failed"] as? Int == 0 && one["failed"] as? Int == 0)
        let keys = try #require(all["keys"] as? [String])
        #expect(keys.count == CLIRunner.fixtureCount)
        #expect(Set(keys).count == keys.count)  // unique
        let entry = try #require((one["entries"] as? [[String: Any]])?.first)
        #expect(entry["title"] as? String == Self.awkwardTitle)
        #expect(entry["author"] as? [String] == ["Zoë|Ångström", "Jiří|Novák", "Łukasz|Żółtowski"])
        #expect(entry["journal"] as? String == "The Moscow Times")
        #expect(entry["date"] as? String == "2019-03-04")
        #expect((entry["urldate"] as? String)?.count == 10)
    }

    @Test(.enabled(if: pandoc != nil, "pandoc is not installed"))
    func pandocCiteprocFormatsBothFormats() throws {
        let cli = try Self.archive()
        defer { cli.cleanUp() }
        // Articles 2 (two authors), 3 (diacritics, the awkward title) and one without a byline.
        #expect(try cli.run(["cite", "2", "3", "--format", "csl-json", "--output", "refs.json"]).status == 0)
        #expect(try cli.run(["cite", "2", "3", "--output", "refs.bib"]).status == 0)
        try cli.write("doc.md", "---\nnocite: '@*'\n---\n")
        let pandoc = try #require(Self.pandoc)
        for bibliography in ["refs.json", "refs.bib"] {
            let (status, text) = try ExternalToolsTests.run(pandoc, ["doc.md", "--citeproc", "--bibliography", bibliography,
                                                                     "-t", "plain", "--wrap=none"], in: cli.directory)
            #expect(status == 0, "\(bibliography)")
            for expected in ["Ångström, Zoë, Jiří Novák, and Łukasz Żółtowski", "Brandvold, Tomas, and Ilse Marchetti",
                             "The Moscow Times", "2019"] {
                #expect(text.contains(expected), "\(bibliography): \(expected) in \(text)")
            }
            // citeproc capitalises title words: compare the characters TeX would trip on.
            #expect(text.contains("Braces {Open} & 50% of $5 #1 a_b"), "\(bibliography): \(text)")
        }
    }

    @Test func outputFollowsTheExportRules() throws {
        let cli = try Self.archive()
        defer { cli.cleanUp() }
        let intoArchive = try cli.run(["cite", "1", "--output", "opedb.sqlite"])
        #expect(intoArchive.status == 2)
        #expect(intoArchive.stderr.hasPrefix("opedb: ") && intoArchive.stderr.split(separator: "\n").count == 1)
        #expect(try cli.run(["cite", "1", "--output", "refs.bib"]).status == 0)
        let again = try cli.run(["cite", "2", "--output", "refs.bib"])
        #expect(again.status == 2)
        #expect(again.stderr.contains("--force"))
        #expect(try String(contentsOfFile: cli.path("refs.bib"), encoding: .utf8).contains("tollefsen"))
        #expect(try cli.run(["cite", "2", "--output", "refs.bib", "--force"]).status == 0)
        #expect(try String(contentsOfFile: cli.path("refs.bib"), encoding: .utf8).contains("brandvold"))
        let partly = try cli.run(["cite", "1", "999", "--format", "ris"])
        #expect(partly.status == 1)
        #expect(partly.stderr == "opedb: no article 999\n")
        #expect(partly.stdout.hasPrefix("TY  - NEWS\n"))
        #expect(try cli.run(["cite", "1", "--format", "mla"]).status == 2)
        let exported = try #require(try cli.json(try cli.run(["export", "--format", "csl-json"])) as? [[String: Any]])
        #expect(exported.count == CLIRunner.fixtureCount)
        #expect(try cli.run(["export", "--format", "ris"]).stdout.components(separatedBy: "ER  - \n").count == CLIRunner.fixtureCount + 1)
    }
}
