import SQLite

extension BookRepository {
    /// Every book (or those of the given authors), by title, with who wrote or edited it and
    /// how many articles' notes cite it; `limit` and `offset` give one page of the same list.
    public func list(authors: [Int]? = nil, limit: Int? = nil, offset: Int = 0) throws -> [BookSummary] {
        var sql = """
            SELECT b.id, b.title, b.subtitle, b.publisher, b.year, b.forthcoming,
                   (SELECT group_concat(name, char(31)) FROM (SELECT au.name FROM book_authors ba JOIN authors au ON au.id = ba.author_id
                     WHERE ba.book_id = b.id AND ba.role = 'author' ORDER BY au.sort_name)),
                   (SELECT group_concat(name, char(31)) FROM (SELECT au.name FROM book_authors ba JOIN authors au ON au.id = ba.author_id
                     WHERE ba.book_id = b.id AND ba.role = 'editor' ORDER BY au.sort_name)),
                   (SELECT count(DISTINCT article_id) FROM article_books WHERE book_id = b.id)
            FROM books b
            """
        var arguments: [any SQLiteBindable] = []
        if let authors {
            guard !authors.isEmpty else { return [] }
            sql += " WHERE b.id IN (SELECT book_id FROM book_authors WHERE author_id IN (\(Array(repeating: "?", count: authors.count).joined(separator: ", "))))"
            arguments = authors
        }
        sql += " ORDER BY b.title COLLATE NOCASE, b.id LIMIT ? OFFSET ?"
        arguments += [limit ?? -1, offset]
        return try connection.all(sql, arguments) { row in
            BookSummary(id: row.int(0), title: row.string(1), subtitle: row.optionalString(2), publisher: row.optionalString(3),
                        year: row.optionalInt(4), forthcoming: row.int(5) != 0,
                        authors: AuthorRepository.split(row.optionalString(6)), editors: AuthorRepository.split(row.optionalString(7)),
                        articleCount: row.int(8))
        }
    }
}

extension PublicationRepository {
    /// Every outlet, with the articles it published and the articles that mention it; `limit`
    /// and `offset` give one page of the same list.
    public func list(limit: Int? = nil, offset: Int = 0) throws -> [PublicationSummary] {
        try connection.all("""
            SELECT p.id, p.name, p.domain,
                   (SELECT count(*) FROM articles WHERE publication_id = p.id) AS article_count,
                   (SELECT count(DISTINCT article_id) FROM article_mentions WHERE publication_id = p.id) AS mentioned_count
            FROM publications p ORDER BY article_count DESC, mentioned_count DESC, p.name_key LIMIT ? OFFSET ?
            """, [limit ?? -1, offset]) { row in
            PublicationSummary(id: row.int(0), name: row.string(1), domain: row.optionalString(2),
                               articleCount: row.int(3), mentionedCount: row.int(4))
        }
    }
}
