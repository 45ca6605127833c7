import SQLite

/// Listing, looking up and editing authors: what `opedb authors` and `opedb author` need.
extension AuthorRepository {
    public enum Sort: String, Sendable, CaseIterable { case name, articles, latest }

    /// Every author, with counts, latest affiliation and date range; `limit` and `offset` give one
    /// page of the same list (the web site's, which must not grow with the archive).
    public func list(sort: Sort = .name, limit: Int? = nil, offset: Int = 0) throws -> [AuthorSummary] {
        let order: String
        switch sort {
        case .name: order = "au.sort_name, au.id"
        case .articles: order = "article_count DESC, au.sort_name, au.id"
        case .latest: order = "last_published IS NULL, last_published DESC, au.sort_name, au.id"
        }
        // `order` is one of three fixed strings.
        return try connection.all("""
            SELECT au.id, au.name, au.affiliation,
                   (SELECT count(DISTINCT article_id) FROM article_authors WHERE author_id = au.id) AS article_count,
                   (SELECT count(*) FROM book_authors WHERE author_id = au.id),
                   (SELECT min(f.published_on) FROM article_authors aa JOIN article_facts f ON f.id = aa.article_id WHERE aa.author_id = au.id),
                   (SELECT max(f.published_on) FROM article_authors aa JOIN article_facts f ON f.id = aa.article_id WHERE aa.author_id = au.id) AS last_published,
                   (SELECT group_concat(name, char(31)) FROM (SELECT name FROM author_aliases WHERE author_id = au.id AND name != au.name ORDER BY id))
            FROM authors au ORDER BY \(order) LIMIT ? OFFSET ?
            """, [limit ?? -1, offset]) { row in
            AuthorSummary(id: row.int(0), name: row.string(1), aliases: Self.split(row.optionalString(7)),
                          articleCount: row.int(3), bookCount: row.int(4), affiliation: row.optionalString(2),
                          firstPublished: row.optionalString(5), lastPublished: row.optionalString(6))
        }
    }

    /// Authors a user's reference can mean: an id, any spelling seen (case and accents ignored),
    /// or a surname or its beginning. An exact spelling wins over partial matches.
    public func lookup(_ reference: String) throws -> [(id: Int, name: String)] {
        let trimmed = reference.trimmed
        if let id = Int(trimmed) {
            return try connection.all("SELECT id, name FROM authors WHERE id = ?", [id]) { ($0.int(0), $0.string(1)) }
        }
        let key = PersonName(trimmed).key
        guard !key.isEmpty else { return [] }
        // The spelling itself before the spellings it is the base of: `Kenji Novikov` is the
        // author spelled so, not also `Kenji R. Novikov`; with no such spelling, both initials.
        let exact = try connection.all("""
            SELECT au.id, au.name, max(al.key = ?) FROM author_aliases al JOIN authors au ON au.id = al.author_id
            WHERE al.key = ? OR al.base_key = ? GROUP BY au.id ORDER BY au.id
            """, [key, key, key]) { (id: $0.int(0), name: $0.string(1), spelled: $0.int(2) == 1) }
        if exact.contains(where: \.spelled) { return exact.filter(\.spelled).map { ($0.id, $0.name) } }
        if !exact.isEmpty { return exact.map { ($0.id, $0.name) } }
        let escaped = ArticleSearch.escapeLike(key)
        return try connection.all("""
            SELECT DISTINCT au.id, au.name FROM author_aliases al JOIN authors au ON au.id = al.author_id
            WHERE al.key LIKE ? ESCAPE '\\' OR al.key LIKE ? ESCAPE '\\' ORDER BY au.sort_name, au.id
            """, [escaped + " %", "% " + escaped + "%"]) { ($0.int(0), $0.string(1)) }
    }

    /// One author in full, or nil; `articleLimit` and `articleOffset` give one page of the
    /// articles (the rest of the detail is small).
    public func detail(id: Int, articleLimit: Int? = nil, articleOffset: Int = 0) throws -> AuthorDetail? {
        guard let name = try connection.first("SELECT name FROM authors WHERE id = ?", [id], { $0.string(0) }) else { return nil }
        let aliases = try connection.all("SELECT name FROM author_aliases WHERE author_id = ? AND name != ? ORDER BY id", [id, name]) { $0.string(0) }
        let affiliations = try connection.all("""
            SELECT aa.affiliation, f.published_on, aa.article_id FROM article_authors aa JOIN article_facts f ON f.id = aa.article_id
            WHERE aa.author_id = ? AND aa.affiliation IS NOT NULL ORDER BY f.published_on IS NULL, f.published_on, aa.article_id
            """, [id]) { AuthorDetail.Affiliation(text: $0.string(0), publishedOn: $0.optionalString(1), articleID: $0.int(2)) }
        let books = try connection.all("""
            SELECT b.id, b.title, ba.role FROM book_authors ba JOIN books b ON b.id = ba.book_id
            WHERE ba.author_id = ? ORDER BY b.forthcoming, b.year IS NULL, b.year, b.title
            """, [id]) { AuthorDetail.Book(id: $0.int(0), title: $0.string(1), role: $0.string(2)) }
        // Each article once, as `articleCount` counts them: a byline can name one author under
        // two spellings (after a merge).
        let articles = try connection.all("""
            SELECT a.id, a.title, a.published_on FROM articles a
            WHERE a.id IN (SELECT article_id FROM article_authors WHERE author_id = ?) ORDER BY a.published_on IS NULL, a.published_on DESC, a.id DESC LIMIT ? OFFSET ?
            """, [id, articleLimit ?? -1, articleOffset]) { AuthorDetail.Article(id: $0.int(0), title: $0.string(1), publishedOn: $0.optionalString(2)) }
        return AuthorDetail(id: id, name: name, aliases: aliases, affiliations: affiliations, books: books, articles: articles)
    }

