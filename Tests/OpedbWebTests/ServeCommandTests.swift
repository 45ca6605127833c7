import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `opedb serve` as a user runs it: the CLI finds `opedb-serve` beside itself and execs it.
@Suite struct ServeCommandTests {
    /// Starts `opedb ARGUMENTS`, waits for the address line, runs `body`, then stops the server.
    func serving(_ fixture: WebFixture, _ arguments: [String], _ body: (String, Process, Pipe) async throws -> Void) async throws {
        let process = Process()
        process.executableURL = WebFixture.binary("opedb")
        process.arguments = arguments
        process.currentDirectoryURL = fixture.directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }
        var line = Data()
        // The address line comes first; read up to its newline (bounded: the server prints one line).
        while line.count < 4096 {
            let byte = out.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        let address = try #require(text.range(of: "http://[^ ]+/", options: .regularExpression).map { String(text[$0]) },
                                   "no address in \(text)")
        try await body(address, process, err)
    }

    /// Runs `opedb ARGUMENTS` to its end: the exit status and what it wrote on stderr.
    func finished(_ fixture: WebFixture, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = WebFixture.binary("opedb")
        process.arguments = arguments
        process.currentDirectoryURL = fixture.directory
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stderr)
    }

    @Test func servesOnAFreeLoopbackPortAndStopsOnSIGTERM() async throws {
        let fixture = try WebFixture()
        defer { fixture.cleanUp() }
        try await serving(fixture, ["serve", "--port", "0", "--cache", "1", "--concurrency", "3", "--database", fixture.database]) { address, process, _ in
            #expect(address.hasPrefix("http://127.0.0.1:"))
            let (data, response) = try await URLSession.shared.data(from: URL(string: address + "stats.json")!)
            #expect((response as? HTTPURLResponse)?.statusCode == 200)
            #expect(try data == fixture.cli(["stats", "--json"]).stdout)
            process.terminate()
            process.waitUntilExit()
            #expect(process.terminationReason == .exit || process.terminationStatus == SIGTERM)
        }
    }

    /// The warning comes before the server binds. 192.0.2.1 (TEST-NET-1, never this machine's)
    /// cannot be bound, so the test never listens beyond loopback: it also sees the bind failure
    /// reported in one line with status 2.
    @Test func warnsWhenNotOnLoopback() throws {
        let fixture = try WebFixture()
        defer { fixture.cleanUp() }
        let (status, stderr) = try finished(fixture, ["serve", "--host", "192.0.2.1", "--port", "0", "--database", fixture.database])
        let lines = stderr.split(separator: "\n")
        #expect(lines.first == "opedb: warning: listening on 192.0.2.1, not loopback: anyone who can reach this machine can read the archive")
        #expect(lines.count == 2 && lines[1].hasPrefix("opedb: cannot serve on 192.0.2.1:0: "), "\(stderr)")
        #expect(status == 2)
    }

    @Test func usageAndArchiveProblemsAreOneLineAndStatus2() throws {
        let fixture = try WebFixture()
        defer { fixture.cleanUp() }
        for arguments in [["serve", "--port", "70000"], ["serve", "--port", "-1"], ["serve", "--bogus"],
                          ["serve", "--cache", "-1"], ["serve", "--cache", "many"], ["serve", "--cache", "70000"],
                          ["serve", "--concurrency", "0"], ["serve", "--concurrency", "1000"],
                          ["serve", "--database", fixture.directory.appendingPathComponent("missing.sqlite").path]] {
            let (status, stderr) = try finished(fixture, arguments)
            #expect(status == 2, "\(arguments)")
            #expect(stderr.hasPrefix("opedb: ") && stderr.split(separator: "\n").count == 1, "\(arguments): \(stderr)")
        }
    }

    @Test func saysSoWhenOpedbServeIsMissing() throws {
        let fixture = try WebFixture()
        defer { fixture.cleanUp() }
        let lonely = fixture.directory.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: lonely, withIntermediateDirectories: true)
        let copy = lonely.appendingPathComponent("opedb")
        try FileManager.default.copyItem(at: WebFixture.binary("opedb"), to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["serve"]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(stderr == "opedb: serve needs the opedb-serve program beside opedb (\(lonely.path)/opedb-serve is missing); build it with 'swift build --product opedb-serve'\n")
    }
}
