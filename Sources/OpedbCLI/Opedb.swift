import ArgumentParser
import OpeDB

@main
struct Opedb: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opedb",
        abstract: "Keep and search an archive of op-eds and news articles.",
        discussion: """
            An archive is one SQLite file. Every command takes --database PATH (default:
            $OPEDB_DATABASE, else ./opedb.sqlite).

            Getting started:
              opedb init
              opedb add Fixtures/
              opedb search Kabul
              opedb show 1
            """,
        version: OpeDBVersion.string,
        subcommands: [Init.self, Add.self, Show.self, Remove.self, Parse.self]
    )
}
