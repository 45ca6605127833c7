import SQLite

/// Articles and everything that belongs to them, stored and read back.
///
/// `save` is the single way in: it decides between added, updated (same URL, new content;
/// the id is kept) and unchanged, and writes the article, its authors, notes, books, related
/// titles, quotes, mentions, publication and index entry. Callers run it inside a transaction.
public struct ArticleRepository {
    let connection: Connection
    private var authors: AuthorRepository { AuthorRepository(connection: connection) }
    private var books: BookRepository { BookRepository(connection: connection) }
    private var publications: PublicationRepository { PublicationRepository(connection: connection) }
    private var index: SearchIndex { SearchIndex(connection: connection) }

    /// When set, index entries of new and changed articles are held back for the caller to
    /// write before commit (bulk loads); otherwise they are written at once.
    let deferredIndex: DeferredIndex?

    public init(connection: Connection, deferredIndex: DeferredIndex? = nil) {
        self.connection = connection
        self.deferredIndex = deferredIndex
    }

    public enum Outcome: Equatable, Sendable {
        case added(Int)
        case updated(Int)
        case unchanged(Int)
        /// The URL named another article (title and authors both differ) and replacing was
        /// asked for: the article `id` now holds the new one; `previousTitle` is what it was.
        case replaced(Int, previousTitle: String)
        /// The URL names another article (title and authors both differ): nothing was written.
        case refused(Int, previousTitle: String)

        public var id: Int {
            switch self {
            case .added(let id), .updated(let id), .unchanged(let id), .replaced(let id, _), .refused(let id, _): return id
            }
        }
        public var status: String {
            switch self {
            case .added: return "added"
            case .updated: return "updated"
            case .unchanged: return "unchanged"
            case .replaced: return "replaced"
            case .refused: return "refused"
            }
        }
        /// The title of the different article this one replaced or would replace.
        public var previousTitle: String? {
            switch self {
            case .replaced(_, let title), .refused(_, let title): return title
            default: return nil
            }
        }
    }

    /// What `save` would do, without writing (the id of a new article is 0).
    public func plannedOutcome(_ article: ParsedArticle, contentHash: String, replacing: Bool = false) throws -> Outcome {
        guard let (id, hash) = try existing(url: article.url, contentHash: contentHash) else { return .added(0) }
        if hash == contentHash { return .unchanged(id) }
        if let previous = try differentArticle(id, from: article) {
            return replacing ? .replaced(id, previousTitle: previous) : .refused(id, previousTitle: previous)
        }
        return .updated(id)
    }

    /// The stored title of article `id` when `article` is plainly another article — its title
    /// and its authors both differ (no author in common) — else nil. A URL is an article's
    /// identity, but a wrong URL (a shared link, a site's home page) must never let one article
    /// overwrite another unnoticed; a corrected title or a byline fixed by a better parse shares
    /// one of the two and is an update.
    ///
    /// The stored title and byline may be the user's corrections: what the parser read before them
    /// (kept with the corrections) counts too, so a changed version of an article whose title and
    /// authors the user corrected is still an update.
    func differentArticle(_ id: Int, from article: ParsedArticle) throws -> String? {
        guard let (title, titleKey) = try connection.first("SELECT title, title_key FROM articles WHERE id = ?", [id],
                                                            { ($0.string(0), $0.string(1)) }) else { return nil }
        let parsed = try EditRepository(connection: connection).parsedValues(of: id)
        let incomingKey = TitleKey.make(article.title)
        guard titleKey != incomingKey else { return nil }
        if let parsedTitle = parsed[.title] ?? nil, TitleKey.make(parsedTitle) == incomingKey { return nil }
        var stored = Set(try connection.all("SELECT byline_name FROM article_authors WHERE article_id = ?", [id]) { $0.string(0).folded })
        let parsedAuthors = parsed.authors ?? []
        let incoming = Set(article.authors.map(\.name.folded))
        if stored == incoming || !stored.isDisjoint(with: incoming) { return nil }
        stored = Set(parsedAuthors.map(\.folded))
        if parsed[.authors] != nil, stored == incoming || !stored.isDisjoint(with: incoming) { return nil }
        return title
    }

    /// `edits`, when given, replace the article's corrections (an exported file carries them);
    /// otherwise an updated article keeps the ones it had.
    public func save(_ article: ParsedArticle, source: [UInt8], contentHash: String, sourcePath: String?,
                     fingerprint: String? = nil, edits: ArticleEdits? = nil) throws -> Outcome {
        try save(article, stored: StoredSource.encode(source, dictionary: StoredSource.dictionary(for: article)),
                 contentHash: contentHash, sourcePath: sourcePath, fingerprint: fingerprint, edits: edits)
    }

