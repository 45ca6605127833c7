import SQLite

/// Books named in author notes, one row per book whoever cites it.
public struct BookRepository {
    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// The id of `book` by `author`, created when new; a later citation fills in what an earlier
    /// one lacked (a subtitle, the publisher, the year a forthcoming book came out). A citation
    /// whose publisher or year contradicts the stored book is another book (another edition, or
    /// another work of the same title): it gets its own row, so each article keeps what it said.
    func resolve(_ book: CitedBook, author: Int?) throws -> Int {
        let id: Int
        if let same = try matching(title: book.title, publisher: book.publisher, year: book.year, author: author) {
            try connection.run("""
                UPDATE books SET
                    subtitle = coalesce(subtitle, ?2),
                    publisher = coalesce(publisher, ?3),
                    year = coalesce(year, ?4),
                    forthcoming = CASE WHEN ?5 = 0 AND ?4 IS NOT NULL THEN 0 ELSE forthcoming END
                WHERE id = ?1
                """, [same, book.subtitle, book.publisher, book.year, book.forthcoming])
            id = same
        } else {
            let key = try freeKey(title: book.title, author: author, publisher: book.publisher, year: book.year)
            try connection.run("INSERT INTO books (title, subtitle, publisher, year, forthcoming, key) VALUES (?, ?, ?, ?, ?, ?)",
                               [book.title, book.subtitle, book.publisher, book.year, book.forthcoming, key])
            id = connection.lastInsertRowID
        }
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

    /// The stored book by `author` with this title that a citation with this publisher and year
    /// can be: none of the two contradicts it (a missing value contradicts nothing). An exact
    /// match wins over one that only lacks a value.
    func matching(title: String, publisher: String?, year: Int?, author: Int?, excluding: Int? = nil) throws -> Int? {
        let base = BookRepository.key(title: title, author: author)
        let folded = publisher.map(TitleKey.make)
        var compatible: Int?
        var exact: Int?
        // The plain key, then the keys of further editions (`key|publisher|year`).
        try connection.query("""
            SELECT id, publisher, year FROM books WHERE key = ?1 OR (key >= ?1 || '|' AND key < ?1 || '}') ORDER BY id
            """, [base]) { row in
            let id = row.int(0)
            if id == excluding { return }
            let storedPublisher = row.optionalString(1).map(TitleKey.make), storedYear = row.optionalInt(2)
            if let folded, let storedPublisher, folded != storedPublisher { return }
            if let year, let storedYear, year != storedYear { return }
            if exact == nil, folded == storedPublisher, year == storedYear { exact = id }
            if compatible == nil { compatible = id }
        }
        return exact ?? compatible
    }

    /// A key for a book that no stored book matches: the plain key when free, else one naming
    /// its publisher and year.
    func freeKey(title: String, author: Int?, publisher: String?, year: Int?, for id: Int? = nil) throws -> String {
        let base = BookRepository.key(title: title, author: author)
        let candidates = [base, base + "|" + (publisher.map(TitleKey.make) ?? "") + "|" + (year.map(String.init) ?? "")]
        for key in candidates {
            let holder = try connection.first("SELECT id FROM books WHERE key = ?", [key]) { $0.int(0) }
            if holder == nil || holder == id { return key }
        }
        var n = 2
        while true {
            let key = candidates[1] + "|\(n)"
            let holder = try connection.first("SELECT id FROM books WHERE key = ?", [key]) { $0.int(0) }
            if holder == nil || holder == id { return key }
            n += 1
        }
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
