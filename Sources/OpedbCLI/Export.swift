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
            abstract: "Write the archive out as JSON lines, Markdown files or CSV.",
            discussion: """
                jsonl     one 'show --json' object per line, to stdout or --output FILE
                markdown  one file per article in the input format, into --output DIR; adding that
                          folder to a new archive reproduces every article
                csv       one row per article with the scalar fields, to stdout or --output FILE
                Examples:
                  opedb export --format jsonl > archive.jsonl
                  opedb export --format markdown --output exported/
                """)

        @OptionGroup var options: ArchiveOptions
        @Option(help: "jsonl, markdown or csv.") var format: ArticleExporter.Format = .jsonl
        @Option(help: ArgumentHelp("File (jsonl, csv) or folder (markdown) to write.", valueName: "path")) var output: String?

        func validate() throws {
            if format == .markdown && output == nil { throw ValidationError("--format markdown needs --output DIR") }
        }

        func run() throws {
            try reportingErrors {
                let archive = try options.open(.read)
                let exporter = ArticleExporter(connection: archive.connection)
                let articles = ArticleRepository(connection: archive.connection)
                let ids = try exporter.ids()
                switch format {
                case .jsonl:
                    let sink = try OutputFile(path: output)
                    for id in ids { if let line = try exporter.jsonLine(id: id) { try sink.write(line + "\n") } }
                case .csv:
                    let sink = try OutputFile(path: output)
                    try sink.write(CSV.render(header: ArticleExporter.csvHeader, rows: []))
                    for id in ids {
                        if let record = try articles.record(id: id) {
                            try sink.write(CSV.render(header: ArticleExporter.csvRow(record), rows: []))
                        }
                    }
                case .markdown:
                    let directory = output!
                    if !Archive.fileExists(directory), mkdir(directory, 0o755) != 0 {
                        throw UsageError("cannot create \(directory): \(String(cString: strerror(errno)))")
                    }
                    for id in ids {
                        guard let record = try articles.record(id: id) else { continue }
                        let path = directory + "/" + ArticleExporter.fileName(for: record)
                        try OutputFile(path: path).write(MarkdownWriter.render(record))
                    }
                    Terminal.standardError("opedb: wrote \(ids.count) files to \(directory)")
                }
            }
        }
    }
}

extension ArticleExporter.Format: ExpressibleByArgument {}

/// A file to write (created or truncated), or stdout.
final class OutputFile {
    private let fd: Int32
    private let path: String?

    init(path: String?) throws {
        self.path = path
        if let path {
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            if fd < 0 { throw UsageError("cannot write \(path): \(String(cString: strerror(errno)))") }
        } else {
            fflush(nil)
            fd = 1
        }
    }

    deinit { if path != nil { close(fd) } }

    func write(_ text: String) throws {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw UsageError("cannot write \(path ?? "stdout"): \(String(cString: strerror(errno)))")
            }
            bytes = bytes.dropFirst(n)
        }
    }
}
