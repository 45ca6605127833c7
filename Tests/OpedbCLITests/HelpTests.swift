import Foundation
import Testing

/// Help that teaches: every command shows examples, every example runs as shown on an archive
/// of `Fixtures/` and finds something, and the text wraps cleanly (argument-parser wraps; no
/// hard line break inside a sentence).
@Suite struct HelpTests {
    /// The subcommands a help text lists (its SUBCOMMANDS section, at a width that wraps nothing).
    static func subcommands(in help: String) -> [String] {
        var names: [String] = []
        var inside = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "SUBCOMMANDS:" { inside = true; continue }
            guard inside else { continue }
            if line.isEmpty { break }
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { continue }
            names.append(String(name))
        }
        return names
    }

    /// Every command and subcommand, as typed after `opedb`, read from the help itself: a new
    /// command is checked the day it is added.
    func commands(_ cli: CLIRunner) throws -> [[String]] {
        var found: [[String]] = [[]]
        var index = 0
        while index < found.count {
            let command = found[index]
            found += Self.subcommands(in: try help(cli, command, columns: 400)).map { command + [$0] }
            index += 1
        }
        return found
    }

    func help(_ cli: CLIRunner, _ command: [String], columns: Int) throws -> String {
        let output = try cli.run(["help"] + command, environment: ["COLUMNS": String(columns)])
        #expect(output.status == 0, "opedb help \(command.joined(separator: " ")): \(output.stderr)")
        return output.stdout
    }

    /// The example lines of a help text: indented lines starting `opedb ` (or piping into it),
    /// without their `# comment`.
    static func examples(in help: String) -> [String] {
        help.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            let text = line.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("opedb ") || text.contains("| opedb ") else { return nil }
            return text.range(of: "  # ").map { String(text[..<$0.lowerBound]) } ?? text
        }
    }

    @Test func everyCommandHasExamplesThatWrapCleanly() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let commands = try commands(cli)
        #expect(commands.count >= 19)
        for command in commands {
            let name = "opedb " + command.joined(separator: " ")
            let wide = try help(cli, command, columns: 400)
            #expect(!Self.examples(in: wide).isEmpty, "\(name) has no example")
            // A sentence broken by hand: a prose line not ending a sentence, followed by a line
            // that continues it in lowercase. At 400 columns argument-parser breaks nothing.
            let lines = wide.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (line, next) in zip(lines, lines.dropFirst()) where !line.hasPrefix(" ") && !line.isEmpty {
                let continues = next.first.map { $0.isLowercase } ?? false
                #expect(!(continues && !line.hasSuffix(".") && !line.hasSuffix(":")), "\(name): '\(line)' / '\(next)'")
            }
            // Argument-parser's own USAGE line is never wrapped; everything else fits, and no
            // example is long enough to be wrapped.
            for line in try help(cli, command, columns: 80).split(separator: "\n") where !line.hasPrefix("USAGE:") {
                #expect(line.count <= 80, "\(name) at 80 columns: \(line)")
            }
            for example in Self.examples(in: wide) { #expect(example.count <= 76, "\(name): \(example)") }
        }
    }

    @Test func everyExampleRunsOnTheFixturesAndFindsSomething() throws {
        let base = try CLIRunner()
        defer { base.cleanUp() }
        #expect(try base.run(["init"]).status == 0)
        #expect(try base.run(["add", CLIRunner.fixtures.path]).status == 0)
        let hasJQ = FileManager.default.isExecutableFile(atPath: "/usr/bin/jq")
            || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/jq")
        var ran = 0
        // A server runs until it is stopped: ServeCommandTests starts and stops it.
        for command in try commands(base) where command != ["serve"] {
            for example in Self.examples(in: try help(base, command, columns: 400)) {
                // Each in a fresh copy of the fixture archive, beside a `Fixtures` link: examples
                // remove, merge and rename.
                let cli = try CLIRunner()
                defer { cli.cleanUp() }
                try FileManager.default.copyItem(atPath: base.path("opedb.sqlite"), toPath: cli.path("opedb.sqlite"))
                try FileManager.default.createSymbolicLink(atPath: cli.path("Fixtures"), withDestinationPath: CLIRunner.fixtures.path)
                var line = example
                if !hasJQ, let pipe = line.range(of: " | jq ") { line = String(line[..<pipe.lowerBound]) }
                let output = try cli.run(["-c", "set -o pipefail; " + line], environment: [
                    "PATH": CLIRunner.binary.deletingLastPathComponent().path + ":/usr/bin:/bin",
                    "HOME": cli.directory.path,
                ], executable: URL(fileURLWithPath: "/bin/bash"))
                #expect(output.status == 0, "\(example): \(output.stderr)")
                // Something found: output, or the file the example writes.
                let written = try FileManager.default.contentsOfDirectory(atPath: cli.directory.path)
                    .contains { !$0.hasPrefix("opedb.sqlite") && $0 != "Fixtures" && example.contains($0) }
                #expect(!output.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || written, "\(example) printed nothing")
                for nothing in ["no matches", "no more matches", "[]\n", "null\n"] {
                    #expect(!output.stdout.hasPrefix(nothing), "\(example) found nothing")
                }
                ran += 1
            }
        }
        #expect(ran >= 40)
    }
}
