import OpeDB

/// What `opedb search` was asked, however its arguments were read, and how it answers.
struct SearchRequest {
    var location = ArchiveLocation()
    var terms: [String] = []
    var author: String?
    var publication: String?
    var kind: String?
    var tags: [String] = []
    var since: String?
    var until: String?
    var limit = 10
    var offset = 0
    var sort: SearchOptions.Sort = .relevance
    var raw = false
    var json = false
    var csv = false

    /// The library's options for this request; ``SearchOptions/validate()`` holds the bounds.
    var options: SearchOptions {
        var search = SearchOptions()
        search.text = terms.joined(separator: " ")
        search.raw = raw
        search.author = author
        search.publication = publication
        search.kind = kind
        search.tags = tags
        search.since = since
        search.until = until
        search.limit = limit
        search.offset = offset
        search.sort = sort
        return search
    }

    func perform() throws {
        try reportingErrors {
            var search = options
            // Bounds before work, whichever parser read the arguments (the fast path has no validate()).
            if let problem = search.boundsProblem { throw UsageError(problem.description) }
            let archive = try location.open(.read)
            let style = location.style
            if json || csv {
                // Data gets the plain text (JSON adds the match ranges); markers are for the terminal.
                search.highlightStart = ""
                search.highlightEnd = ""
            } else if style.enabled {
                search.highlightStart = "\u{1}"
                search.highlightEnd = "\u{2}"
            }
            let results: SearchResults
            do {
                results = try ArticleSearch(connection: archive.connection).run(search)
            } catch let error as SearchError {
                if case .noSuchValue = error { throw NotFound(error.description) }
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
            print("\(style.bold(String(hit.id)))  \(style.dim(date))  \(style.bold(hit.title.escapingControls()))")
            let byline = ([hit.authors.joined(separator: ", ")] + [hit.publication].compactMap { $0 }).filter { !$0.isEmpty }
                .map { $0.escapingControls() }
            if !byline.isEmpty { print("    " + style.dim(byline.joined(separator: " · "))) }
            let snippet = hit.snippet.replacingNewlines.escapingControls(keepingMarkers: style.enabled)
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

extension SearchRequest {
    /// Reads `search`'s arguments without argument-parser, for the common forms only:
    /// `--name value` options, the three flags, terms, and `--`. Anything else — `--name=value`,
    /// a repeated option, an unknown or malformed one, help — gives nil, and the full parser
    /// takes over (with its usual messages). Building argument-parser's command tree costs more
    /// than a rare-word search itself, and searches are what scripts run in loops.
    init?(fastArguments arguments: [String]) {
        var seen: [String] = []  // a handful of options: an array is cheaper to start than a Set
        var literal = false
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            i += 1
            if literal || !argument.hasPrefix("-") {
                // `help` may be argument-parser's own word; leave it to the full parser.
                guard literal || argument != "help" else { return nil }
                terms.append(argument)
                continue
            }
            if argument == "--" {
                literal = true
                continue
            }
            // `--tag` repeats (every tag must match); any other option given twice is the full parser's to judge.
            guard argument == "--tag" || !seen.contains(argument) else { return nil }
            seen.append(argument)
            switch argument {
            case "--json": json = true
            case "--csv": csv = true
            case "--raw": raw = true
            default:
                guard i < arguments.count, !arguments[i].hasPrefix("-") else { return nil }
                let value = arguments[i]
                i += 1
                switch argument {
                case "--database": guard !value.isEmpty else { return nil }; location.database = value
                case "--color": guard let choice = ColorChoice(rawValue: value) else { return nil }; location.color = choice
                case "--author": author = value
                case "--publication": publication = value
                case "--kind": kind = value
                case "--tag": tags.append(value)
                case "--since": since = value
                case "--until": until = value
                case "--limit": guard let n = Int(value) else { return nil }; limit = n
                case "--offset": guard let n = Int(value) else { return nil }; offset = n
                case "--sort": guard let order = SearchOptions.Sort(rawValue: value) else { return nil }; sort = order
                default: return nil
                }
            }
        }
        if json && csv { return nil }
        // The same bounds as `validate()`; a value outside them goes to the full parser, which
        // rejects it with argument-parser's usual one-line message (the two paths must agree).
        if options.boundsProblem != nil { return nil }
    }
}
