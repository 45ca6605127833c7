import Foundation
import Testing

/// Other tools search the archive with their own FTS5 queries: the `sqlite3` shell (installed
/// by .ci/run) always, sqlite-utils and Datasette when they are installed
/// (`pip install sqlite-utils datasette`).
@Suite struct ExternalToolsTests {
    /// `tool` found on PATH, or nil.
    static func executable(_ tool: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(tool)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Runs `tool` in the archive's folder; (status, stdout).
    static func run(_ tool: URL, _ arguments: [String], in directory: URL) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func archive() throws -> (CLIRunner, Int) {
        let cli = try CLIRunner()
        try cli.run(["init"])
        try cli.run(["add", CLIRunner.fixtures.path])
        let hits = try #require(try cli.json(try cli.run(["search", "lighthouse", "--json"])) as? [[String: Any]])
        let id = try #require(hits.first?["id"] as? Int)
        return (cli, id)
    }

    @Test(.enabled(if: executable("sqlite3") != nil, "the sqlite3 shell is not installed"))
    func sqliteShellRunsItsOwnMatch() throws {
        let (cli, id) = try archive()
        defer { cli.cleanUp() }
        let shell = try #require(Self.executable("sqlite3"))
        let (status, out) = try Self.run(shell, [cli.path("opedb.sqlite"),
                                                 "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'lighthouse'"], in: cli.directory)
        #expect(status == 0)
        #expect(out.split(separator: "\n").contains(Substring(String(id))))
        let (_, declaration) = try Self.run(shell, [cli.path("opedb.sqlite"), "SELECT sql FROM sqlite_master WHERE name = 'articles_fts'"],
                                            in: cli.directory)
        #expect(declaration.contains("content=\"articles\""))
    }

    @Test(.enabled(if: executable("sqlite-utils") != nil, "sqlite-utils is not installed"))
    func sqliteUtilsFindsTheIndexAndSearches() throws {
        let (cli, id) = try archive()
        defer { cli.cleanUp() }
        let tool = try #require(Self.executable("sqlite-utils"))
        let (status, out) = try Self.run(tool, ["search", cli.path("opedb.sqlite"), "articles", "lighthouse", "-c", "id"], in: cli.directory)
        #expect(status == 0)
        #expect(out.contains("\"id\": \(id)"), "\(out)")
    }

    /// Datasette's `?_search=` on the articles table (what `content="articles"` is declared for):
    /// the matches only, not every row. `datasette --get` answers one request without serving.
    @Test(.enabled(if: executable("datasette") != nil, "datasette is not installed"))
    func datasetteSearchesTheArticlesTable() throws {
        let (cli, id) = try archive()
        defer { cli.cleanUp() }
        let tool = try #require(Self.executable("datasette"))
        let (status, out) = try Self.run(tool, [cli.path("opedb.sqlite"), "--get",
                                                "/opedb/articles.json?_search=lighthouse&_shape=array&_col=title"], in: cli.directory)
        #expect(status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]], "\(out)")
        #expect(rows.map { $0["id"] as? Int } == [id])
    }
}
