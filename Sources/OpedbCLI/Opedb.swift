import ArgumentParser
import OpeDB

@main
struct Opedb: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opedb",
        abstract: "Keep and search an archive of op-eds and news articles.",
        version: OpeDBVersion.string,
        subcommands: [Init.self, Parse.self]
    )
}
