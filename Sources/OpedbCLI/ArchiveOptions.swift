import ArgumentParser
import OpeDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Options every command takes: where the archive is, and whether to colour output.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The archive file.",
        discussion: "Default: $OPEDB_DATABASE, else opedb.sqlite in the current directory.",
        valueName: "path"))
    var database: String?

    @Option(name: .long, help: "Colour output: auto (only on a terminal, never with NO_COLOR), always, never.")
    var color: ColorChoice = .auto

    /// An empty `--database ""` is a mistake (an unset shell variable), not a wish for the default.
    func validate() throws {
        if let problem = ArchiveLocation(database: database).problem { throw ValidationError(problem) }
    }

    /// The same, as a plain value.
    var location: ArchiveLocation { ArchiveLocation(database: database, color: color) }

    var path: String { location.path }

    func open(_ access: Archive.Access) throws -> Archive { try location.open(access) }

    var style: Style { location.style }
}

/// Where the archive is and how to colour output: what ``ArchiveOptions`` holds, as a plain value
/// any code path can build (the search fast path reads arguments without argument-parser).
struct ArchiveLocation {
    var database: String?
    var color: ColorChoice = .auto

    /// What is wrong with the location as given, or nil.
    var problem: String? {
        database?.isEmpty == true ? "--database is empty; name the archive file, or leave the option out" : nil
    }

    /// `--database`, else `$OPEDB_DATABASE`, else `opedb.sqlite` here.
    var path: String { ArchivePath.resolve(database) }

    /// Opens the archive, reporting an automatic migration on stderr.
    func open(_ access: Archive.Access) throws -> Archive {
        let archive = try Archive(path: path, access: access)
        if let migration = archive.migration, migration.from > 0 {
            Terminal.standardError("opedb: migrated \(path) from version \(migration.from) to \(migration.to)")
        }
        return archive
    }

    var style: Style { Style(choice: color, fd: 1) }
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    case auto, always, never
}
