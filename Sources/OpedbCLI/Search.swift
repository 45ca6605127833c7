import ArgumentParser
import OpeDB

extension Opedb {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Full-text search, ranked, with snippets and filters.",
            discussion: """
                All arguments form the query, so quotes are needed only for phrases. Words with
                punctuation just work (U.S. Scourge, Rabbani's, Moscow–Kabul, C++). FTS5's syntax
                works too:
                  "exact phrase"          a phrase
                  gambl*                  a prefix
                  kabul AND NOT moscow    AND, OR, NOT (in capitals; lowercase is a word)
                  NEAR(taliban moscow, 5) words within 5 of each other
                  title:kremlin           a column: title, subtitle, body, authors, notes
                Words are stemmed (gamble finds Gambles) and accents ignored (Novak finds Novák).

                Examples:
                  opedb search Rabbani
                  opedb search U.S. Scourge --since 2017 --kind op-ed
                  opedb search --author Kalinovsky              (no query: newest first)
                  opedb search taliban --json | jq '.[].title'
                  opedb search -- -minus-is-a-word
                Exit status 2 for a malformed query or option; 0 otherwise, also with no matches.
                """)

        @OptionGroup var options: ArchiveOptions

        @Argument(help: ArgumentHelp("Search terms.", valueName: "terms"))
        var terms: [String] = []

        @Option(help: "Only articles by this author (any spelling; case and accents ignored; last name is enough).")
        var author: String?

        @Option(help: "Only articles from this publication (name or domain).")
        var publication: String?

        @Option(help: "Only articles of this kind: op-ed, news, opinion, editorial, analysis, interview …")
        var kind: String?

        @Option(help: ArgumentHelp("Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
        var since: String?

        @Option(help: ArgumentHelp("Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
        var until: String?

        @Option(help: "How many results to show.")
        var limit = 10

        @Option(help: "Skip this many results (for paging).")
        var offset = 0

        @Option(help: "Order: relevance, newest or oldest.")
        var sort: SearchOptions.Sort = .relevance

        @Flag(help: "Pass the query to FTS5 untouched (for experts).")
        var raw = false

        @Flag(help: "Print a JSON array of results.")
        var json = false

        @Flag(help: "Print results as CSV.")
        var csv = false

        func validate() throws {
            if json && csv { throw ValidationError("--json and --csv cannot be combined") }
            if limit < 0 { throw ValidationError("--limit must be 0 or more") }
            if offset < 0 { throw ValidationError("--offset must be 0 or more") }
        }

        func run() throws {
            try reportingErrors {
                let archive = try options.open(.read)
                var search = SearchOptions()
                search.text = terms.joined(separator: " ")
                search.raw = raw
                search.author = author
                search.publication = publication
                search.kind = kind
                search.since = since
                search.until = until
                search.limit = limit
                search.offset = offset
                search.sort = sort
                let style = options.style
                if !json && !csv && style.enabled {
                    search.highlightStart = "\u{1}"
                    search.highlightEnd = "\u{2}"
                }
                let results: SearchResults
                do {
                    results = try ArticleSearch(connection: archive.connection).run(search)
                } catch let error as SearchError {
                    throw UsageError(error.description)
                }
                if json {
                    print(try JSONOutput.string(results.hits))
                } else if csv {
                    print(CSV.render(header: ["id", "title", "published_on", "authors", "publication", "kind", "url", "snippet", "rank"],
                                     rows: results.hits.map { hit in
                        [String(hit.id), hit.title, hit.publishedOn ?? "", hit.authors.joined(separator: "; "), hit.publication ?? "",
                         hit.kind, hit.url ?? "", hit.snippet, hit.rank.map { String($0) } ?? ""]
                    }), terminator: "")
                } else {
                    printList(results, style: style)
                }
            }
        }

        private func printList(_ results: SearchResults, style: Style) {
            if results.archiveIsEmpty {
                print("the archive is empty — add articles with 'opedb add PATH'")
                return
            }
            if results.hits.isEmpty {
                print(results.total == 0 ? "no matches" : "no more matches (\(results.total) in all)")
                return
            }
            let width = Terminal.textWidth(limit: 120)
            for hit in results.hits {
                let date = hit.publishedOn ?? "          "
                print("\(style.bold(String(hit.id)))  \(style.dim(date))  \(style.bold(hit.title))")
                let byline = ([hit.authors.joined(separator: ", ")] + [hit.publication].compactMap { $0 }).filter { !$0.isEmpty }
                if !byline.isEmpty { print("    " + style.dim(byline.joined(separator: " · "))) }
                let snippet = hit.snippet.replacingNewlines
                for line in ArticleText.wrap(snippet, width: width, indent: "    ").prefix(2) {
                    print(style.enabled ? line.replacingMarkers(with: style) : line)
                }
            }
            let shown = results.hits.count
            if results.total > offset + shown {
                print(style.dim("\(offset + 1)–\(offset + shown) of \(results.total) matches; --offset \(offset + shown) for more"))
            }
        }
    }
}

extension SearchOptions.Sort: ExpressibleByArgument {}

extension String {
    var replacingNewlines: String { split(whereSeparator: \.isNewline).joined(separator: " ") }

    /// Turns the private \u{1}…\u{2} match markers into bold.
    func replacingMarkers(with style: Style) -> String {
        var out = ""
        for c in self {
            if c == "\u{1}" { out += "\u{1B}[1m" } else if c == "\u{2}" { out += "\u{1B}[22m" } else { out.append(c) }
        }
        return out
    }
}
