import ArgumentParser
import OpeDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

                When the stored article at that URL is plainly another one (title and \
                authors both differ), the input fails and nothing changes, unless --replace is \
                given (then it is reported as replaced, with the old title).

                A folder's entries that are not articles (another suffix, hidden names, symlinks to \
                folders without --follow) are skipped: counted on stderr, listed with --verbose.

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

        @Flag(help: "Let an input replace a different article (title and authors both differ) that has its URL.")
        var replace = false

        @Flag(name: [.customShort("L"), .long], help: "Follow symlinks to folders (never onto another filesystem, never twice).")
        var follow = false

        @Flag(name: .shortAndLong, help: "List every skipped folder entry with its reason (on stderr).")
        var verbose = false

        func validate() throws {
            if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("stdin (-) can be named only once") }
            if maxSize.bytes == nil { throw ValidationError("--max-size must be from 1 byte to 4G") }
        }

        func run() throws {
            try reportingErrors {
                let archive = try options.open(dryRun ? .read : .write)
                let importer = Importer(archive: archive)
                importer.dryRun = dryRun
                importer.replacing = replace
                importer.maxSize = maxSize.bytes ?? Importer.defaultMaxSize
                let style = options.style
                // The walk is lazy (memory stays flat for a million files); a progress bar on a
                // terminal needs the total, so only then are the inputs counted first.
                let showProgress = !json && Terminal.isTerminal(2)
                let arguments = Add.systemBytes(of: paths)
                let total = showProgress ? InputFiles.walk(bytes: arguments, follow: follow).reduce(0) { n, _ in n + 1 } : 0
                let progress = Progress(total: total, enabled: showProgress && total > 20)
                let entries = InputFiles.walk(bytes: arguments, follow: follow)
                var skipped: [(reason: String, count: Int)] = []
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
                    } else if result.status == .skipped {
                        let reason = result.error ?? "not an article"
                        if let i = skipped.firstIndex(where: { $0.reason == reason }) { skipped[i].count += 1 } else { skipped.append((reason, 1)) }
                        if verbose { Terminal.standardError("opedb: \(result.path): skipped: \(reason)") }
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
                    var parts = [AddResult.Status.added, .updated, .unchanged, .failed].map { "\(counts[$0] ?? 0) \(verb)\($0.rawValue)" }
                    if let replaced = counts[.replaced] { parts.insert("\(replaced) \(verb)replaced", at: 2) }
                    if let count = counts[.skipped] { parts.append("\(count) skipped") }
                    print((dryRun ? "dry run: " : "") + parts.joined(separator: ", "))
                    for (n, group) in skipped.enumerated() {
                        Terminal.standardError("opedb: skipped \(group.count): \(group.reason)" + (n == 0 && !verbose ? " (--verbose lists them)" : ""))
                    }
                }
                if (counts[.failed] ?? 0) > 0 { throw ExitCode(1) }
            }
        }

        /// `added 12  Russia Gambles in Afghanistan – Again — Artemy Kalinovsky, 2017-05-08`;
        /// a replacement ends with what the article was: `(replaced “Old title”)`.
        static func line(_ result: AddResult, style: Style) -> String {
            var line = "\(result.status.rawValue) \(result.id.map(String.init) ?? "-")  \(style.bold(result.title ?? ""))"
            let byline = result.authors.joined(separator: ", ")
            let details = [byline.isEmpty ? nil : byline, result.publishedOn].compactMap { $0 }
            if !details.isEmpty { line += " — " + details.joined(separator: ", ") }
            if result.status == .replaced, let previous = result.replacedTitle { line += " (replaced \u{201C}\(previous)\u{201D})" }
            return line
        }

        /// The path arguments as the system passed them. A name that is not UTF-8 (`caf\xE9.md`)
        /// reaches argument-parser with U+FFFD in place of its bytes, which name no file; its
        /// bytes are taken back from `argv`.
        static func systemBytes(of paths: [String]) -> [[UInt8]] {
            var undecodable: [[UInt8]] = (1..<Int(CommandLine.argc)).compactMap { i in
                guard let argument = CommandLine.unsafeArgv[i] else { return nil }
                let bytes = Array(UnsafeBufferPointer(start: argument, count: strlen(argument))).map { UInt8(bitPattern: $0) }
                return String(validating: bytes, as: UTF8.self) == nil ? bytes : nil
            }
            return paths.map { path in
                if let i = undecodable.firstIndex(where: { String(decoding: $0, as: UTF8.self) == path }) {
                    return undecodable.remove(at: i)
                }
                return Array(path.utf8)
            }
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
