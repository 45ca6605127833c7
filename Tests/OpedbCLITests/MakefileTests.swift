import Foundation
import Testing

/// `make install`: the fast static build, every executable product, completions, and a
/// default that needs no root (~/.local). The install step runs for real on the binaries this
/// test run built (BUILD=true skips the release build, BIN points at them).
@Suite struct MakefileTests {
    static let makePath: String? = ["/usr/bin/make", "/usr/local/bin/make"].first { FileManager.default.isExecutableFile(atPath: $0) }

    func make(_ cli: CLIRunner, _ arguments: [String]) throws -> CLIRunner.Output {
        try cli.run(["-C", CLIRunner.packageRoot.path] + arguments, environment: ["HOME": cli.directory.path],
                    executable: URL(fileURLWithPath: Self.makePath!))
    }

    /// The executable products Package.swift declares.
    static var products: [String] {
        let manifest = (try? String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)) ?? ""
        return manifest.components(separatedBy: ".executable(name: \"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }

    @Test(.enabled(if: makePath != nil)) func installPutsEveryExecutableAndItsCompletionsUnderThePrefix() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        // Without PREFIX: a user-writable folder, the static release build.
        let plan = try make(cli, ["-n", "install"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("swift build -c release --static-swift-stdlib"))
        #expect(plan.stdout.contains(cli.directory.path + "/.local/bin"))

        let prefix = cli.path("prefix")
        let output = try make(cli, ["install", "PREFIX=" + prefix, "BUILD=true", "BIN=" + CLIRunner.binary.deletingLastPathComponent().path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(Self.products.contains("opedb"))
        for product in Self.products {
            #expect(FileManager.default.isExecutableFile(atPath: prefix + "/bin/" + product), "\(product)")
        }
        for completion in ["share/bash-completion/completions/opedb", "share/zsh/site-functions/_opedb",
                           "share/fish/vendor_completions.d/opedb.fish"] {
            let text = (try? String(contentsOfFile: prefix + "/" + completion, encoding: .utf8)) ?? ""
            #expect(text.contains("opedb") && text.contains("search"), "\(completion)")
        }
        let installed = try cli.run(["--version"], executable: URL(fileURLWithPath: prefix + "/bin/opedb"))
        #expect(installed.status == 0)
        #expect(try make(cli, ["uninstall", "PREFIX=" + prefix]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: prefix + "/bin/opedb"))
    }
}
