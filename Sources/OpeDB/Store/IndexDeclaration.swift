import Migrations

/// The search index's declaration, read from the migration that last declared it: the
/// `CREATE VIRTUAL TABLE articles_fts` statement and the settings that follow it. Written once,
/// in `Migrations/`; `optimize --rebuild-index` recreates a damaged index from it, so a repaired
/// index is the one a fresh archive gets.
enum IndexDeclaration {
    /// The statements, in order, without the migration's `DROP` and `'rebuild'`.
    static let statements: [String] = {
        guard let sql = EmbeddedMigrations.all.last(where: { $0.sql.contains(createPrefix) })?.sql else { return [] }
        let code = sql.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.drop(while: { $0 == " " }).hasPrefix("--") }
            .joined(separator: "\n")
        return code.split(separator: ";").map { $0.trimmingWhitespace }.filter { statement in
            statement.hasPrefix(createPrefix) || statement.hasPrefix(settingPrefix)
        }
    }()

    static let createPrefix = "CREATE VIRTUAL TABLE articles_fts "
    static let settingPrefix = "INSERT INTO articles_fts (articles_fts, rank)"
}

private extension Substring {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
