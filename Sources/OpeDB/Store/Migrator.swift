import Migrations
import SQLite

/// Brings an archive's schema to the latest version, one migration per transaction.
///
/// The version lives in `PRAGMA user_version`; each migration re-reads it inside its own
/// `BEGIN IMMEDIATE`, so two processes migrating at once apply each step exactly once.
enum Migrator {
    static var latestVersion: Int { EmbeddedMigrations.all.last?.version ?? 0 }

    /// Applies pending migrations. Returns the version before and after.
    @discardableResult
    static func migrate(_ connection: Connection) throws -> (from: Int, to: Int) {
        let start = try currentVersion(connection)
        for migration in EmbeddedMigrations.all where migration.version > start {
            try connection.transaction(.immediate) {
                guard try currentVersion(connection) < migration.version else { return }
                try connection.execute(migration.sql)
                // Not a user value: an integer from the embedded migration list.
                try connection.execute("PRAGMA user_version = \(migration.version)")
            }
        }
        return (start, try currentVersion(connection))
    }

    static func currentVersion(_ connection: Connection) throws -> Int {
        try connection.scalar("PRAGMA user_version").int ?? 0
    }
}
