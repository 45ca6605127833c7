#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the archive is when a command does not say: one rule for `opedb` and `opedb-serve`.
public enum ArchivePath {
    /// `--database`, else `$OPEDB_DATABASE`, else `opedb.sqlite` here.
    public static func resolve(_ database: String?) -> String {
        if let database, !database.isEmpty { return database }
        if let env = getenv("OPEDB_DATABASE"), let value = String(validatingCString: env), !value.isEmpty { return value }
        return "opedb.sqlite"
    }
}
