import ArgumentParser
import OpeDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Opedb {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the archive out as JSON lines, Markdown files, CSV or citations.",
            discussion: """
                Formats: jsonl, one 'show --json' object per line, to stdout or --output FILE; \
                markdown, one file per article in the input format, into --output DIR (adding that \
                folder to a new archive reproduces every article); csv, one row per article with \
                the scalar fields, to stdout or --output FILE; bibtex, ris, csl-json, a reference per \
                article as 'opedb cite' writes them, to stdout or --output FILE.

                The Markdown files carry your curation in their front matter (tags, corrections, \
                merged and renamed authors, when each was added), and 'add' restores it.

                Examples:
                  opedb export --format jsonl > archive.jsonl
                  opedb export --format markdown --output exported/
                  opedb export --format csv --output archive.csv
                  opedb export --format bibtex --output archive.bib
                """)

        @OptionGroup var options: ArchiveOptions
        @Option(help: "jsonl, markdown, csv, bibtex, ris or csl-json.") var format: ArticleExporter.Format = .jsonl
        @Option(help: ArgumentHelp("File (jsonl, csv) or folder (markdown) to write.", valueName: "path")) var output: String?
        @Flag(help: "Replace an existing output file (or files in an existing --output folder).") var force = false

        func validate() throws {
            try FileOutput.validate(output, named: "--output")
            if format == .markdown && output == nil { throw ValidationError("--format markdown needs --output DIR") }
        }

        func run() throws {
            try reportingErrors {
                // Checked before the archive is opened: the output is never the archive (or its
                // WAL), and an existing file is replaced only with --force.
                if let output, format != .markdown {
                    try AtomicFile.checkTarget(output, replacing: force, archive: options.path)
                } else if let output, !force, Self.isNonEmptyFolder(output) {
                    throw UsageError("\(output) is not empty; pass --force to replace files in it")
                }
                let archive = try options.open(.read)
                let exporter = ArticleExporter(connection: archive.connection)
                let articles = ArticleRepository(connection: archive.connection)
                let ids = try exporter.ids()
                // Each article's stored original is verified against its content hash as it is
                // written: damage is reported (exit status 2) instead of copied out unnoticed.
                var damaged: [Int] = []
                func verified(_ id: Int) throws -> Int {
                    if try !articles.originalMatches(id) { damaged.append(id) }
                    return id
                }
                defer {
                    if !damaged.isEmpty { Terminal.standardError("opedb: \(ArchiveError.exportedDamaged(path: options.path, ids: damaged))") }
                }
                switch format {
                case .jsonl:
                    let sink = try OutputFile(path: output, replacing: force, archive: options.path)
                    for id in ids { if let line = try exporter.jsonLine(id: verified(id)) { try sink.write(line + "\n") } }
                    try sink.commit()
                case .csv:
                    let sink = try OutputFile(path: output, replacing: force, archive: options.path)
                    try sink.write(CSV.render(header: ArticleExporter.csvHeader, rows: []))
                    for id in ids {
                        if let record = try articles.record(id: verified(id)) {
                            try sink.write(CSV.render(header: ArticleExporter.csvRow(record), rows: []))
                        }
                    }
                    try sink.commit()
                case .bibtex, .ris, .cslJSON:
                    let citations = format.citation!
                    let sink = try OutputFile(path: output, replacing: force, archive: options.path)
                    var keys = Citation.KeyMaker()
                    var isFirst = true
                    try sink.write(citations.opening)
                    for id in ids {
                        guard let record = try articles.record(id: id) else { continue }
                        try sink.write(try citations.entry(keys.citation(for: record), isFirst: isFirst))
                        isFirst = false
                    }
                    try sink.write(citations.closing(isEmpty: isFirst))
                    try sink.commit()
                case .markdown:
                    let directory = output!
                    if !Archive.fileExists(directory), mkdir(directory, 0o755) != 0 {
                        throw UsageError("cannot create \(directory): \(String(cString: strerror(errno)))")
                    }
                    for id in ids {
                        guard let record = try articles.record(id: verified(id)) else { continue }
                        let path = directory + "/" + ArticleExporter.fileName(for: record)
                        let file = try AtomicFile(path: path, replacing: true, archive: options.path)
                        try file.write(MarkdownWriter.render(try articles.asParsed(record), curation: try articles.curation(of: record)))
                        try file.commit()
                    }
                    Terminal.standardError("opedb: wrote \(Plural.phrase(ids.count, "file")) to \(directory)")
                }
                if !damaged.isEmpty { throw ExitCode(2) }
            }
        }

        static func isNonEmptyFolder(_ path: String) -> Bool {
            guard let dir = opendir(path) else { return false }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { return true }
            }
            return false
        }
    }
}

extension ArticleExporter.Format: ExpressibleByArgument {}

/// Where an export goes: stdout, or a file written atomically (see ``AtomicFile``).
final class OutputFile {
    private let file: AtomicFile?

    init(path: String?, replacing: Bool, archive: String) throws {
        if let path {
            file = try AtomicFile(path: path, replacing: replacing, archive: archive)
        } else {
            fflush(nil)
            file = nil
        }
    }

    func write(_ text: String) throws {
        if let file { return try file.write(text) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw UsageError("cannot write stdout: \(String(cString: strerror(errno)))")
            }
            bytes = bytes.dropFirst(n)
        }
    }

    /// Gives the file its name; nothing to do for stdout.
    func commit() throws { try file?.commit() }
}
