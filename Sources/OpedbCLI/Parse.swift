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

        func run() throws {
            try reportingErrors {
                for entry in InputFiles.walk(paths) {
                    let bytes = try InputFiles.read(entry, maxSize: Importer.defaultMaxSize)
                    print(try JSONOutput.string(try ArticleParser().parseWithFrontMatter(bytes: bytes)))
                }
            }
        }
    }
}
