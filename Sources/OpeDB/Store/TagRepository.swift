import SQLite

/// Tags and the articles filed under them.
///
/// A tag is one row per folded spelling (``TagName/key``); its name is the first spelling used.
/// A tag no article carries any more is deleted, so `opedb tags` lists only tags in use.
public struct TagRepository {
    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// One tag and how many articles carry it: what `opedb tags` prints.
    public struct Summary: Encodable, Equatable, Sendable {
        public var name: String
        public var articles: Int
        enum CodingKeys: String, CodingKey { case name, articles }
    }

    /// The tags of an article, by name.
    public func tags(of articleID: Int) throws -> [String] {
        try connection.all("""
            SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY t.key
            """, [articleID]) { $0.string(0) }
    }

    /// Files an article under `tag`. Returns false when it already was.
    @discardableResult
    public func add(_ tag: TagName, to articleID: Int) throws -> Bool {
        try connection.run("INSERT INTO tags (name, key) VALUES (?, ?) ON CONFLICT (key) DO NOTHING", [tag.display, tag.key])
        try connection.run("""
            INSERT INTO article_tags (article_id, tag_id) SELECT ?, id FROM tags WHERE key = ? ON CONFLICT DO NOTHING
            """, [articleID, tag.key])
        return connection.changes > 0
    }

    /// Takes an article out of `tag`. Returns false when it was not under it.
    @discardableResult
    public func remove(_ tag: TagName, from articleID: Int) throws -> Bool {
        try connection.run("DELETE FROM article_tags WHERE article_id = ? AND tag_id = (SELECT id FROM tags WHERE key = ?)",
                           [articleID, tag.key])
        let removed = connection.changes > 0
        try deleteUnused()
        return removed
    }

    /// Takes an article out of every tag (when another article replaces it under its id).
    public func removeAll(from articleID: Int) throws {
        try connection.run("DELETE FROM article_tags WHERE article_id = ?", [articleID])
        try deleteUnused()
    }

    /// Every tag in use with its article count, by name.
    public func list() throws -> [Summary] {
        try connection.all("""
            SELECT t.name, count(*) FROM tags t JOIN article_tags at ON at.tag_id = t.id GROUP BY t.id ORDER BY t.key
            """) { Summary(name: $0.string(0), articles: $0.int(1)) }
    }

    /// Every tag name in use (for suggesting one when a search names none).
    public func names() throws -> [String] { try list().map(\.name) }

    /// Deletes tags no article carries (after an article or its last tag went).
    public func deleteUnused() throws {
        try connection.run("DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM article_tags WHERE tag_id = tags.id)")
    }
}
