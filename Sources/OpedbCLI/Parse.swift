import ArgumentParser
import OpeDB
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Opedb {
    /// Parses files without an archive: shows what `add` would store.
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Parse article files and print what opedb extracts, as JSON (no archive needed).")

        @Argument(help: "Article files.")
        var paths: [String]

        func run() throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            for path in paths {
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
                let article = try ArticleParser().parse(bytes: bytes)
                print(String(decoding: try encoder.encode(article), as: UTF8.self))
            }
        }
    }
}
