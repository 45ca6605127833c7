import ArgumentParser
import OpeDB

extension Opedb {
    struct Tags: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tags",
            abstract: "Every tag in use, with how many articles carry it.",
            discussion: """
                Examples:
                  opedb tags
                  opedb tags --json | jq '.[].name'
                """)

        @OptionGroup var options: ArchiveOptions
        @Flag(help: "Print a JSON array.") var json = false
        @Flag(help: "Print CSV.") var csv = false

        func validate() throws {
            if json && csv { throw ValidationError("--json and --csv cannot be combined") }
        }

        func run() throws {
            try reportingErrors {
                let archive = try options.open(.read)
                let tags = try TagRepository(connection: archive.connection).list()
                if json { return print(try JSONOutput.string(tags)) }
                let rows = tags.map { [$0.name, String($0.articles)] }
                let header = ["tag", "articles"]
                if csv { return print(CSV.render(header: header, rows: rows), terminator: "") }
                if tags.isEmpty { return print("no tags — file articles with 'opedb tag ID --add TAG'") }
                print(Table(columns: [.init(title: "tag", flexible: true), .init(title: "articles", alignment: .right)],
                            rows: rows).render(width: Terminal.width, style: options.style))
            }
        }
    }
}
