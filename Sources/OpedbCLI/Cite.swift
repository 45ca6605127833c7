import ArgumentParser
import OpeDB

extension Opedb {
    struct Cite: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cite",
            abstract: "Print references to articles for a reference manager: BibTeX, RIS or CSL JSON.",
            discussion: """
                Each article is a newspaper article with its authors, title, outlet, date and URL; the access date is the day it was added to the archive. 'export --format' writes the same for the whole archive. Exit status 1 when some article was not found (the others are cited).

                Examples:
                  opedb cite 1 2
                  opedb cite 1 --format csl-json --output refs.json
                  opedb cite 1 --format ris >> library.ris
                """)

        @OptionGroup var options: ArchiveOptions

        @Argument(help: ArgumentHelp("Ids or URLs of the articles.", valueName: "id-or-url"))
        var references: [String]

        @Option(help: "bibtex, ris or csl-json.")
        var format: Citation.Format = .bibtex

        @Option(help: ArgumentHelp("File to write (default: stdout).", valueName: "path"))
        var output: String?

        @Flag(help: "Replace an existing output file.")
        var force = false

        func validate() throws {
            try ArticleReferences.validate(references)
            try FileOutput.validate(output, named: "--output")
        }

        func run() throws {
            try reportingErrors {
                // As export: checked before the archive is opened, never the archive itself.
                if let output { try AtomicFile.checkTarget(output, replacing: force, archive: options.path) }
                let archive = try options.open(.read)
                let articles = ArticleRepository(connection: archive.connection)
                var keys = Citation.KeyMaker()
                var citations: [Citation] = []
                var named = ArticleReferences(references)
                try named.forEach(in: articles) { id in
                    if let record = try articles.record(id: id) { citations.append(keys.citation(for: record)) }
                }
                if !citations.isEmpty {
                    let sink = try OutputFile(path: output, replacing: force, archive: options.path)
                    try sink.write(try format.render(citations))
                    try sink.commit()
                }
                try named.finish()
            }
        }
    }
}

extension Citation.Format: ExpressibleByArgument {}
