import SQLite

/// Who an article's authors are in the archive, written out with an export and restored by
/// `add` (see ``ArticleCuration/AuthorIdentity``): merges and renames survive export → add.
extension AuthorRepository {
    /// Every spelling recorded for an author, the oldest first.
    public func spellings(of authorID: Int) throws -> [String] {
        try connection.all("SELECT name FROM author_aliases WHERE author_id = ? ORDER BY id", [authorID]) { $0.string(0) }
    }

    /// Makes the archive know the author as `identity` says, before the article naming them is
    /// stored: one author named `identity.name` with all its spellings. Authors already holding
    /// some of those spellings are merged into one (the spellings say they are one person), and
    /// it is renamed when its name differs. Run inside a transaction.
    public func adopt(_ identity: ArticleCuration.AuthorIdentity) throws {
        let name = PersonName(identity.name)
        guard !name.key.isEmpty else { return }
        let spellings = (identity.spellings + [identity.name, identity.byline]).map(PersonName.init).filter { !$0.key.isEmpty }
        var owners: [Int] = []
        for spelling in spellings {
            if let owner = try connection.first("SELECT author_id FROM author_aliases WHERE key = ?", [spelling.key], { $0.int(0) }),
               !owners.contains(owner) {
                owners.append(owner)
            }
        }
        let keep: Int
        if let first = owners.first {
            keep = first
            if owners.count > 1 { try merge(keep: keep, others: Array(owners.dropFirst())) }
            let current = try connection.first("SELECT name FROM authors WHERE id = ?", [keep], { $0.string(0) })
            if current != name.display { try rename(keep, to: name.display) }
        } else {
            try connection.run("INSERT INTO authors (name, sort_name, key) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING",
                               [name.display, name.sortKey, name.key])
            keep = try connection.first("SELECT id FROM authors WHERE key = ?", [name.key], { $0.int(0) })!
        }
        for spelling in spellings { try addAlias(spelling, to: keep) }
    }
}
