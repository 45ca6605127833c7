import ArgumentParser
import OpeDB

extension Opedb {
    /// Parses files without an archive: shows what `add` would store, and with `--explain` why.
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "parse",
            abstract: "Parse article files and print what opedb extracts, as JSON (no archive needed).",
            discussion: """
                With --explain, each field is shown with the rule that gave it and the line of the \
                source it came from (or the declared key: front matter, JSON-LD, a meta tag), so you \
                can see why opedb believed it. Add --json to get the same as an "explanation" key.

                Examples:
                  opedb parse Fixtures/01-op-ed-full.md
                  opedb parse --explain Fixtures/02-two-authors.md
                  cat Fixtures/05-plain-text.txt | opedb parse --explain --json -
                """)

        @Argument(help: "Article files, or - for stdin.")
        var paths: [String]

        @Flag(help: "Show, for each field, the rule and the source line or declared key it came from.")
        var explain = false

        @Flag(help: "With --explain: print JSON (the article plus an \"explanation\" key) instead of text.")
        var json = false

        func run() throws {
            var failed = false
            try reportingErrors {
                for entry in InputFiles.walk(paths) {
                    // A file that cannot be read or parsed is named, and the others still print.
                    do {
                        try parse(entry)
                    } catch let problem as InputProblem {
                        Terminal.standardError("opedb: \(entry.path == "-" ? "stdin" : entry.path): \(problem.description)")
                        failed = true
                    } catch let error as ParseError {
                        Terminal.standardError("opedb: \(entry.path == "-" ? "stdin" : entry.path): \(error.description)")
                        failed = true
                    }
                }
            }
            if failed { throw ExitCode(1) }
        }

        private func parse(_ entry: InputFiles.Entry) throws {
            let bytes = try InputFiles.read(entry, maxSize: Importer.defaultMaxSize)
            guard explain else {
                print(try JSONOutput.string(try ArticleParser().parse(bytes: bytes)))
                return
            }
            let (article, explanation) = try ArticleParser().explain(bytes: bytes)
            if json {
                print(try JSONOutput.string(ExplainedArticle(article: article, explanation: explanation)))
            } else {
                print(ExplanationText.render(article, explanation, path: entry.path))
            }
        }
    }
}
