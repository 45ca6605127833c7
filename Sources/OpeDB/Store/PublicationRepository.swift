import SQLite

/// Outlets: found by domain or by name (case, diacritics and a leading "The" ignored).
public struct PublicationRepository {
    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// The id of the publication with this name or domain, created when new.
    func resolve(name: String, domain: String?) throws -> Int {
        let key = PublicationName.key(name)
        if let domain, let id = try connection.first("SELECT id FROM publications WHERE domain = ?", [domain], { $0.int(0) }) {
            return id
        }
        if let (id, existingDomain) = try connection.first(
            "SELECT id, domain FROM publications WHERE name_key = ?", [key], { ($0.int(0), $0.optionalString(1)) }) {
            if existingDomain == nil, let domain {
                try connection.run("UPDATE publications SET domain = ? WHERE id = ?", [domain, id])
            }
            return id
        }
        try connection.run("""
            INSERT INTO publications (name, name_key, domain) VALUES (?, ?, ?)
            ON CONFLICT DO NOTHING
            """, [name, key, domain])
        // Re-select: another writer may have inserted it first.
        return try connection.first("SELECT id FROM publications WHERE name_key = ? OR domain = ?", [key, domain],
                                    { $0.int(0) })!
    }

    /// Removes the given publications when no article and no mention refers to them any more.
    func deleteUnreferenced(_ ids: some Sequence<Int>) throws {
        for id in Set(ids) {
            try connection.run("""
                DELETE FROM publications WHERE id = ?1
                  AND NOT EXISTS (SELECT 1 FROM articles WHERE publication_id = ?1)
                  AND NOT EXISTS (SELECT 1 FROM article_mentions WHERE publication_id = ?1)
                """, [id])
        }
    }
}