    /// `save` with the source already encoded against `article` (bulk loads encode on the
    /// parsing threads, off the single writer's path).
    ///
    /// An update that would put a plainly different article (``differentArticle(_:from:)``) in
    /// place of the stored one writes nothing and returns `.refused`, unless `replacing` is set.
    /// An update first verifies the stored original it replaces: a damaged article stops the
    /// write (``ArchiveError/damagedArticles(path:ids:)``) rather than being overwritten unnoticed.
    func save(_ article: ParsedArticle, stored: StoredSource, contentHash: String, sourcePath: String?,
              fingerprint: String? = nil, edits: ArticleEdits? = nil, replacing: Bool = false) throws -> Outcome {
        let fingerprint = fingerprint ?? article.fingerprint
        if let (id, hash) = try existing(url: article.url, contentHash: contentHash) {
            if hash == contentHash { return .unchanged(id) }
            let previous = try differentArticle(id, from: article)
            if let previous, !replacing { return .refused(id, previousTitle: previous) }
            try verifyOriginal(id)
            let old = try detach(id)
            // The corrections and tags of the article replaced were about another article: they
            // go with it (a file carrying its own curation brings that, restored after the save).
            try writeArticle(article, id: id, source: stored, contentHash: contentHash, sourcePath: sourcePath,
                             fingerprint: fingerprint, edits: edits ?? (previous == nil ? nil : ArticleEdits()))
            if previous != nil { try TagRepository(connection: connection).removeAll(from: id) }
            try cleanUp(old)
            return previous.map { .replaced(id, previousTitle: $0) } ?? .updated(id)
        }
        let id = try writeArticle(article, id: nil, source: stored, contentHash: contentHash, sourcePath: sourcePath,
                                  fingerprint: fingerprint, edits: edits)
        return .added(id)
    }

    /// Replaces a stored article with a new parse of it, keeping its id (used by `reparse` and
    /// `edit`); the user's corrections are applied over the parse, `edits` replacing them when given.
    /// When the new parse gives another URL that another article already has, that is an error.
    public func rewrite(id: Int, with article: ParsedArticle, source: [UInt8], contentHash: String, sourcePath: String?,
                        edits: ArticleEdits? = nil) throws {
        let old = try detach(id)
        try writeArticle(article, id: id, source: StoredSource.encode(source, dictionary: StoredSource.dictionary(for: article)),
                         contentHash: contentHash, sourcePath: sourcePath, fingerprint: article.fingerprint, edits: edits)
        try cleanUp(old)
    }

    /// Deletes an article with everything that belonged only to it. Returns false when there is none.
    @discardableResult
    public func remove(id: Int) throws -> Bool {
        guard try exists(id) else { return false }
        let old = try detach(id)
        try connection.run("DELETE FROM articles WHERE id = ?", [id])
        try cleanUp(old)
        try TagRepository(connection: connection).deleteUnused()
        return true
    }

    public func exists(_ id: Int) throws -> Bool {
        try connection.first("SELECT 1 FROM articles WHERE id = ?", [id], { _ in true }) ?? false
    }

    /// Finds an article by id (`12`) or URL.
    public func find(_ reference: String) throws -> Int? {
        let trimmed = reference.trimmed
        if let id = Int(trimmed) { return try exists(id) ? id : nil }
        let url = CanonicalURL.normalize(trimmed) ?? trimmed
        return try connection.first("SELECT id FROM articles WHERE url = ?", [url], { $0.int(0) })
    }

    public var count: Int {
        get throws { try connection.scalar("SELECT count(*) FROM articles").int ?? 0 }
    }

    /// The original bytes of an article, as added.
    public func source(id: Int) throws -> [UInt8]? {
        try connection.first("""
            SELECT s.source, s.encoding, a.body FROM article_sources s JOIN articles a ON a.id = s.article_id
            WHERE s.article_id = ?
            """, [id], { row in try Self.decodeSource(row, from: 0) })
    }

    /// Decodes the three columns `source, encoding, body` starting at `column`.
    static func decodeSource(_ row: Statement, from column: Int) throws -> [UInt8] {
        let stored = StoredSource(bytes: [UInt8](row.data(column)), encoding: try StoredSource.encoding(named: row.string(column + 1)))
        return try stored.decode(dictionary: StoredSource.dictionary(body: row.string(column + 2)))
    }

    /// The indexed notes text: every note, a blank line between.
    static func notesText(_ article: ParsedArticle) -> String {
        article.notes.map(\.text).joined(separator: "\n\n")
    }

    // MARK: Writing

