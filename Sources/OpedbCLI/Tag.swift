import ArgumentParser
import OpeDB

extension Opedb {
    struct Tag: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tag",
            abstract: "File articles under tags, or take them out.",
            discussion: """
                Tags ignore case and accents (Labour and labour are one tag; the first spelling is kept). 'opedb tags' lists them; 'opedb search --tag T' filters by them; exports carry them. Exit status 1 when some article was not found, or did not carry a tag given to --remove (as 'git rm' does for a path that matches nothing): each is one line on stderr, and everything else asked is done.

                Examples:
                  opedb tag 1 2 3 --add harbours
                  opedb tag 29 --add labour --remove budget
                  opedb tag 29  # print its tags: budget, ferries, transport
                """)

        @OptionGroup var options: ArchiveOptions

        @Argument(help: ArgumentHelp("Ids or URLs of the articles.", valueName: "id-or-url"))
        var references: [String]

        @Option(help: ArgumentHelp("A tag to add (repeatable).", valueName: "tag"))
        var add: [String] = []

        @Option(help: ArgumentHelp("A tag to remove (repeatable).", valueName: "tag"))
        var remove: [String] = []

        private func names(_ texts: [String]) throws -> [TagName] {
            do {
                return try texts.map { text throws(TagName.Problem) in try TagName(text) }
            } catch {
                throw ValidationError(error.description)
            }
        }

        func validate() throws {
            try ArticleReferences.validate(references)
            _ = try names(add)
            let removing = try names(remove)
            if let both = try names(add).first(where: { tag in removing.contains { $0.key == tag.key } }) {
                throw ValidationError("'\(both.display)' is both added and removed")
            }
        }

        func run() throws {
            try reportingErrors {
                let adding = try names(add), removing = try names(remove)
                let archive = try options.open(adding.isEmpty && removing.isEmpty ? .read : .write)
                let articles = ArticleRepository(connection: archive.connection)
                let tags = TagRepository(connection: archive.connection)
                var named = ArticleReferences(references)
                var unmatched = 0
                try named.forEach(in: articles) { id in
                    if !adding.isEmpty || !removing.isEmpty {
                        let absent = try archive.connection.transaction(.immediate) { () throws -> [TagName] in
                            for tag in adding { try tags.add(tag, to: id) }
                            return try removing.filter { try !tags.remove($0, from: id) }
                        }
                        for tag in absent {
                            Terminal.standardError("opedb: article \(id) has no tag '\(tag.display.escapingControls())'")
                        }
                        unmatched += absent.count
                    }
                    let now = try tags.tags(of: id)
                    print("\(id)  \(now.isEmpty ? "(no tags)" : now.map { $0.escapingControls() }.joined(separator: ", "))")
                }
                try named.finish()
                if unmatched > 0 { throw ExitCode(1) }
            }
        }
    }
}
