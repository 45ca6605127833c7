import SQLite

/// Authors and the spellings they were seen under.
///
/// Matching: an exact spelling (folded) already recorded as an alias wins; otherwise spellings
/// that agree without middle initials match when the initials do not conflict. Two different
/// middle initials are two people. The display name is the first spelling seen.
public struct AuthorRepository {
    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// The author for a byline name (and other spellings of it from the notes), created when new:
    /// its id and its name in the archive.
    func resolve(name: String, variants: [String]) throws -> (id: Int, name: String) {
        let person = PersonName(name)
        var spellings = variants.map(PersonName.init)
        if let (exact, storedName) = try connection.first("""
            SELECT al.author_id, au.name FROM author_aliases al JOIN authors au ON au.id = al.author_id WHERE al.key = ?
            """, [person.key], { ($0.int(0), $0.string(1)) }) {
            // The byline spelling is known already (the common case: one lookup); only new
            // variants need recording.
            for spelling in spellings { try addAlias(spelling, to: exact) }
            return (exact, storedName)
        }
        spellings.insert(person, at: 0)
        try restoreRetired(spellings)
        let id: Int
        if let found = try find(person) {
            id = found
        } else if let found = try variants.lazy.map(PersonName.init).compactMap({ try self.findExact($0) }).first {
            id = found
        } else {
            try connection.run("""
                INSERT INTO authors (name, sort_name, key) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING
                """, [person.display, person.sortKey, person.key])
            // Re-select: another writer may have created this author first.
            id = try connection.first("SELECT id FROM authors WHERE key = ?", [person.key], { $0.int(0) })!
        }
        for spelling in spellings { try addAlias(spelling, to: id) }
        return (id, try connection.first("SELECT name FROM authors WHERE id = ?", [id], { $0.string(0) }) ?? person.display)
    }

    /// Records `spelling` for `author` unless some author already has it.
    func addAlias(_ spelling: PersonName, to author: Int) throws {
        guard !spelling.key.isEmpty else { return }
        try connection.run("""
            INSERT INTO author_aliases (author_id, name, key, base_key, initials) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (key) DO NOTHING
            """, [author, spelling.display, spelling.key, spelling.baseKey, spelling.initials])
    }

    private func findExact(_ person: PersonName) throws -> Int? {
        try connection.first("SELECT author_id FROM author_aliases WHERE key = ?", [person.key], { $0.int(0) })
    }

    private func find(_ person: PersonName) throws -> Int? {
        if let exact = try findExact(person) { return exact }
        // Every author with a spelling that agrees without middle initials, with the initials they use.
        var initialsByAuthor: [Int: Set<String>] = [:]
        try connection.query("SELECT author_id, initials FROM author_aliases WHERE base_key = ?", [person.baseKey]) {
            initialsByAuthor[$0.int(0), default: []].insert($0.string(1))
        }
        let compatible = initialsByAuthor.filter { _, initials in
            let used = initials.subtracting([""])
            return person.initials.isEmpty || used.isEmpty || used == [person.initials]
        }
        if compatible.count == 1 { return compatible.first!.key }
        if !person.initials.isEmpty {
            // Prefer the author known with these very initials.
            let same = compatible.filter { $0.value.contains(person.initials) }
            if same.count == 1 { return same.first!.key }
        }
        // None, or ambiguous (`Kenji Novikov` when a C. and an R. exist): a new author.
        return nil
    }

    /// Records the affiliation an article gave, when that article is the author's latest.
    func updateAffiliation(_ author: Int, affiliation: String, publishedOn: String?) throws {
        try connection.run("""
            UPDATE authors SET affiliation = ?2, affiliation_on = ?3
            WHERE id = ?1 AND (affiliation IS NULL OR (?3 IS NOT NULL AND (affiliation_on IS NULL OR affiliation_on <= ?3)))
            """, [author, affiliation, publishedOn])
    }

    /// Recomputes the latest affiliation from the articles that remain.
    func refreshAffiliation(_ author: Int) throws {
        try connection.run("""
            UPDATE authors SET (affiliation, affiliation_on) = (
                SELECT aa.affiliation, a.published_on FROM article_authors aa JOIN articles a ON a.id = aa.article_id
                WHERE aa.author_id = authors.id AND aa.affiliation IS NOT NULL
                ORDER BY a.published_on IS NULL, a.published_on DESC, a.id DESC, aa.position DESC LIMIT 1)
            WHERE id = ?
            """, [author])
    }

    /// Removes the given authors when no article and no book refers to them any more (retiring
    /// the spellings of those the user shaped).
    func deleteUnreferenced(_ ids: some Sequence<Int>) throws -> Set<Int> {
        var remaining: Set<Int> = []
        for id in Set(ids).sorted() {  // sorted: retired identities numbered the same every run
            let referenced = try connection.first("""
                SELECT EXISTS (SELECT 1 FROM article_authors WHERE author_id = ?1)
                    OR EXISTS (SELECT 1 FROM book_authors WHERE author_id = ?1)
                """, [id], { $0.int(0) != 0 }) ?? true
            if referenced { remaining.insert(id); continue }
            try retire(id)
            try connection.run("DELETE FROM authors WHERE id = ?", [id])
        }
        return remaining
    }
}
