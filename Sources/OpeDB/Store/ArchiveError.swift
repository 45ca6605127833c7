import SQLite

/// Problems with the archive file itself. Each reads as one sentence a user can act on;
/// the CLI prints it after `opedb: ` and exits with status 2.
public enum ArchiveError: Error, Equatable, CustomStringConvertible {
    case missing(path: String)
    case notADatabase(path: String)
    case notAnArchive(path: String)
    case uninitialised(path: String)
    case newerVersion(path: String, found: Int, supported: Int)
    case needsUpgrade(path: String, found: Int, latest: Int)
    case readOnly(path: String)
    case unreadableWAL(path: String)
    case unreadable(path: String, reason: String)
    case noFTS5(version: String)
    case corrupt(path: String, detail: String)
    case diskFull(path: String)
    case indexOutOfStep
    /// Stored originals that no longer match their content hash (or are missing).
    case damagedArticles(path: String, ids: [Int])
    /// `export` wrote everything, but these articles' originals do not match their hashes.
    case exportedDamaged(path: String, ids: [Int])
    /// `show --source`: the original of this article is missing or no longer matches its hash.
    case damagedOriginal(path: String, id: Int)
    /// The search index's own tables are damaged so that SQLite cannot even open it.
    case indexDamaged(path: String)
    case database(SQLiteError, context: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "no archive at \(path) — run 'opedb init' first (or pass --database)"
        case .notADatabase(let path):
            return "\(path) is not an SQLite database; refusing to touch it"
        case .notAnArchive(let path):
            return "\(path) is an SQLite database but not an opedb archive; refusing to touch it"
        case .uninitialised(let path):
            return "\(path) is an empty database — run 'opedb init' to make it an archive"
        case .newerVersion(let path, let found, let supported):
            return "\(path) is an archive of version \(found), newer than this opedb understands (\(supported)); upgrade opedb"
        case .needsUpgrade(let path, let found, let latest):
            return "\(path) is an archive of version \(found); run 'opedb init' to upgrade it to version \(latest)"
        case .readOnly(let path):
            return "\(path) is read-only; cannot write to it"
        case .unreadableWAL(let path):
            return "\(path) has committed changes in \(path)-wal that cannot be read from a read-only folder (SQLite must create \(path)-shm); copy the folder somewhere writable and use the copy"
        case .unreadable(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .noFTS5(let version):
            return "the system SQLite (\(version)) was built without FTS5, which opedb needs for search"
        case .corrupt(let path, let detail):
            return "\(path) is damaged (\(detail)); nothing was written — run 'opedb check' for details"
        case .diskFull(let path):
            return "the disk holding \(path) is full; nothing from the failed batch was stored"
        case .indexOutOfStep:
            return "search index out of step with the articles — run 'opedb check' for details"
        case .damagedArticles(let path, let ids):
            let list = ids.prefix(10).map(String.init).joined(separator: ", ") + (ids.count > 10 ? ", …" : "")
            return "\(path) is damaged: the stored original of \(ids.count == 1 ? "article" : "articles") \(list) no longer matches its content hash; nothing was written — run 'opedb check' for details"
        case .exportedDamaged(let path, let ids):
            let list = ids.prefix(10).map(String.init).joined(separator: ", ") + (ids.count > 10 ? ", …" : "")
            return "\(path) is damaged: exported everything, but the stored original of \(ids.count) \(ids.count == 1 ? "article" : "articles") (\(list)) no longer matches its content hash, so what was exported for \(ids.count == 1 ? "it" : "them") may be wrong — run 'opedb check' for details"
        case .damagedOriginal(let path, let id):
            return "\(path) is damaged: the stored original of article \(id) is missing or no longer matches its content hash — run 'opedb check' for details"
        case .indexDamaged(let path):
            return "the search index of \(path) is damaged; run 'opedb optimize --rebuild-index' to rebuild it from the articles"
        case .database(let error, let context):
            return "\(context): \(error.message) (SQLite code \(error.extendedCode))"
        }
    }

    /// Wraps a low-level SQLite error in the sentence a user can act on.
    static func wrap(_ error: any Error, path: String, context: String) -> any Error {
        guard let sqlite = error as? SQLiteError else { return error }
        if isIndexDamage(sqlite) { return ArchiveError.indexDamaged(path: path) }
        switch sqlite.code {
        case .readOnly: return ArchiveError.readOnly(path: path)
        case .full: return ArchiveError.diskFull(path: path)
        case .corrupt, .notADatabase: return ArchiveError.corrupt(path: path, detail: sqlite.message)
        default: return ArchiveError.database(sqlite, context: context)
        }
    }

    /// The errors SQLite gives when the index's shadow tables are missing or mis-shaped: FTS5
    /// cannot build its table object ("vtable constructor failed"), finds a config it does not
    /// know ("invalid fts5 file format"), or a shadow table is gone.
    public static func isIndexDamage(_ error: SQLiteError) -> Bool {
        guard error.code == .error || error.code == .corrupt else { return false }
        return ["vtable constructor failed", "articles_fts", "fts5"].contains { error.message.contains($0) }
    }
}
