import ArgumentParser
import OpeDB

extension Opedb {
    struct Authors: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "authors",
            abstract: "List authors, and merge or rename them.",
            discussion: """
                Without a subcommand, lists every author ('opedb authors list').

                Examples:
                  opedb authors --sort articles
                  opedb authors merge 17 18
                  opedb authors rename 1 "Miriam T. Tollefsen"
                """,
            subcommands: [List.self, Merge.self, Rename.self],
            defaultSubcommand: List.self)

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "list",
                abstract: "Every author with article and book counts, latest affiliation and date range.",
                discussion: """
                    Examples:
                      opedb authors
                      opedb authors --sort articles
                      opedb authors --json | jq '.[] | select(.book_count > 0) | .name'
                    """)

            @OptionGroup var options: ArchiveOptions
            @Option(help: "Order: name (by surname), articles (most first) or latest (most recent article first).")
            var sort: AuthorRepository.Sort = .name
            @Flag(help: "Print a JSON array.") var json = false
            @Flag(help: "Print CSV.") var csv = false

            func run() throws {
                try reportingErrors {
                    let archive = try options.open(.read)
                    let authors = try AuthorRepository(connection: archive.connection).list(sort: sort)
                    if json { return print(try JSONOutput.string(authors)) }
                    let rows = authors.map { a in
                        [String(a.id), a.name, String(a.articleCount), String(a.bookCount), a.affiliation ?? "",
                         Self.range(a.firstPublished, a.lastPublished), a.aliases.joined(separator: "; ")]
                    }
                    let header = ["id", "name", "articles", "books", "affiliation", "dates", "aliases"]
                    if csv { return print(CSV.render(header: header, rows: rows), terminator: "") }
                    if authors.isEmpty { return print("no authors yet") }
                    // Names matter most: dates turn to years and aliases and affiliations shrink first.
                    let years = authors.map { Self.range($0.firstPublished.map { String($0.prefix(4)) },
                                                         $0.lastPublished.map { String($0.prefix(4)) }) }
                    print(Table(columns: [.init(title: "id", alignment: .right), .init(title: "name", flexible: true, importance: 2),
                                          .init(title: "articles", alignment: .right), .init(title: "books", alignment: .right),
                                          .init(title: "affiliation", flexible: true, importance: 1),
                                          .init(title: "dates", short: years), .init(title: "aliases", flexible: true)],
                                rows: rows).render(width: Terminal.width, style: options.style))
                }
            }

            static func range(_ first: String?, _ last: String?) -> String {
                guard let first, let last else { return "" }
                return first == last ? first : first.count == 4 ? "\(first)–\(last)" : "\(first) – \(last)"
            }
        }

        struct Merge: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "merge",
                abstract: "Merge authors the automatic matching missed: articles, books and spellings move to KEEP.",
                discussion: """
                    Examples:
                      opedb authors merge 17 18
                    """)

            @OptionGroup var options: ArchiveOptions
            @Argument(help: "The author to keep (id or name).") var keep: String
            @Argument(help: "Authors to merge into it (ids or names).") var others: [String]

            func run() throws {
                try reportingErrors {
                    let archive = try options.open(.write)
                    let repository = AuthorRepository(connection: archive.connection)
                    let keepID = try resolveAuthor(keep, in: repository)
                    let otherIDs = try others.map { try resolveAuthor($0, in: repository) }.filter { $0 != keepID }
                    guard !otherIDs.isEmpty else { throw UsageError("nothing to merge: give at least one other author") }
                    try archive.connection.transaction(.immediate) { try repository.merge(keep: keepID, others: otherIDs) }
                    let name = try repository.detail(id: keepID)?.name ?? ""
                    print("merged \(otherIDs.map(String.init).joined(separator: ", ")) into \(keepID) (\(name))")
                }
            }
        }

        struct Rename: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "rename",
                abstract: "Rename an author; the old name stays as a spelling, so later adds still find them.",
                discussion: """
                    Examples:
                      opedb authors rename 1 "Miriam T. Tollefsen"
                    """)

            @OptionGroup var options: ArchiveOptions
            @Argument(help: "The author (id or name).") var author: String
            @Argument(help: "The new name.") var name: String

            /// The same checks as `edit --author-name`: no control characters, at most 200
            /// characters, not empty.
            func validate() throws {
                do {
                    let checked = try ArticleEditor.validated(authorNames: [name])
                    if checked.authors == [] { throw ValidationError("the new name cannot be empty") }
                } catch let problem as ArticleEditor.Problem {
                    throw ValidationError(problem.description)
                }
            }

            func run() throws {
                try reportingErrors {
                    let archive = try options.open(.write)
                    let repository = AuthorRepository(connection: archive.connection)
                    let id = try resolveAuthor(author, in: repository)
                    do {
                        try archive.connection.transaction(.immediate) { try repository.rename(id, to: name) }
                    } catch let error as AuthorRepository.RenameError {
                        throw UsageError(error.description)
                    }
                    print("renamed author \(id) to \(name)")
                }
            }
        }
    }

    struct Author: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "author",
            abstract: "One author in full: spellings, affiliations over time, books and articles.",
            discussion: """
                NAME can be an id, any spelling, or a surname. An ambiguous name lists the \
                candidates and exits 2; no match exits 1.

                Examples:
                  opedb author Tollefsen
                  opedb author 12 --json
                """)

        @OptionGroup var options: ArchiveOptions
        @Argument(help: ArgumentHelp("Id, name or surname.", valueName: "name-or-id")) var reference: String
        @Flag(help: "Print a JSON object.") var json = false

        func run() throws {
            try reportingErrors {
                let archive = try options.open(.read)
                let repository = AuthorRepository(connection: archive.connection)
                let id = try resolveAuthor(reference, in: repository)
                guard let detail = try repository.detail(id: id) else { throw NotFound("no author \(reference)") }
                if json { return print(try JSONOutput.string(detail)) }
                let style = options.style
                print(style.bold(detail.name) + style.dim("  #\(detail.id)"))
                if !detail.aliases.isEmpty { print("also: " + detail.aliases.joined(separator: "; ")) }
                if !detail.affiliations.isEmpty {
                    print("\n" + style.bold("Affiliations"))
                    for a in detail.affiliations { print("  \(a.publishedOn ?? "          ")  \(a.text)  " + style.dim("(#\(a.articleID))")) }
                }
                if !detail.books.isEmpty {
                    print("\n" + style.bold("Books"))
                    for b in detail.books { print("  \(b.title)" + (b.role == "editor" ? style.dim(" (editor)") : "")) }
                }
                print("\n" + style.bold("Articles (\(detail.articles.count))"))
                for a in detail.articles { print("  \(String(a.id).leftPadded(5))  \(a.publishedOn ?? "          ")  \(a.title)") }
            }
        }
    }
}

/// One author from a user's reference; lists the candidates (exit 2) when ambiguous.
func resolveAuthor(_ reference: String, in repository: AuthorRepository) throws -> Int {
    let candidates = try repository.lookup(reference)
    switch candidates.count {
    case 0: throw NotFound("no author matches '\(reference)'")
    case 1: return candidates[0].id
    default:
        let list = candidates.prefix(10).map { "\($0.id) \($0.name)" }.joined(separator: "; ")
        throw UsageError("'\(reference)' matches \(candidates.count) authors: \(list); give an id")
    }
}

extension AuthorRepository.Sort: ExpressibleByArgument {}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
