import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Opedb {
    /// `opedb serve` runs `opedb-serve`, found beside this executable, the way git runs its
    /// subcommands: the web server is a binary of its own, so `opedb` itself never loads it and
    /// starts as fast as it did. The arguments go through untouched.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Serve the archive as a read-only web site (runs opedb-serve).",
            discussion: """
                Options: --database PATH, --host ADDRESS (default 127.0.0.1; anything else is \
                visible to the network), --port N (default 8080; 0 for any free port), --cache MIB \
                (memory for finished search pages, default 32; 0 for none), --concurrency N \
                (requests worked on at once, default the number of cores). The server \
                runs until stopped (Ctrl-C); 'opedb-serve --help' lists the routes.

                Examples:
                  opedb serve  # http://127.0.0.1:8080/
                  opedb serve --port 8000 --database demo.sqlite
                """)

        @Argument(parsing: .captureForPassthrough, help: "Options for opedb-serve.")
        var arguments: [String] = []

        func run() throws {
            Serve.exec(arguments)
        }

        /// Replaces this process with `opedb-serve ARGUMENTS`; returns only to exit with a message.
        static func exec(_ arguments: [String]) -> Never {
            let server = helperPath()
            guard access(server, X_OK) == 0 else {
                Terminal.standardError("opedb: serve needs the opedb-serve program beside opedb (\(server) is missing); "
                    + "build it with 'swift build --product opedb-serve'")
                Terminal.exit(2)
            }
            fflush(nil)
            var argv: [UnsafeMutablePointer<CChar>?] = ([server] + arguments).map { strdup($0) }
            argv.append(nil)
            execv(server, argv)
            Terminal.standardError("opedb: cannot run \(server): \(String(cString: strerror(errno)))")
            Terminal.exit(2)
        }

        /// `opedb-serve` in the folder of the running executable (`/proc/self/exe`, which follows
        /// symbolic links to the real binary; else argv[0]).
        static func helperPath() -> String {
            var buffer = [CChar](repeating: 0, count: 4096)
            let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
            let executable = n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
                : CommandLine.arguments.first ?? "opedb"
            guard let slash = executable.lastIndex(of: "/") else { return "./opedb-serve" }
            return String(executable[...slash]) + "opedb-serve"
        }
    }
}
