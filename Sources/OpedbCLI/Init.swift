import ArgumentParser
import OpeDB

extension Opedb {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create the archive, or upgrade an existing one to this version of opedb.",
            discussion: """
                Running it on an existing archive is harmless: it only applies pending migrations.

                Examples:
                  opedb init
                  opedb init --database press.sqlite
                """)

        @OptionGroup var options: ArchiveOptions

        func run() throws {
            try reportingErrors {
                let existed = Archive.fileExists(options.path)
                let archive = try Archive(path: options.path, access: .create)
                if let migration = archive.migration {
                    if migration.from == 0 {
                        print("created \(options.path) (schema version \(migration.to))")
                    } else {
                        print("upgraded \(options.path) from version \(migration.from) to \(migration.to)")
                    }
                } else {
                    print("\(options.path) is \(existed ? "already" : "now") an opedb archive (schema version \(Archive.schemaVersion)); nothing to do")
                }
            }
        }
    }
}
