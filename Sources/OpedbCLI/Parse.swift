import ArgumentParser
import OpeDB

extension Opedb {
    /// Parses files without an archive: shows what `add` would store.
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "parse",
            abstract: "Parse article files and print what opedb extracts, as JSON (no archive needed).")

        @Argument(help: "Article files, or - for stdin.")
        var paths: [String]

        /// Each file fails alone, as in `add`: its reason goes to stderr, the others are still
        /// parsed, and the exit status says that one failed.
        func run() throws {
            var failed = false
            try reportingErrors {
                for entry in InputFiles.walk(paths) {
                    let article: ParsedArticle
                    do {
                        let bytes = try InputFiles.read(entry, maxSize: Importer.defaultMaxSize)
                        article = try ArticleParser().parse(bytes: bytes)
                    } catch {
                        Terminal.standardError("opedb: \(entry.path): \(error)")
                        failed = true
                        continue
                    }
                    print(try JSONOutput.string(article))
                }
            }
            if failed { throw ExitCode(1) }
        }
    }
}
