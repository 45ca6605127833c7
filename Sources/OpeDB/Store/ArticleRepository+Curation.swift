import SQLite

/// An article's curation (``ArticleCuration``) read for an export and restored by `add`.
extension ArticleRepository {
    /// What an export must carry for `record` to come back as it is: tags, corrections, authors
    /// whose name or spellings the byline alone would not give, and when it was added.
    public func curation(of record: ArticleRecord) throws -> ArticleCuration {
        let authorRepository = AuthorRepository(connection: connection)
        let identities = try record.authors.map { author in
            ArticleCuration.AuthorIdentity(byline: author.bylineName, name: author.name,
                                           spellings: try authorRepository.spellings(of: author.id))
        }
        return ArticleCuration(tags: record.tags, edits: try EditRepository(connection: connection).edits(of: record.id),
                               authors: identities.contains { !$0.isPlain } ? identities : [], addedAt: record.addedAt)
    }

    /// Before an article carrying `curation` is saved: its authors as the curation names them.
    public func prepare(for curation: ArticleCuration) throws {
        let authors = AuthorRepository(connection: connection)
        for identity in curation.authors { try authors.adopt(identity) }
    }

    /// After it was saved: its tags (added to any it has), and its original `added_at` when it is new.
    public func restore(_ curation: ArticleCuration, to outcome: Outcome) throws {
        let tags = TagRepository(connection: connection)
        for tag in curation.tags {
            guard let name = try? TagName(tag) else { continue }
            try tags.add(name, to: outcome.id)
        }
        if case .added(let id) = outcome, let added = curation.addedAt, ArticleCuration.isTimestamp(added) {
            try connection.run("UPDATE articles SET added_at = ? WHERE id = ?", [added, id])
        }
    }
}
