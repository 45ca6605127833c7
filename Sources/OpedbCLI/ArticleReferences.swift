import ArgumentParser
import OpeDB

/// Articles named on the command line by id or URL, as commands that take several resolve them:
/// each one found is handed on; each one missing is one `opedb: no article …` line on stderr,
/// and the command goes on with the others (exit status 1 at the end, see ``finish()``).
struct ArticleReferences {
    let references: [String]
    private(set) var missing = 0

    /// The references as parsed, runs packed by ``packing(_:)`` unpacked again.
    init(_ references: [String]) { self.references = Self.unpacked(references) }

    /// An empty reference (`opedb cite ""`, an unset shell variable) is a usage mistake, said as
    /// such before any work — not an article named "" that is not found.
    static func validate(_ references: [String]) throws {
        if unpacked(references).contains(where: { $0.trimmed.isEmpty }) {
            throw ValidationError("an article id or URL is empty")
        }
    }

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

    // MARK: Many references

    /// The commands whose positional arguments are a list of references, every option of which
    /// takes at most one value.
    static let listCommands: Set<String> = ["tag", "cite", "remove"]

    /// Joins packed references: no argument can hold a NUL byte (argv is C strings).
    static let packSeparator: Character = "\0"

    /// `arguments` (after the program name) with each run of plain arguments packed into two:
    /// the first alone (it may be the value of the option before it) and the rest joined by
    /// ``packSeparator``, for the commands in ``listCommands``; anything else unchanged.
    ///
    /// argument-parser (1.8) removes each argument it consumes from its list one at a time and
    /// merges each value's origin into a growing set, so n positional arguments cost O(n²):
    /// measured in a debug build, 1,000 ids took 2.3 s, 2,000 took 9 s (`tag 1 … --help` alike,
    /// so not our code). Packed, the parser sees a few arguments however many ids there are.
    static func packing(_ arguments: [String]) -> [String] {
        guard let command = arguments.first, listCommands.contains(command) else { return arguments }
        var packed = [command]
        var run: [String] = []
        func flush() {
            if let first = run.first { packed.append(first) }
            if run.count > 1 { packed.append(run.dropFirst().joined(separator: String(packSeparator))) }
            run = []
        }
        for (i, argument) in arguments.enumerated().dropFirst() {
            if argument == "--" {  // what follows is positional, as the user wrote it
                flush()
                return packed + arguments[i...]
            }
            if argument.hasPrefix("-") { flush(); packed.append(argument) } else { run.append(argument) }
        }
        flush()
        return packed
    }

    /// The references `packing` joined, split again in order (an empty one stays, to be refused).
    static func unpacked(_ references: [String]) -> [String] {
        guard references.contains(where: { $0.contains(packSeparator) }) else { return references }
        return references.flatMap { $0.split(separator: packSeparator, omittingEmptySubsequences: false).map(String.init) }
    }
}
