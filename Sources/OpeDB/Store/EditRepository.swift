import SQLite

/// The user's corrections (``ArticleEdits``), one row per corrected field of an article.
///
/// Only stores them: ``ArticleRepository`` applies them over every parse it writes, and
/// ``ArticleEditor`` (the `edit` command) changes them and rewrites the article.
public struct EditRepository {
    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// The corrections of an article (empty when it has none).
    public func edits(of articleID: Int) throws -> ArticleEdits {
        var edits = ArticleEdits()
        try connection.query("SELECT field, value FROM article_edits WHERE article_id = ?", [articleID]) { row in
            if let field = ArticleEdits.Field(rawValue: row.string(0)) { edits[field] = .some(row.optionalString(1)) }
        }
        return edits
    }

    /// What the parser gave for each corrected field, as ``ArticleEdits`` values.
    public func parsedValues(of articleID: Int) throws -> ArticleEdits {
        var parsed = ArticleEdits()
        try connection.query("SELECT field, parsed FROM article_edits WHERE article_id = ?", [articleID]) { row in
            if let field = ArticleEdits.Field(rawValue: row.string(0)) { parsed[field] = .some(row.optionalString(1)) }
        }
        return parsed
    }

    /// Records what the parser gave for the corrected fields of an article.
    func recordParsed(_ article: ParsedArticle, for articleID: Int) throws {
        let values: [(ArticleEdits.Field, String?)] = [
            (.title, article.title), (.subtitle, article.subtitle), (.kind, article.kind), (.publishedOn, article.publishedOn),
            (.authors, article.authors.isEmpty ? nil : article.authors.map(\.name).joined(separator: String(Vocabulary.listSeparator))),
        ]
        for (field, value) in values {
            try connection.run("UPDATE article_edits SET parsed = ? WHERE article_id = ? AND field = ?",
                               [value, articleID, field.rawValue])
        }
    }

    /// Replaces the corrections of an article with `edits`.
    public func replace(_ edits: ArticleEdits, of articleID: Int) throws {
        try connection.run("DELETE FROM article_edits WHERE article_id = ?", [articleID])
        for field in edits.fields {
            try connection.run("INSERT INTO article_edits (article_id, field, value) VALUES (?, ?, ?)",
                               [articleID, field.rawValue, edits[field] ?? nil])
        }
    }
}