    /// How many articles name this author in their byline.
    public func articleCount(id: Int) throws -> Int {
        try connection.scalar("SELECT count(DISTINCT article_id) FROM article_authors WHERE author_id = ?", [id]).int ?? 0
    }

    /// Moves everything of `others` to `keep` — articles, books, aliases — and deletes them.
    /// Run inside a transaction; the search index is rebuilt for the articles concerned.
    public func merge(keep: Int, others: [Int]) throws {
        var touched: [Int] = []
        for other in Set(others).sorted() where other != keep {  // sorted: the same result every run
            touched += try connection.all("SELECT article_id FROM article_authors WHERE author_id = ?", [other]) { $0.int(0) }
            try connection.run("UPDATE article_authors SET author_id = ? WHERE author_id = ?", [keep, other])
            try connection.run("UPDATE author_aliases SET author_id = ? WHERE author_id = ?", [keep, other])
            let books = try connection.all("SELECT book_id, role FROM book_authors WHERE author_id = ?", [other]) { ($0.int(0), $0.string(1)) }
            let catalog = BookRepository(connection: connection)
            for (bookID, role) in books {
                guard let (title, publisher, year) = try connection.first(
                    "SELECT title, publisher, year FROM books WHERE id = ?", [bookID],
                    { ($0.string(0), $0.optionalString(1), $0.optionalInt(2)) }) else { continue }
                if let same = try catalog.matching(title: title, publisher: publisher, year: year, author: keep, excluding: bookID) {
                    // The same book under both names: keep one row, pointing its citations at it.
                    // (A book of the same title with another publisher or year is another book.)
                    try connection.run("""
                        UPDATE books SET subtitle = coalesce(books.subtitle, o.subtitle), publisher = coalesce(books.publisher, o.publisher),
                            year = coalesce(books.year, o.year)
                        FROM (SELECT subtitle, publisher, year FROM books WHERE id = ?2) AS o WHERE books.id = ?1
                        """, [same, bookID])
                    try connection.run("""
                        DELETE FROM article_books WHERE book_id = ?1
                          AND article_id IN (SELECT article_id FROM article_books WHERE book_id = ?2)
                        """, [bookID, same])
                    try connection.run("UPDATE article_books SET book_id = ? WHERE book_id = ?", [same, bookID])
                    try connection.run("DELETE FROM books WHERE id = ?", [bookID])
                } else {
                    let key = try catalog.freeKey(title: title, author: keep, publisher: publisher, year: year, for: bookID)
                    try connection.run("UPDATE books SET key = ? WHERE id = ?", [key, bookID])
                    try connection.run("INSERT INTO book_authors (book_id, author_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                                       [bookID, keep, role])
                    try connection.run("DELETE FROM book_authors WHERE book_id = ? AND author_id = ?", [bookID, other])
                }
            }
            try connection.run("DELETE FROM authors WHERE id = ?", [other])
        }
        try refreshAffiliation(keep)
        try markCurated(keep)
        try ArticleRepository(connection: connection).reindexAuthors(of: touched)
    }

    public enum RenameError: Error, Equatable, CustomStringConvertible {
        case taken(name: String, by: Int)
        case emptyName
        public var description: String {
            switch self {
            case .taken(let name, let id): return "'\(name)' is already a spelling of author \(id); use 'opedb authors merge' instead"
            case .emptyName: return "the new name is empty"
            }
        }
    }

    /// Renames an author. The old name stays an alias, so the same spelling in a later `add`
    /// or `reparse` still finds this author. Run inside a transaction.
    public func rename(_ id: Int, to newName: String) throws {
        let person = PersonName(newName)
        guard !person.key.isEmpty else { throw RenameError.emptyName }
        if let owner = try connection.first("SELECT author_id FROM author_aliases WHERE key = ?", [person.key], { $0.int(0) }),
           owner != id {
            throw RenameError.taken(name: person.display, by: owner)
        }
        try connection.run("UPDATE authors SET name = ?, sort_name = ? WHERE id = ?", [person.display, person.sortKey, id])
        try addAlias(person, to: id)
        try markCurated(id)
        let articles = try connection.all("SELECT article_id FROM article_authors WHERE author_id = ?", [id]) { $0.int(0) }
        try ArticleRepository(connection: connection).reindexAuthors(of: articles)
    }

    static func split(_ joined: String?) -> [String] {
        joined?.split(separator: Vocabulary.listSeparator).map(String.init) ?? []
    }
}
