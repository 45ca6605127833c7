import ArgumentParser
import OpeDB

extension Opedb {
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Delete articles, with the authors, books and publications only they referred to.",
            discussion: """
                Exit status 1 when some article was not found (the others are removed).

                Examples:
                  opedb remove 12
                  opedb remove 12 13 --dry-run
                  opedb remove https://www.continentalreview.example/op-ed/night-trains
                """)

        @OptionGroup var options: ArchiveOptions

        @Argument(help: ArgumentHelp("Ids or URLs of the articles.", valueName: "id-or-url"))
        var references: [String]

        @Flag(help: "Say what would be removed, without removing it.")
        var dryRun = false

        func validate() throws { try ArticleReferences.validate(references) }

        func run() throws {
            try reportingErrors {
                let archive = try options.open(dryRun ? .read : .write)
                let articles = ArticleRepository(connection: archive.connection)
                var missing = 0
                for reference in ArticleReferences(references).references {
                    guard let id = try articles.find(reference), let record = try articles.record(id: id) else {
                        Terminal.standardError("opedb: no article \(reference)")
                        missing += 1
                        continue
                    }
                    if !dryRun {
                        try archive.connection.transaction(.immediate) { _ = try articles.remove(id: id) }
                    }
                    print("\(dryRun ? "would remove" : "removed") \(id)  \(record.title)")
                }
                if missing > 0 { throw ExitCode(1) }
            }
        }
    }
}
