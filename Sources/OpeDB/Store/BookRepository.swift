import SQLite

/// Books named in author notes, one row per book whoever cites it.
public struct BookRepository {
    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// The id of `book` by `author`, created when new; a later citation fills in what an earlier
    /// one lacked (a subtitle, the publisher, the year a forthcoming book came out).
    func resolve(_ book: CitedBook, author: Int?) throws -> Int {
        let key = BookRepository.key(title: book.title, author: author)
        let id = try connection.first("""
            INSERT INTO books (title, subtitle, publisher, year, forthcoming, key) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET
                subtitle = coalesce(books.subtitle, excluded.subtitle),
                publisher = coalesce(books.publisher, excluded.publisher),
                year = coalesce(books.year, excluded.year),
                forthcoming = CASE WHEN excluded.forthcoming = 0 AND excluded.year IS NOT NULL THEN 0 ELSE books.forthcoming END
            RETURNING id
            """, [book.title, book.subtitle, book.publisher, book.year, book.forthcoming, key], { $0.int(0) })!
        if let author {
            try connection.run("""
                INSERT INTO book_authors (book_id, author_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING
                """, [id, author, book.role.rawValue])
        }
        return id
    }

    /// Folded main title and author: the identity of a book.
    static func key(title: String, author: Int?) -> String {
        "\(TitleKey.make(title))|\(author.map(String.init) ?? "")"
    }

    /// Removes the given books when no article names them any more.
    func deleteUnreferenced(_ ids: some Sequence<Int>) throws {
        for id in Set(ids) {
            try connection.run("""
                DELETE FROM books WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM article_books WHERE book_id = ?1)
                """, [id])
        }
    }
}
