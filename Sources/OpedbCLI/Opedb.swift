import ArgumentParser
import OpeDB

@main
struct Opedb: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opedb",
        abstract: "Keep and search an archive of op-eds and news articles.",
        discussion: """
            An archive is one SQLite file. Every command takes --database PATH (default: \
            $OPEDB_DATABASE, else ./opedb.sqlite). 'opedb help COMMAND' shows examples for each \
            command; they run as shown on the Fixtures folder of opedb's source.

            Getting started:
              opedb init
              opedb add Fixtures/
              opedb search harbour pilots
              opedb show 2

            Exit status: 0 success; 1 some input or named item not found or failed (the rest \
            done); 2 usage errors and archive problems.
            """,
        version: OpeDBVersion.string,
        subcommands: [Init.self, Add.self, Search.self, Show.self, Remove.self, Authors.self, Author.self, Books.self,
                      Publications.self, Stats.self, Export.self, Reparse.self, Check.self, Optimize.self, Backup.self,
                      Parse.self, Edit.self, Tag.self, Tags.self, Cite.self, Serve.self]
    )

    /// Parses and runs, mapping argument mistakes to one `opedb: …` line and exit status 2
    /// (swift-argument-parser's own default is 64).
    static func main() {
        do {
            if let search = searchFastPath() {
                try search.perform()
                return
            }
            // Everything after `serve` belongs to opedb-serve, help included.
            if CommandLine.arguments.dropFirst().first == "serve" {
                Serve.exec(Array(CommandLine.arguments.dropFirst(2)))
            }
            // Many ids are packed into a few arguments (see ArticleReferences.packing).
            var command = try parseAsRoot(ArticleReferences.packing(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
                let cleaned = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
                Terminal.standardError("opedb: \(cleaned) (see 'opedb help')")
                Terminal.exit(2)
            }
            exit(withError: error)
        }
    }

    /// `opedb search …` in its common forms, read without argument-parser (see
    /// ``SearchRequest/init(fastArguments:)``); nil sends everything else to the full parser.
    private static func searchFastPath() -> SearchRequest? {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard arguments.first == "search" else { return nil }
        return SearchRequest(fastArguments: Array(arguments.dropFirst()))
    }
}
