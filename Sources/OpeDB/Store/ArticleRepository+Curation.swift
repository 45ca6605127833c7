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

    /// `record` as the parser read it: its corrected fields with the parser's values (what a
    /// Markdown export writes as text, the corrections going into the front matter).
    public func asParsed(_ record: ArticleRecord) throws -> ArticleRecord {
        guard !record.edited.isEmpty else { return record }
        var r = record
        let parsed = try EditRepository(connection: connection).parsedValues(of: record.id)
        for field in parsed.fields {
            let value = parsed[field] ?? nil
            switch field {
            case .title: if let value { r.title = value }
            case .subtitle: r.subtitle = value
            case .kind: if let value { r.kind = value }
            case .publishedOn: r.publishedOn = value
            case .authors:
                r.authors = (parsed.authors ?? []).map { ArticleRecord.Author(id: 0, name: $0, bylineName: $0, affiliation: nil) }
            }
        }
        return r
    }

    /// Before an article carrying `curation` is saved: its authors as the curation names them.
    public func prepare(for curation: ArticleCuration) throws {
        let authors = AuthorRepository(connection: connection)
        for identity in curation.authors { try authors.adopt(identity) }
    }

    /// After it was saved: its tags (added to any it has), and its original `added_at` when it is new.
    public func restore(_ curation: ArticleCuration, to outcome: Outcome) throws {
        // A refused input stored nothing: the article at its URL is another one and keeps its own curation.
        if case .refused = outcome { return }
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
