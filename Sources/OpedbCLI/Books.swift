import ArgumentParser
import OpeDB

extension Opedb {
    struct Books: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "books",
            abstract: "Every book named in the author notes, with its authors or editors.",
            discussion: """
                Examples:
                  opedb books
                  opedb books --author Tollefsen --json
                """)

        @OptionGroup var options: ArchiveOptions
        @Option(help: "Only books by this author (id, any spelling or surname).") var author: String?
        @Flag(help: "Print a JSON array.") var json = false
        @Flag(help: "Print CSV.") var csv = false

        func run() throws {
            try reportingErrors {
                let archive = try options.open(.read)
                let repository = BookRepository(connection: archive.connection)
                var authorIDs: [Int]?
                if let author {
                    authorIDs = try AuthorRepository(connection: archive.connection).lookup(author).map(\.id)
                    if authorIDs?.isEmpty == true { throw NotFound("no author matches '\(author)'") }
                }
                let books = try repository.list(authors: authorIDs)
                if json { return print(try JSONOutput.string(books)) }
                let rows = books.map { b in
                    [String(b.id), b.subtitle.map { "\(b.title): \($0)" } ?? b.title,
                     (b.authors + b.editors.map { "\($0) (ed.)" }).joined(separator: "; "), b.publisher ?? "",
                     b.forthcoming ? "forthcoming" : b.year.map(String.init) ?? "", String(b.articleCount)]
                }
                let header = ["id", "title", "by", "publisher", "year", "articles"]
                if csv { return print(CSV.render(header: header, rows: rows), terminator: "") }
                if books.isEmpty { return print("no books") }
                print(Table(columns: [.init(title: "id", alignment: .right), .init(title: "title", flexible: true),
                                      .init(title: "by", flexible: true), .init(title: "publisher", flexible: true),
                                      .init(title: "year"), .init(title: "articles", alignment: .right)],
                            rows: rows).render(width: Terminal.width, style: options.style))
            }
        }
    }

    struct Publications: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "publications",
            abstract: "Outlets: the articles each published and the articles that mention it.",
            discussion: """
                Examples:
                  opedb publications
                  opedb publications --json | jq '.[0]'
                """)

        @OptionGroup var options: ArchiveOptions
        @Flag(help: "Print a JSON array.") var json = false
        @Flag(help: "Print CSV.") var csv = false

        func run() throws {
            try reportingErrors {
                let archive = try options.open(.read)
                let publications = try PublicationRepository(connection: archive.connection).list()
                if json { return print(try JSONOutput.string(publications)) }
                let rows = publications.map { [String($0.id), $0.name, $0.domain ?? "", String($0.articleCount), String($0.mentionedCount)] }
                let header = ["id", "name", "domain", "articles", "mentioned"]
                if csv { return print(CSV.render(header: header, rows: rows), terminator: "") }
                if publications.isEmpty { return print("no publications") }
                print(Table(columns: [.init(title: "id", alignment: .right), .init(title: "name", flexible: true),
                                      .init(title: "domain", flexible: true), .init(title: "articles", alignment: .right),
                                      .init(title: "mentioned", alignment: .right)],
                            rows: rows).render(width: Terminal.width, style: options.style))
            }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats",
            abstract: "Counts, size on disk, date range and articles per year.",
            discussion: """
                Examples:
                  opedb stats
                  opedb stats --json
                """)

        @OptionGroup var options: ArchiveOptions
        @Flag(help: "Print a JSON object.") var json = false

        func run() throws {
            try reportingErrors {
                let archive = try options.open(.read)
                let stats = try Maintenance(archive: archive).statistics()
                if json { return print(try JSONOutput.string(stats)) }
                let style = options.style
                print("articles      \(stats.articles)")
                print("authors       \(stats.authors)")
                print("books         \(stats.books)")
                print("publications  \(stats.publications)")
                print("size          \(Stats.humanSize(stats.sizeBytes))")
                if let first = stats.firstPublished, let last = stats.lastPublished { print("published     \(first) – \(last)") }
                guard let maximum = stats.perYear.values.max(), maximum > 0 else { return }
                print("")
                let barWidth = max(10, min(50, Terminal.width - 16))
                for year in stats.perYear.keys.sorted() {
                    let n = stats.perYear[year]!
                    let length = max(1, n * barWidth / maximum)
                    let bar = style.enabled ? String(repeating: "█", count: length) : String(repeating: "#", count: length)
                    print("\(year)  \(bar) \(n)")
                }
                // The chart counts dated articles only: say what it leaves out.
                let undated = stats.articles - stats.perYear.values.reduce(0, +)
                if undated > 0 { print(style.dim("\(undated) undated article\(undated == 1 ? "" : "s") not shown")) }
            }
        }

        static func humanSize(_ bytes: Int) -> String {
            let units = ["B", "KB", "MB", "GB", "TB"]
            var value = Double(bytes)
            var unit = 0
            while value >= 1024, unit < units.count - 1 { value /= 1024; unit += 1 }
            return unit == 0 ? "\(bytes) B" : "\(Double(Int(value * 10)) / 10) \(units[unit])"
        }
    }
}