    /// The `authors` text the index sees for one article: for each author, the name in the archive,
    /// the byline's spelling and the spellings the notes used, plus a folded form when it differs —
    /// FTS5 folds accents but not letters such as ł or ø (`Zoltowski` finds `Żółtowski`).
    static func indexedAuthors(_ authors: [(name: String, byline: String, variants: [String])]) -> String {
        var spellings: [String] = []
        var seen: Set<String> = []
        for author in authors {
            for name in [author.name, author.byline] + author.variants where seen.insert(name).inserted {
                spellings.append(name)
                let folded = name.folded
                if folded != name.lowercased(), seen.insert(folded).inserted { spellings.append(folded) }
            }
        }
        return spellings.joined(separator: ", ")
    }

    /// The indexed authors text of a stored article, from its author rows.
    func indexedAuthors(articleID: Int) throws -> String {
        let authors = try connection.all("""
            SELECT au.name, aa.byline_name, aa.variants FROM article_authors aa JOIN authors au ON au.id = aa.author_id
            WHERE aa.article_id = ? ORDER BY aa.position
            """, [articleID]) { ($0.string(0), $0.string(1), $0.string(2).split(separator: Vocabulary.listSeparator).map(String.init)) }
        return Self.indexedAuthors(authors)
    }

    /// Rebuilds the index entry of articles whose authors' names changed (rename, merge).
    func reindexAuthors(of articleIDs: some Sequence<Int>) throws {
        for id in Set(articleIDs) {
            try index.delete(id: id)
            try connection.run("UPDATE articles SET authors = ? WHERE id = ?", [try indexedAuthors(articleID: id), id])
            try index.insert(id: id)
        }
    }

    private func existing(url: String?, contentHash: String) throws -> (Int, String)? {
        if let url {
            return try connection.first("SELECT id, content_hash FROM articles WHERE url = ?", [url],
                                        { ($0.int(0), $0.string(1)) })
        }
        return try connection.first("SELECT id, content_hash FROM articles WHERE content_hash = ? AND url IS NULL",
                                    [contentHash], { ($0.int(0), $0.string(1)) })
    }

