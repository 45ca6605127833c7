import SQLite

/// Who an article's authors are as the user shaped them: merges and renames survive export →
/// add (see ``ArticleCuration/AuthorIdentity``), and they survive the author's last article
/// leaving the archive (the spellings are retired, and given back when one is seen again).
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
        try markCurated(keep)
    }

    /// Records that the user shaped this author (a rename, a merge, a name carried by an
    /// export), so that deleting it with its last article retires its spellings.
    func markCurated(_ author: Int) throws {
        try connection.run("INSERT INTO curated_authors (author_id) VALUES (?) ON CONFLICT DO NOTHING", [author])
    }

    /// Keeps the spellings of a curated author about to be deleted, under the name the user
    /// gave it. Authors the user never shaped leave nothing behind: the parser would make
    /// them again just as they were.
    func retire(_ author: Int) throws {
        guard try connection.first("SELECT 1 FROM curated_authors WHERE author_id = ?", [author], { $0.int(0) }) != nil else { return }
        let identity = (try connection.scalar("SELECT max(identity) FROM retired_spellings").int ?? 0) + 1
        try connection.run("""
            INSERT INTO retired_spellings (key, name, author, identity, position)
            SELECT al.key, al.name, au.name, ?2, al.id FROM author_aliases al JOIN authors au ON au.id = al.author_id
            WHERE au.id = ?1
            ON CONFLICT (key) DO UPDATE SET name = excluded.name, author = excluded.author,
                identity = excluded.identity, position = excluded.position
            """, [author, identity])
    }

    /// Gives back the author the user shaped when one of `spellings` belonged to a retired
    /// one: the author comes back under the user's name with its spellings, so the caller's
    /// lookup then finds it. What the archive's live authors hold wins: a spelling or a name
    /// another author has now stays theirs — two people are never joined, nor a live author
    /// renamed, by a spelling that was retired. Returns whether an author came back.
    @discardableResult
    func restoreRetired(_ spellings: [PersonName]) throws -> Bool {
        for spelling in spellings where !spelling.key.isEmpty {
            guard let (identity, name) = try connection.first(
                "SELECT identity, author FROM retired_spellings WHERE key = ?", [spelling.key],
                { ($0.int(0), $0.string(1)) }) else { continue }
            let names = try connection.all("SELECT name FROM retired_spellings WHERE identity = ? ORDER BY position",
                                           [identity]) { $0.string(0) }
            try connection.run("DELETE FROM retired_spellings WHERE identity = ?", [identity])
            // The user's name first: it is the display name whenever no live author holds it.
            let free = try ([name] + names).map(PersonName.init).filter { person in
                try !person.key.isEmpty && connection.first("SELECT 1 FROM author_aliases WHERE key = ?", [person.key], { $0.int(0) }) == nil
            }
            guard let display = free.first(where: { $0.key == PersonName(name).key })
                    ?? free.first(where: { $0.key == spelling.key }) ?? free.first else { return false }
            try connection.run("INSERT INTO authors (name, sort_name, key) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING",
                               [display.display, display.sortKey, display.key])
            guard connection.changes == 1 else { return false }
            let id = connection.lastInsertRowID
            for person in free { try addAlias(person, to: id) }
            try markCurated(id)
            return true
        }
        return false
    }
}
