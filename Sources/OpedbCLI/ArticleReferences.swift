import ArgumentParser
import OpeDB

/// Articles named on the command line by id or URL, as commands that take several resolve them:
/// each one found is handed on; each one missing is one `opedb: no article …` line on stderr,
/// and the command goes on with the others (exit status 1 at the end, see ``finish()``).
struct ArticleReferences {
    let references: [String]
    private(set) var missing = 0

    init(_ references: [String]) { self.references = references }

    /// Calls `body` with the id of every article found, in the order given.
    mutating func forEach(in articles: ArticleRepository, _ body: (Int) throws -> Void) throws {
        for reference in references {
            guard let id = try articles.find(reference) else {
                Terminal.standardError("opedb: no article \(reference)")
                missing += 1
                continue
            }
            try body(id)
        }
    }

    /// Exit status 1 when some article was missing.
    func finish() throws {
        if missing > 0 { throw ExitCode(1) }
    }
}
