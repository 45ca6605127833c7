import Foundation
import SQLite
import Testing
@testable import OpeDB

/// The repository layer on a temporary archive. Every test ends with FTS5's integrity check
/// in its comparing form.
final class ArchiveFixture {
    let directory: URL
    let archive: Archive
    var repository: ArticleRepository { ArticleRepository(connection: archive.connection) }
    var connection: Connection { archive.connection }

    init() throws {
        directory = try TestSupport.temporaryDirectory()
        archive = try Archive(path: directory.appendingPathComponent("t.sqlite").path, access: .create)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    @discardableResult
    func add(_ text: String, path: String? = nil, replacing: Bool = false) throws -> ArticleRepository.Outcome {
        let article = try ArticleParser().parse(text: text)  // as the importer reads it
        let stored = StoredSource.encode(Array(text.utf8), dictionary: StoredSource.dictionary(for: article))
        return try connection.transaction {
            try repository.save(article, stored: stored, contentHash: ContentHash.of(text), sourcePath: path, replacing: replacing)
        }
    }

    @discardableResult
    func addFixture(_ name: String) throws -> ArticleRepository.Outcome {
        let bytes = try TestSupport.bytes(TestSupport.fixtures.appendingPathComponent(name))
        let decoded = try ArticleSource.read(bytes)
        let article = try ArticleParser().parse(source: decoded)  // as the importer reads it
        return try connection.transaction {
            try repository.save(article, source: bytes, contentHash: ContentHash.of(decoded.text), sourcePath: name)
        }
    }

    func count(_ table: String) throws -> Int {
        try connection.scalar("SELECT count(*) FROM \(table)").int ?? -1
    }

    func indexIsInStep() throws -> Bool { try SearchIndex(connection: connection).verify() }

    func matches(_ query: String) throws -> [Int] {
        try connection.all("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid", [query]) { $0.int(0) }
    }
}

func article(title: String, byline: String? = nil, note: String? = nil, url: String? = nil,
             date: String = "May 1, 2020", body: String = "Some body text.", related: String? = nil) -> String {
    var parts = ["# \(title) (Op-ed)"]
    if let byline { parts.append("By \(byline)") }
    parts.append(date)
    parts.append(body)
    if let related { parts.append("**Related article:** [\(related)](#)") }
    if let note { parts.append("*\(note)*") }
    if let url { parts.append("Original url: \(url)") }
    return parts.joined(separator: "\n\n")
}

@Suite struct RepositoryTests {
    @Test func authorsMatchWithAndWithoutMiddleInitials() throws {
        let f = try ArchiveFixture()
        try f.add(article(title: "One", byline: "[Artemy Kalinovsky](#)", url: "https://x.org/1"))
        try f.add(article(title: "Two", byline: "[Artemy M. Kalinovsky](#)", url: "https://x.org/2"))
        try f.add(article(title: "Three", byline: "[ARTEMY KALINOVSKY](#)", url: "https://x.org/3"))
        #expect(try f.count("authors") == 1)
        #expect(try f.connection.scalar("SELECT name FROM authors").string == "Artemy Kalinovsky")
        // Spellings that fold to the same key ("ARTEMY KALINOVSKY") are one alias.
        #expect(try f.count("author_aliases") == 2)
        #expect(try f.indexIsInStep())
    }

    @Test func conflictingInitialsStayApart() throws {
        let f = try ArchiveFixture()
        try f.add(article(title: "One", byline: "Kenji C. Novikov", url: "https://x.org/1"))
        try f.add(article(title: "Two", byline: "Kenji R. Novikov", url: "https://x.org/2"))
        try f.add(article(title: "Three", byline: "Kenji C. Novikov", url: "https://x.org/3"))
        #expect(try f.count("authors") == 2)
        // Without an initial it is ambiguous between the two: a third author, not a wrong merge.
        try f.add(article(title: "Four", byline: "Kenji Novikov", url: "https://x.org/4"))
        #expect(try f.count("authors") == 3)
    }

    @Test func noteVariantsBecomeAliases() throws {
        let f = try ArchiveFixture()
        try f.addFixture("01-op-ed-full.md")
        let aliases = try f.connection.all("SELECT name FROM author_aliases ORDER BY id", []) { $0.string(0) }
        #expect(aliases == ["Miriam Tollefsen", "Miriam T. Tollefsen"])
        #expect(try f.matches("authors:tollefsen").count == 1)
    }

