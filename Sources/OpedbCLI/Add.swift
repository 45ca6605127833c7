import ArgumentParser
import OpeDB

extension Opedb {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Parse article files and store them in the archive.",
            discussion: """
                PATH can be a file, a folder (searched recursively for *.txt, *.md, *.html, *.htm, \
                *.xhtml and *.html.gz) or - for stdin. Adding the same article again changes \
                nothing; the same URL with new content updates the stored article in place, keeping \
                its id.

                Exit status: 0 when every input was stored, 1 when any input failed (the others are \
                stored), 2 for usage and archive errors.

                Examples:
                  opedb add Fixtures/01-op-ed-full.md
                  opedb add Fixtures/ --dry-run
                  cat Fixtures/05-plain-text.txt | opedb add -
                  opedb add Fixtures/ --json | jq -r '.[].status' | sort | uniq -c
                """)

        @OptionGroup var options: ArchiveOptions

        @Argument(help: ArgumentHelp("Files, folders, or - for stdin.", valueName: "path"))
        var paths: [String]

        @Flag(help: "Parse and report what would be stored, without writing.")
        var dryRun = false

        @Flag(help: "Print a JSON array with one object per input.")
        var json = false

        @Option(parsing: .unconditional,
                help: ArgumentHelp("Refuse files larger than this (bytes; K, M, G suffixes allowed; at most 4G).", valueName: "size"))
        var maxSize: ByteSize = ByteSize(Importer.defaultMaxSize)

        @Flag(name: .shortAndLong, help: "Print only the summary.")
        var quiet = false

        func validate() throws {
            if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("stdin (-) can be named only once") }
            if maxSize.bytes == nil { throw ValidationError("--max-size must be from 1 byte to 4G") }
        }

        func run() throws {
            try reportingErrors {
                let archive = try options.open(dryRun ? .read : .write)
                let importer = Importer(archive: archive)
                importer.dryRun = dryRun
                importer.maxSize = maxSize.bytes ?? Importer.defaultMaxSize
                let style = options.style
                // The walk is lazy (memory stays flat for a million files); a progress bar on a
                // terminal needs the total, so only then are the inputs counted first.
                let showProgress = !json && Terminal.isTerminal(2)
                let total = showProgress ? InputFiles.walk(paths).reduce(0) { n, _ in n + 1 } : 0
                let progress = Progress(total: total, enabled: showProgress && total > 20)
                let entries = InputFiles.walk(paths)
                var jsonCount = 0
                if json { print("[", terminator: "") }
                var counts: [AddResult.Status: Int] = [:]
                try importer.add(entries) { result in
                    counts[result.status, default: 0] += 1
                    progress.clear()
                    if json {
                        // Streamed, one object at a time: memory does not grow with the number of files.
                        let object = (try? JSONOutput.string(result)) ?? "{}"
                        print((jsonCount == 0 ? "\n" : ",\n") + object.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"), terminator: "")
                        jsonCount += 1
                    } else if result.status == .failed {
                        Terminal.standardError("opedb: \(result.path): \(result.error ?? "failed")")
                    } else if !quiet {
                        print(Add.line(result, style: style))
                        for warning in result.warnings { Terminal.standardError("opedb: \(result.path): warning: \(warning)") }
                    }
                    progress.advance()
                }
                progress.finish()
                if json {
                    print(jsonCount == 0 ? "]" : "\n]")
                } else {
                    let verb = dryRun ? "would be " : ""
                    let parts = [AddResult.Status.added, .updated, .unchanged, .failed].map { "\(counts[$0] ?? 0) \(verb)\($0.rawValue)" }
                    print((dryRun ? "dry run: " : "") + parts.joined(separator: ", "))
                }
                if (counts[.failed] ?? 0) > 0 { throw ExitCode(1) }
            }
        }

        /// `added 12  Russia Gambles in Afghanistan – Again — Artemy Kalinovsky, 2017-05-08`
        static func line(_ result: AddResult, style: Style) -> String {
            var line = "\(result.status.rawValue) \(result.id.map(String.init) ?? "-")  \(style.bold(result.title ?? ""))"
            let byline = result.authors.joined(separator: ", ")
            let details = [byline.isEmpty ? nil : byline, result.publishedOn].compactMap { $0 }
            if !details.isEmpty { line += " — " + details.joined(separator: ", ") }
            return line
        }
    }
}

/// A size given as `200M`, `64K`, `1G` or plain bytes.
struct ByteSize: ExpressibleByArgument, Sendable {
    /// The size, or nil when the number is outside `1...maximum` (validate() says so).
    let bytes: Int?
    init(_ bytes: Int) { self.bytes = bytes }
    init?(argument: String) {
        let text = argument.uppercased().replacingOccurrences(of: "B", with: "")
        let multipliers: [Character: Double] = ["K": 1024, "M": 1024 * 1024, "G": 1024 * 1024 * 1024]
        let multiplier = text.last.flatMap { multipliers[$0] }
        let digits = multiplier == nil ? Substring(text) : text.dropLast()
        // Decimal digits only: Double() alone would also read `0x10`, `1e3` and `inf`.
        // (A leading minus is read, so that validate() can say what the bounds are.)
        guard digits.drop(while: { $0 == "-" }).allSatisfy({ $0 == "." || ("0"..."9").contains($0) }),
              let n = Double(digits) else { return nil }
        // Compared as a Double first: Int(Double) traps on infinity and anything above Int.max.
        let value = n * (multiplier ?? 1)
        bytes = value >= 1 && value <= Double(ByteSize.maximum) ? Int(value) : nil
    }
    var defaultValueDescription: String { "\((bytes ?? 0) / (1 << 20))M" }

    /// The largest `--max-size`: a file is read whole into memory before it is parsed.
    static let maximum = 4 << 30
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
