import ArgumentParser
import OpeDB

extension Opedb {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Correct an article's title, subtitle, kind, date or authors; the correction wins over the parser.",
            discussion: """
                Corrections are recorded as yours: 'reparse' and adding a changed file apply them over the new parse, 'show --json' lists them under "edited", and a Markdown export carries them to another archive. An empty value clears a field (--subtitle "", --date "", --author-name "" for no byline); --reset FIELD gives it back to the parser.

                Kinds: \(ArticleEditor.kinds.joined(separator: ", ")).

                Examples:
                  opedb edit 3 --kind analysis --date 2019-05-03
                  opedb edit 3 --author-name "Maren Holt" --author-name "Jonas Ekdahl"
                  opedb edit 3 --reset kind --reset date
                """)

        @OptionGroup var options: ArchiveOptions

        @Argument(help: ArgumentHelp("The article's id or URL.", valueName: "id-or-url"))
        var reference: String

        @Option(help: "The title, without a kind marker.")
        var title: String?

        @Option(help: "The standfirst (\"\" for none).")
        var subtitle: String?

        @Option(help: "The kind: news, op-ed, opinion, analysis, editorial, interview …")
        var kind: String?

        @Option(help: ArgumentHelp("The publication date, YYYY-MM-DD (\"\" for none).", valueName: "date"))
        var date: String?

        @Option(help: ArgumentHelp("An author of the byline, in order; repeat for several (\"\" alone for none).",
                                   valueName: "name"))
        var authorName: [String] = []

        @Option(help: ArgumentHelp("Drop your correction of this field: title, subtitle, kind, date or authors (repeatable).",
                                   valueName: "field"))
        var reset: [String] = []

        @Flag(help: "Print the corrected article as 'show --json' does.")
        var json = false

        private func request() throws -> (ArticleEdits, [ArticleEdits.Field]) {
            do {
                let edits = try ArticleEditor.validated(title: title, subtitle: subtitle, kind: kind, date: date,
                                                        authorNames: authorName)
                let fields = try ArticleEditor.fields(named: reset)
                if let both = fields.first(where: { edits.fields.contains($0) }) {
                    throw ValidationError("--reset \(both.rawValue) and a new value for it cannot be combined")
                }
                return (edits, fields)
            } catch let problem as ArticleEditor.Problem {
                throw ValidationError(problem.description)
            }
        }

        func validate() throws {
            try ArticleReferences.validate([reference])
            let (edits, fields) = try request()
            if edits.isEmpty && fields.isEmpty {
                throw ValidationError("nothing to change: give --title, --subtitle, --kind, --date, --author-name or --reset")
            }
        }

        func run() throws {
            try reportingErrors {
                let (edits, fields) = try request()
                let archive = try options.open(.write)
                let articles = ArticleRepository(connection: archive.connection)
                guard let id = try articles.find(reference),
                      let corrections = try ArticleEditor(archive: archive).edit(id: id, setting: edits, resetting: fields),
                      let record = try articles.record(id: id)
                else { throw NotFound("no article \(reference)") }
                if json { return print(try JSONOutput.string(record)) }
                let list = corrections.fields.map(\.rawValue).joined(separator: ", ")
                print("edited \(id)  \(record.title.escapingControls())")
                print("    your corrections: \(list.isEmpty ? "none" : list)")
            }
        }
    }
}