    /// Writes `parsed` with the user's corrections over it: `edits` when given (they are stored
    /// too), else those stored for `id`. `fingerprint` stays the parse's own, so `reparse` compares
    /// parser with parser.
    @discardableResult
    private func writeArticle(_ parsed: ParsedArticle, id: Int?, source: StoredSource, contentHash: String,
                              sourcePath: String?, fingerprint: String, edits: ArticleEdits? = nil) throws -> Int {
        let corrections = try edits ?? id.map { try EditRepository(connection: connection).edits(of: $0) } ?? ArticleEdits()
        let a = corrections.isEmpty ? parsed : corrections.applied(to: parsed)
        let publicationID = try a.publication.map {
            try publications.resolve(name: $0, domain: a.domain ?? KnownOutlets.domain(forName: $0))
        }
        let notesText = Self.notesText(a)
        let resolved = try a.authors.map { try authors.resolve(name: $0.name, variants: $0.aliases) }
        let authorsText = Self.indexedAuthors(zip(a.authors, resolved).map { ($1.name, $0.name, $0.aliases) })
        let titleKey = TitleKey.make(a.title)
        let values: [any SQLiteBindable] = [
            a.title, titleKey, a.subtitle, a.kind, a.publishedOn, a.url, publicationID, a.imageCredit, a.disclaimer,
            a.body, a.wordCount, contentHash, fingerprint, sourcePath, authorsText, notesText, !a.authors.isEmpty,
        ]
        let articleID: Int
        if let id {
            try connection.run("""
                UPDATE articles SET title = ?, title_key = ?, subtitle = ?, kind = ?, published_on = ?, url = ?,
                    publication_id = ?, image_credit = ?, disclaimer = ?, body = ?, word_count = ?, content_hash = ?,
                    parse_hash = ?, source_path = ?, authors = ?, notes = ?, has_byline = ?,
                    updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
                WHERE id = ?
                """, values + [id])
            articleID = id
        } else {
            try connection.run("""
                INSERT INTO articles (title, title_key, subtitle, kind, published_on, url, publication_id, image_credit,
                    disclaimer, body, word_count, content_hash, parse_hash, source_path, authors, notes, has_byline)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, values)
            articleID = connection.lastInsertRowID
        }
        if let edits { try EditRepository(connection: connection).replace(edits, of: articleID) }
        if !corrections.isEmpty { try EditRepository(connection: connection).recordParsed(parsed, for: articleID) }
        try connection.run("""
            INSERT INTO article_sources (article_id, source, encoding) VALUES (?1, ?2, ?3)
            ON CONFLICT (article_id) DO UPDATE SET source = excluded.source, encoding = excluded.encoding
            """, [articleID, source.bytes, source.encoding.rawValue])
        try connection.run("""
            INSERT INTO article_facts (id, published_on, publication_id, kind) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (id) DO UPDATE SET published_on = ?2, publication_id = ?3, kind = ?4
            """, [articleID, a.publishedOn, publicationID, a.kind])

        var authorIDs: [String: Int] = [:]
        for (position, (author, (authorID, _))) in zip(a.authors, resolved).enumerated() {
            authorIDs[author.name] = authorID
            try connection.run("""
                INSERT INTO article_authors (article_id, position, author_id, byline_name, variants, affiliation)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [articleID, position, authorID, author.name, author.aliases.joined(separator: String(Vocabulary.listSeparator)), author.affiliation])
            if let affiliation = author.affiliation {
                try authors.updateAffiliation(authorID, affiliation: affiliation, publishedOn: a.publishedOn)
            }
        }
        for (position, note) in a.notes.enumerated() {
            try connection.run("INSERT INTO article_notes (article_id, position, author, text) VALUES (?, ?, ?, ?)",
                               [articleID, position, note.author, note.text])
        }
        var seenBooks: Set<Int> = []
        for book in a.books {
            let bookID = try books.resolve(book, author: book.author.flatMap { authorIDs[$0] })
            guard seenBooks.insert(bookID).inserted else { continue }
            try connection.run("INSERT INTO article_books (article_id, position, book_id) VALUES (?, ?, ?)",
                               [articleID, seenBooks.count - 1, bookID])
        }
        for (position, title) in a.related.enumerated() {
            let key = TitleKey.make(title)
            let relatedID = try connection.first("SELECT id FROM articles WHERE title_key = ? AND id != ? ORDER BY id LIMIT 1",
                                                 [key, articleID], { $0.int(0) })
            try connection.run("""
                INSERT INTO article_related (article_id, position, title, title_key, related_id) VALUES (?, ?, ?, ?, ?)
                """, [articleID, position, title, key, relatedID])
        }
        // Whichever of two related articles arrives second links them.
        try connection.run("""
            UPDATE article_related SET related_id = ?1 WHERE title_key = ?2 AND related_id IS NULL AND article_id != ?1
            """, [articleID, titleKey])
        for (position, quote) in a.quotes.enumerated() {
            try connection.run("INSERT INTO article_quotes (article_id, position, text) VALUES (?, ?, ?)",
                               [articleID, position, quote])
        }
        for (position, mention) in a.mentions.enumerated() {
            let mentionID = try publications.resolve(name: mention, domain: KnownOutlets.domain(forName: mention))
            try connection.run("""
                INSERT INTO article_mentions (article_id, position, publication_id) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING
                """, [articleID, position, mentionID])
        }
        if let deferredIndex {
            deferredIndex.append(.init(id: articleID, title: a.title, subtitle: a.subtitle, body: a.body,
                                       authors: authorsText, notes: notesText))
        } else {
            try index.insert(id: articleID, title: a.title, subtitle: a.subtitle, body: a.body, authors: authorsText, notes: notesText)
        }
        return articleID
    }

    /// What an article referred to before it was removed or replaced.
    private struct Detached {
        var authors: [Int]
        var books: [Int]
        var publications: [Int]
    }

    /// Takes an article out of the index and removes its dependent rows, remembering what they named.
    private func detach(_ id: Int) throws -> Detached {
        let authorIDs = try connection.all("SELECT author_id FROM article_authors WHERE article_id = ?", [id]) { $0.int(0) }
        let bookIDs = try connection.all("SELECT book_id FROM article_books WHERE article_id = ?", [id]) { $0.int(0) }
        var publicationIDs = try connection.all("SELECT publication_id FROM article_mentions WHERE article_id = ?", [id]) { $0.int(0) }
        if let own = try connection.first("SELECT publication_id FROM articles WHERE id = ?", [id], { $0.optionalInt(0) }), let own {
            publicationIDs.append(own)
        }
        // An entry still held back has never reached the index: drop it instead of deleting.
        if deferredIndex?.remove(id: id) != true { try index.delete(id: id) }
        for table in ["article_authors", "article_notes", "article_books", "article_related", "article_quotes", "article_mentions"] {
            // Table names come from the fixed list above, never from input.
            try connection.run("DELETE FROM \(table) WHERE article_id = ?", [id])
        }
        return Detached(authors: authorIDs, books: bookIDs, publications: publicationIDs)
    }

    private func cleanUp(_ old: Detached) throws {
        try books.deleteUnreferenced(old.books)
        let remaining = try authors.deleteUnreferenced(old.authors)
        for author in remaining { try authors.refreshAffiliation(author) }
        try publications.deleteUnreferenced(old.publications)
    }
}
