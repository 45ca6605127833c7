import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
@testable import OpedbWeb
import Testing

/// An archive of the fixtures plus one hostile article, made with the built `opedb` in a
/// temporary folder, and the ways the tests reach it: the site's router, and the CLI.
struct WebFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Fixtures")

    /// A built executable beside the test bundle (`opedb`, `opedb-serve`).
    static func binary(_ name: String) -> URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/\(name)")
    }

    /// Hostile text in the title, the byline and the body: it must come out escaped everywhere.
    static let hostile = #"""
        ---
        title: "<script>alert(1)</script> & \"Quoted\" Title"
        author: "Eve <script>alert(1)</script> Mallory"
        date: 2022-03-03
        ---

        A body with <script>alert(1)</script> inside, an ampersand & and "quotes" about Kabul.

        <img src=x onerror=alert(2)> closes the piece.

        """#

    let directory: URL
    var database: String { directory.appendingPathComponent("web.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("opedb-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let hostileFile = directory.appendingPathComponent("hostile.md")
        try Data(Self.hostile.utf8).write(to: hostileFile)
        for arguments in [["init"], ["add", "-q", Self.fixtures.path], ["add", "-q", hostileFile.path]] {
            let result = try cli(arguments)
            guard result.status == 0 else { throw FixtureError(message: "opedb \(arguments): \(result.stderr)") }
        }
    }

    func cleanUp() { try? FileManager.default.removeItem(at: directory) }

    /// Adds an article with this body to the archive through the CLI: another process writing
    /// while the site serves.
    func addArticle(title: String, body: String) throws {
        let file = directory.appendingPathComponent("added-\(UUID().uuidString).md")
        try Data("---\ntitle: \"\(title)\"\nauthor: \"Ada Newcomer\"\ndate: 2024-02-02\n---\n\n\(body)\n".utf8).write(to: file)
        let result = try cli(["add", "-q", file.path])
        guard result.status == 0 else { throw FixtureError(message: "opedb add: \(result.stderr)") }
    }

    struct FixtureError: Error { var message: String }

    /// Runs `opedb ARGUMENTS --database THIS`.
    func cli(_ arguments: [String]) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = Self.binary("opedb")
        process.arguments = arguments + ["--database", database]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, outData, String(decoding: errData, as: UTF8.self))
    }

    /// The site over this archive, tested in process (no socket).
    func withClient(_ site: Site? = nil, _ test: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let site = try site ?? Site(pool: ArchivePool(path: database))
        let app = Application(router: site.router())
        try await app.test(.router, test)
    }
}

/// A response as the tests read it.
struct Page {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: String
    var data: Data
}

extension TestClientProtocol {
    func page(_ uri: String, method: HTTPRequest.Method = .get) async throws -> Page {
        try await execute(uri: uri, method: method) { response in
            let data = Data(response.body.readableBytesView)
            return Page(status: response.status, headers: response.headers, body: String(decoding: data, as: UTF8.self), data: data)
        }
    }
}
