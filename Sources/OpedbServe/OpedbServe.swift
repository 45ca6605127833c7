import ArgumentParser
import Logging
import OpeDB
import OpedbWeb
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `opedb serve`: the archive as a read-only web site. A binary of its own, started by
/// `opedb serve`, so that the CLI never loads the web server (its start-up stays as it was).
@main
struct OpedbServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opedb serve",
        abstract: "Serve the archive as a read-only web site, every page with a JSON twin.",
        discussion: """
            The archive is opened read-only; no route writes. Pages: / (home),
            /search, /articles/ID, /authors, /authors/ID, /books, /publications,
            /stats. Each has a JSON twin (/search.json?q=…, /articles/12.json, …)
            printing what the CLI's --json prints for the same request.

            Examples:
              opedb serve
              opedb serve --port 8000 --database ~/archive.sqlite
              opedb serve --port 0            (any free port; the address is printed)
              opedb serve --cache 0           (no page cache: every search worked out afresh)
            """,
        version: OpeDBVersion.string)

    @Option(name: .long, help: ArgumentHelp("The archive file.",
                                            discussion: "Default: $OPEDB_DATABASE, else opedb.sqlite in the current directory.",
                                            valueName: "path"))
    var database: String?

    @Option(help: "The address to listen on. Anything but loopback makes the archive visible to the network.")
    var host = "127.0.0.1"

    // `.unconditional`: `--port -1` reaches validate() and its message.
    @Option(parsing: .unconditional, help: "The port (0: any free one).")
    var port = 8080

    @Option(name: .customLong("cache"), parsing: .unconditional,
            help: ArgumentHelp("Memory for finished search pages, in MiB (0: none).", valueName: "MiB"))
    var cacheMiB = PageCache.defaultCapacity >> 20

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Requests worked on at once; the others wait their turn. Default: the number of cores.", valueName: "n"))
    var concurrency = RequestGate.cores

    static let cacheRange = 0...65536
    static let concurrencyRange = 1...256

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be a whole number from 0 to 65535") }
        guard !host.isEmpty else { throw ValidationError("--host must not be empty") }
        guard Self.cacheRange.contains(cacheMiB) else { throw ValidationError("--cache must be a whole number from 0 to 65536 (MiB)") }
        guard Self.concurrencyRange.contains(concurrency) else { throw ValidationError("--concurrency must be a whole number from 1 to 256") }
    }

    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                let message = fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
                let cleaned = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
                standardError("opedb: \(cleaned) (see 'opedb serve --help')")
                terminate(2)
            }
            exit(withError: error)
        }
    }

    func run() async throws {
        let path = ArchivePath.resolve(database)
        let pool: ArchivePool
        do {
            // As many connections as requests at once: a connection opened for a burst would
            // count as seeing a write, and empty the page cache.
            pool = try ArchivePool(path: path, capacity: max(8, concurrency))
        } catch {
            Self.standardError("opedb: \(error)")
            throw ExitCode(2)
        }
        if !Self.isLoopback(host) {
            Self.standardError("opedb: warning: listening on \(host), not loopback: anyone who can reach this machine can read the archive")
        }
        var logger = Logger(label: "opedb-serve")
        logger.logLevel = .warning
        let host = self.host
        let site = Site(pool: pool, gate: RequestGate(width: concurrency), cache: PageCache(capacity: cacheMiB << 20))
        do {
            try site.warm()
        } catch {
            Self.standardError("opedb: cannot read \(path): \(error)")
            throw ExitCode(2)
        }
        let app = site.application(host: host, port: port, logger: logger) { bound in
            let shown = host.contains(":") ? "[\(host)]" : host
            print("opedb: serving \(path) at http://\(shown):\(bound)/ (read-only; Ctrl-C stops)")
            fflush(nil)
        }
        do {
            try await app.runService()
        } catch {
            Self.standardError("opedb: cannot serve on \(host):\(port): \(error)")
            throw ExitCode(2)
        }
    }

    /// 127.0.0.0/8, ::1 and localhost: addresses only this machine reaches.
    static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased().trimmingPrefix("[").split(separator: "]").first.map(String.init) ?? host
        return h == "localhost" || h == "::1" || h.hasPrefix("127.")
    }

    static func standardError(_ line: String) {
        fflush(nil)
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }

    static func terminate(_ status: Int32) -> Never {
        fflush(nil)
        #if canImport(Glibc)
        Glibc.exit(status)
        #else
        Darwin.exit(status)
        #endif
    }
}
