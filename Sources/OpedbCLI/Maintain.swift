import ArgumentParser
import OpeDB

extension Opedb {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Verify the archive: SQLite integrity, foreign keys, the search index against the articles, and opedb's own rules.",
            discussion: """
                Exit status 0 when healthy, 1 with a list of problems otherwise. It opens the archive \
                read-only and never writes to it.

                Examples:
                  opedb check
                  opedb check && opedb backup press-backup.sqlite
                """)

        @OptionGroup var options: ArchiveOptions

        func run() throws {
            try reportingErrors {
                // Read-only: check never writes to the archive or its WAL (the search index is
                // compared on a copy in temporary storage, see SearchIndex.verify).
                let archive = try options.open(.read)
                let problems = try Maintenance(archive: archive).check()
                if problems.isEmpty {
                    print("ok: \(options.path) is healthy")
                } else {
                    for problem in problems { print("problem: \(problem)") }
                    throw ExitCode(1)
                }
            }
        }
    }

    struct Optimize: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "optimize",
            abstract: "Merge the search index, refresh the query planner's statistics and compact the file.",
            discussion: """
                Worth running after adding many articles. --rebuild-index rebuilds the search index \
                from the stored articles, for an index 'opedb check' finds out of step.

                Examples:
                  opedb optimize
                  opedb optimize --rebuild-index
                """)

        @OptionGroup var options: ArchiveOptions
        @Flag(help: "Rebuild the search index from the articles first (repairs an index out of step).")
        var rebuildIndex = false

        func run() throws {
            try reportingErrors {
                let archive = try options.open(.write)
                let sizes = try Maintenance(archive: archive).optimize(rebuildIndex: rebuildIndex)
                print("optimized \(options.path): \(Stats.humanSize(sizes.before)) → \(Stats.humanSize(sizes.after))")
            }
        }
    }

    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Write a consistent copy of the archive, safe while another process writes to it.",
            discussion: """
                The copy is written under a temporary name beside FILE and renamed into place when \
                complete; an existing FILE is replaced only with --force.

                Examples:
                  opedb backup press-backup.sqlite
                  opedb backup press-backup.sqlite --force
                """)

        @OptionGroup var options: ArchiveOptions
        @Argument(help: ArgumentHelp("Where to write the copy (must not exist unless --force).", valueName: "file")) var destination: String
        @Flag(help: "Replace an existing file at the destination.") var force = false

        func validate() throws { try FileOutput.validate(destination, named: "the backup file name") }

        func run() throws {
            try reportingErrors {
                // Before opening anything: never the archive, never an existing file without --force.
                try AtomicFile.checkTarget(destination, replacing: force, archive: options.path)
                let archive = try options.open(.read)
                try Maintenance(archive: archive).backup(to: destination, replacing: force)
                print("backed up \(options.path) to \(destination)")
            }
        }
    }

    struct Reparse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reparse",
            abstract: "Re-run the current parser over every stored original and update what changed.",
            discussion: """
                Each article is updated in its own transaction: safe to interrupt and run again. Run \
                it after upgrading opedb to apply the new parser's improvements to what you stored.

                Examples:
                  opedb reparse
                """)

        @OptionGroup var options: ArchiveOptions
        @Flag(help: "Print a JSON object with the counts.") var json = false

        func run() throws {
            try reportingErrors {
                let archive = try options.open(.write)
                let counts = try Reparser(archive: archive).run(report: { id, title in
                    if !json { print("updated \(id)  \(title)") }
                }, failure: { id, error in
                    Terminal.standardError("opedb: article \(id) failed: \(Failure.describe(error).message)")
                })
                if json { return print(try JSONOutput.string(counts)) }
                print("\(counts.examined) examined: \(counts.updated) updated, \(counts.unchanged) unchanged, \(counts.failed) failed")
                if counts.failed > 0 { throw ExitCode(1) }
            }
        }
    }
}
