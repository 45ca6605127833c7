import ArgumentParser
import OpeDB

extension Opedb {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one stored article in full.",
            discussion: """
                Examples:
                  opedb show 12
                  opedb show https://www.themoscowtimes.com/2017/05/08/russia-gambles-in-afghanistan-again-op-ed-a57928
                  opedb show 12 --json | jq .books
                  opedb show 12 --source > original.txt
                """)

        @OptionGroup var options: ArchiveOptions

        @Argument(help: ArgumentHelp("The article's id or URL.", valueName: "id-or-url"))
        var reference: String

        @Flag(help: "Print the article as a JSON object.")
        var json = false

        @Flag(help: "Print the original text exactly as it was added.")
        var source = false

        func validate() throws {
            if json && source { throw ValidationError("--json and --source cannot be combined") }
        }

        func run() throws {
            try reportingErrors {
                let archive = try options.open(.read)
                let articles = ArticleRepository(connection: archive.connection)
                guard let id = try articles.find(reference) else { throw NotFound("no article \(reference)") }
                if source {
                    let bytes = try articles.source(id: id) ?? []
                    FileOutput.writeStandardOutput(bytes)
                    return
                }
                guard let record = try articles.record(id: id) else { throw NotFound("no article \(reference)") }
                if json {
                    print(try JSONOutput.string(record))
                } else {
                    print(ArticleText.render(record, style: options.style, width: min(Terminal.width, 100)))
                }
            }
        }
    }
}