    @Test func latestAffiliationWinsWhateverTheOrder() throws {
        let f = try ArchiveFixture()
        try f.addFixture("18-same-author-later.md")  // 2022: director
        try f.addFixture("01-op-ed-full.md")          // 2021: senior researcher
        #expect(try f.connection.scalar("SELECT affiliation FROM authors").string
            == "director of the Institute for Coastal Studies in Gdansk")
        #expect(try f.count("authors") == 1)
        // The same book cited twice, once with its subtitle, is one row with the subtitle kept.
        let keepers = try f.connection.all("SELECT subtitle FROM books WHERE title = 'Keepers of the Light'", []) { $0.optionalString(0) }
        #expect(keepers == ["Watchmen, Weather and War on the Baltic Coast, 1900–1990"])
        // Removing the newer article brings back the older affiliation.
        let newer = try #require(try f.repository.find("https://www.themoscowtimes.com/2022/10/09/europes-forgotten-radio-towers-a79101"))
        try f.connection.transaction { _ = try f.repository.remove(id: newer) }
        #expect(try f.connection.scalar("SELECT affiliation FROM authors").string
            == "senior researcher at the Institute for Coastal Studies in Gdansk")
        #expect(try f.indexIsInStep())
    }

    @Test func relatedTitlesResolveInBothOrders() throws {
        // The referring article first, then its target.
        let f = try ArchiveFixture()
        let referrer = try f.addFixture("15-related-target.md").id
        let target = try f.addFixture("02-two-authors.md").id
        #expect(try f.repository.record(id: referrer)?.related.first?.id == target)
        // The target first, then the referring article.
        let g = try ArchiveFixture()
        let target2 = try g.addFixture("02-two-authors.md").id
        let referrer2 = try g.addFixture("15-related-target.md").id
        #expect(try g.repository.record(id: referrer2)?.related.first?.id == target2)
        // Removing the target unlinks, but keeps, the related title.
        try g.connection.transaction { _ = try g.repository.remove(id: target2) }
        #expect(try g.repository.record(id: referrer2)?.related.first == .init(title: "Why the Harbour Pilots of Klaipeda Still Matter", id: nil))
    }

    @Test func reAddingIsUnchangedAndNewContentUpdatesInPlace() throws {
        let f = try ArchiveFixture()
        let text = article(title: "Tides", byline: "Jane Doe", url: "https://x.org/tides", body: "Original wording here.")
        let first = try f.add(text)
        #expect(first == .added(1))
        #expect(try f.add(text) == .unchanged(1))
        #expect(try f.add(text.replacingOccurrences(of: "\n", with: "\r\n")) == .unchanged(1))
        // A new byline under the same title is an update (a new title by the same author too).
        let edited = article(title: "Tides", byline: "John Roe", url: "https://x.org/tides", body: "Revised wording there.")
        #expect(try f.add(edited) == .updated(1))
        #expect(try f.count("articles") == 1)
        #expect(try f.connection.scalar("SELECT name FROM authors").string == "John Roe")  // Jane Doe left with nothing
        #expect(try f.matches("original").isEmpty)
        #expect(try f.matches("revised") == [1])
        #expect(try f.add(article(title: "Tides Turn", byline: "John Roe", url: "https://x.org/tides", body: "Revised wording there.")) == .updated(1))
        #expect(try f.matches("title:turn") == [1])
        #expect(try f.indexIsInStep())
        // Without a URL the content identifies the article.
        let noURL = article(title: "Loose", byline: "Jane Doe")
        #expect(try f.add(noURL) == .added(2))
        #expect(try f.add(noURL) == .unchanged(2))
    }

    /// Another title and no author in common at the same URL: a different article, refused
    /// (nothing written) unless replacing is asked for.
    @Test func aDifferentArticleAtTheSameURLIsRefusedUnlessReplacing() throws {
        let f = try ArchiveFixture()
        let text = article(title: "Tides", byline: "Jane Doe", url: "https://x.org/tides", body: "Original wording here.")
        #expect(try f.add(text) == .added(1))
        let other = article(title: "Harbour Fees Rise", byline: "John Roe", url: "https://x.org/tides", body: "Fees went up.")
        #expect(try f.add(other) == .refused(1, previousTitle: "Tides"))
        #expect(try f.matches("original") == [1])
        #expect(try f.matches("fees").isEmpty)
        #expect(try f.add(other, replacing: true) == .replaced(1, previousTitle: "Tides"))
        #expect(try f.matches("fees") == [1])
        #expect(try f.indexIsInStep())
    }

    @Test func removeCleansUpEverythingThatBelongedOnlyToIt() throws {
        let f = try ArchiveFixture()
        for name in TestSupport.textFixtureArticles.map(\.lastPathComponent) { try f.addFixture(name) }
        #expect(try f.indexIsInStep())
        let ids = try f.connection.all("SELECT id FROM articles", []) { $0.int(0) }
        try f.connection.transaction { for id in ids { _ = try f.repository.remove(id: id) } }
        for table in ["articles", "authors", "author_aliases", "books", "book_authors", "publications",
                      "article_authors", "article_notes", "article_books", "article_related", "article_quotes",
                      "article_mentions"] {
            #expect(try f.count(table) == 0, "\(table) not empty")
        }
        #expect(try f.indexIsInStep())
        #expect(try f.matches("harbour").isEmpty)
    }

    @Test func publicationsAreSharedByNameAndDomain() throws {
        let f = try ArchiveFixture()
        try f.addFixture("01-op-ed-full.md")          // mentions [Harbour Gazette]
        try f.addFixture("12-editorial-no-byline.md") // published by The Harbour Gazette
        try f.addFixture("04-news-no-extras.md")      // reuters.com, no disclaimer
        let names = try f.connection.all("SELECT name, domain FROM publications ORDER BY id", []) { "\($0.string(0))|\($0.optionalString(1) ?? "")" }
        #expect(names == ["The Moscow Times|themoscowtimes.com", "Harbour Gazette|harbourgazette.example", "Reuters|reuters.com"])
    }

    @Test func indexStaysInStepThroughInsertUpdateDelete() throws {
        let f = try ArchiveFixture()
        try f.add(article(title: "Alpha", byline: "Jane Doe", url: "https://x.org/a", body: "kestrel falcon"))
        try f.add(article(title: "Beta", byline: "Jane Doe", url: "https://x.org/b", body: "falcon osprey"))
        #expect(try f.matches("falcon") == [1, 2])
        try f.add(article(title: "Alpha", byline: "Jane Doe", url: "https://x.org/a", body: "heron only"))
        #expect(try f.matches("falcon") == [2])
        #expect(try f.matches("kestrel").isEmpty)
        try f.connection.transaction { _ = try f.repository.remove(id: 2) }
        #expect(try f.matches("falcon").isEmpty)
        #expect(try f.indexIsInStep())
        // A drifted index is detected.
        try f.connection.run("UPDATE articles SET body = 'tampered' WHERE id = 1")
        #expect(try !f.indexIsInStep())
    }
}

