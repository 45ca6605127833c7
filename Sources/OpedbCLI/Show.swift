import ArgumentParser
import OpeDB

extension Opedb {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one stored article in full.",
            discussion: """
                Examples:
                  opedb show 12
                  opedb show https://www.continentalreview.example/op-ed/night-trains
                  opedb show 9 --json | jq '.books[].title'
                  opedb show 2 --highlight "harbour pilots"
                  opedb show 12 --source > original.md
                """)

        @OptionGroup var options: ArchiveOptions

        @Argument(help: ArgumentHelp("The article's id or URL.", valueName: "id-or-url"))
        var reference: String

        @Flag(help: "Print the article as a JSON object.")
        var json = false

        @Flag(help: "Print the original text exactly as it was added.")
        var source = false

        @Option(help: ArgumentHelp("Mark the matches of this search query in the text.", valueName: "query"))
        var highlight: String?

        func validate() throws {
            try ArticleReferences.validate([reference])
            if json && source { throw ValidationError("--json and --source cannot be combined") }
        }

        func run() throws {
            try reportingErrors {
                let archive = try options.open(.read)
                let articles = ArticleRepository(connection: archive.connection)
                guard let id = try articles.find(reference) else { throw NotFound("no article \(reference)") }
                if source {
                    // What decodes is printed; an original that is missing or not the one added says so (exit 2).
                    let bytes = try? articles.source(id: id)
                    if let bytes { FileOutput.writeStandardOutput(bytes) }
                    let matches = try articles.originalMatches(id)
                    if bytes == nil || !matches {
                        throw ArchiveError.damagedOriginal(path: archive.connection.path, id: id)
                    }
                    return
                }
                guard var record = try articles.record(id: id) else { throw NotFound("no article \(reference)") }
                let style = options.style
                if let highlight {
                    let (start, end) = json || !style.enabled ? ("[", "]") : ("\u{1}", "\u{2}")
                    let marked: (title: String, subtitle: String?, body: String)?
                    do {
                        marked = try ArticleSearch(connection: archive.connection).highlight(id: id, text: highlight, start: start, end: end)
                    } catch let error as SearchError {
                        throw UsageError(error.description)
                    }
                    if let marked {
                        record.title = marked.title
                        record.subtitle = marked.subtitle
                        record.body = marked.body
                    } else {
                        Terminal.standardError("opedb: '\(highlight)' does not match article \(id)")
                    }
                }
                if json {
                    print(try JSONOutput.string(record))
                } else {
                    let text = ArticleText.render(record, style: style, width: Terminal.textWidth(limit: 100),
                                                  markers: highlight != nil && style.enabled)
                    print(style.enabled ? text.replacingMarkers(with: style) : text)
                }
            }
        }
    }
}
