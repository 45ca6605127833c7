import ArgumentParser
import OpeDB

extension Opedb {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Full-text search, ranked, with snippets and filters.",
            discussion: """
                All arguments form the query, so quotes are needed only for phrases. Words with \
                punctuation just work (U.S. Scourge, Rabbani's, Moscow–Kabul, C++). FTS5's syntax \
                works too:

                  "exact phrase"          a phrase
                  gambl*                  a prefix
                  kabul AND NOT moscow    AND, OR, NOT (in capitals; lowercase is a word)
                  NEAR(taliban moscow, 5) words within 5 of each other
                  title:kremlin           a column: title, subtitle, body, authors, notes

                Words are stemmed (pilot finds Pilots) and accents ignored (Novak finds Novák).

                Examples:
                  opedb search harbour pilots
                  opedb search ferry --since 2022 --kind op-ed
                  opedb search --author Tollefsen  # no query: newest first
                  opedb search "(ferry OR ferries) subsidy"
                  opedb search 'archiv*' --json | jq '.[].title'
                  opedb search -- -trains  # after --, a term may start with -
                  opedb search --tag budget --tag libraries  # filed under both tags

                Exit status 2 for a malformed query or option; 1 when --author, --publication, \
                --kind or --tag names nothing in the archive; 0 otherwise, also with no matches.
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

        @Option(help: ArgumentHelp("Only articles filed under this tag (repeat: under every one).", valueName: "tag"))
        var tag: [String] = []

        @Option(help: ArgumentHelp("Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
        var since: String?

        @Option(help: ArgumentHelp("Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
        var until: String?

        // `.unconditional`: `--limit -5` reaches validate() and its message, not "Missing value".
        @Option(parsing: .unconditional, help: "How many results to show (1–1000).")
        var limit = 10

        @Option(parsing: .unconditional, help: "Skip this many results, for paging (0–1000000).")
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
            if let problem = request.options.boundsProblem { throw ValidationError(problem.description) }
        }

        private var request: SearchRequest {
            SearchRequest(location: options.location, terms: terms, author: author, publication: publication,
                          kind: kind, tags: tag, since: since, until: until, limit: limit, offset: offset, sort: sort,
                          raw: raw, json: json, csv: csv)
        }

        func run() throws {
            try request.perform()
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
