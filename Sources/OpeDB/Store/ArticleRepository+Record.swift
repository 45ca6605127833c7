import SQLite

extension ArticleRepository {
    /// The whole stored article, or nil when there is no article with this id.
    public func record(id: Int) throws -> ArticleRecord? {
        guard var record = try connection.first("""
            SELECT a.id, a.title, a.subtitle, a.kind, a.published_on, a.url, a.image_credit, a.body, a.word_count,
                   a.disclaimer, a.source_path, a.added_at, a.updated_at, p.id, p.name, p.domain
            FROM articles a LEFT JOIN publications p ON p.id = a.publication_id WHERE a.id = ?
            """, [id], { s in
                ArticleRecord(
                    id: s.int(0), title: s.string(1), subtitle: s.optionalString(2), kind: s.string(3),
                    publishedOn: s.optionalString(4), url: s.optionalString(5),
                    publication: s.optionalInt(13).map { ArticleRecord.Publication(id: $0, name: s.string(14), domain: s.optionalString(15)) },
                    authors: [], imageCredit: s.optionalString(6), body: s.string(7), wordCount: s.int(8),
                    related: [], quotes: [], authorNotes: [], books: [], mentions: [], disclaimer: s.optionalString(9),
                    sourcePath: s.optionalString(10), addedAt: s.string(11), updatedAt: s.string(12))
            }) else { return nil }
        record.authors = try connection.all("""
            SELECT au.id, au.name, aa.byline_name, aa.affiliation FROM article_authors aa JOIN authors au ON au.id = aa.author_id
            WHERE aa.article_id = ? ORDER BY aa.position
            """, [id]) { ArticleRecord.Author(id: $0.int(0), name: $0.string(1), bylineName: $0.string(2), affiliation: $0.optionalString(3)) }
        record.related = try connection.all("""
            SELECT title, related_id FROM article_related WHERE article_id = ? ORDER BY position
            """, [id]) { ArticleRecord.Related(title: $0.string(0), id: $0.optionalInt(1)) }
        record.quotes = try connection.all("SELECT text FROM article_quotes WHERE article_id = ? ORDER BY position", [id]) { $0.string(0) }
        record.authorNotes = try connection.all("""
            SELECT author, text FROM article_notes WHERE article_id = ? ORDER BY position
            """, [id]) { AuthorNote(author: $0.optionalString(0), text: $0.string(1)) }
        record.books = try connection.all("""
            SELECT b.id, b.title, b.subtitle, b.publisher, b.year, b.forthcoming,
                   (SELECT group_concat(name, char(31)) FROM (SELECT au.name FROM book_authors ba JOIN authors au ON au.id = ba.author_id
                     WHERE ba.book_id = b.id ORDER BY ba.role, au.sort_name)),
                   coalesce((SELECT role FROM book_authors WHERE book_id = b.id LIMIT 1), 'author')
            FROM article_books ab JOIN books b ON b.id = ab.book_id WHERE ab.article_id = ? ORDER BY ab.position
            """, [id]) {
                ArticleRecord.Book(id: $0.int(0), title: $0.string(1), subtitle: $0.optionalString(2),
                                   publisher: $0.optionalString(3), year: $0.optionalInt(4), forthcoming: $0.int(5) != 0,
                                   authors: $0.optionalString(6)?.split(separator: Vocabulary.listSeparator).map(String.init) ?? [],
                                   role: $0.string(7))
            }
        record.mentions = try connection.all("""
            SELECT p.name FROM article_mentions m JOIN publications p ON p.id = m.publication_id
            WHERE m.article_id = ? ORDER BY m.position
            """, [id]) { $0.string(0) }
        record.tags = try TagRepository(connection: connection).tags(of: id)
        record.edited = try EditRepository(connection: connection).edits(of: id).fields.map(\.rawValue)
        return record
    }
}
