import Foundation
import SQLite
import Testing
@testable import OpeDB

/// An author the user renamed or merged keeps the user's name after its last article leaves
/// the archive: the spellings are retired with that name and given back when one comes again.
@Suite struct RetiredAuthorTests {
    private func author(_ f: ArchiveFixture, of articleID: Int) throws -> [String] {
        try f.connection.all("""
            SELECT au.name FROM article_authors aa JOIN authors au ON au.id = aa.author_id
            WHERE aa.article_id = ? ORDER BY aa.position
            """, [articleID]) { $0.string(0) }
    }

    @Test func aRenameSurvivesTheBylineBeingEditedAwayAndBack() throws {
        let f = try ArchiveFixture()
        let id = try f.add(article(title: "Tides", byline: "J. Marrow", url: "https://x.org/tides")).id
        let authors = AuthorRepository(connection: f.connection)
        let jo = try #require(try authors.lookup("J. Marrow").first?.id)
        try f.connection.transaction { try authors.rename(jo, to: "Josefin Marrow") }

        let editor = ArticleEditor(archive: f.archive)
        try editor.edit(id: id, setting: try ArticleEditor.validated(authorNames: ["Aki Brandt"]))
        #expect(try author(f, of: id) == ["Aki Brandt"])
        #expect(try authors.lookup("Marrow").isEmpty)  // no article names her: gone from the list

        try editor.edit(id: id, setting: ArticleEdits(), resetting: [.authors])
        #expect(try author(f, of: id) == ["Josefin Marrow"])
        let back = try #require(try authors.lookup("J. Marrow").first?.id)
        #expect(try authors.detail(id: back)?.aliases == ["J. Marrow"])
        #expect(try f.count("retired_spellings") == 0)
        #expect(try f.matches("authors:josefin") == [id])
        #expect(try Maintenance(archive: f.archive).check().isEmpty)
    }

    @Test func aMergeSurvivesRemovingEveryArticleAndAddingOneAgain() throws {
        let f = try ArchiveFixture()
        let first = try f.add(article(title: "Nets", byline: "Ola Venn", url: "https://x.org/nets"))
        let second = try f.add(article(title: "Ropes", byline: "Ola B. Venn-Strand", url: "https://x.org/ropes"))
        let authors = AuthorRepository(connection: f.connection)
        let keep = try #require(try authors.lookup("Ola Venn").first?.id)
        let other = try #require(try authors.lookup("Ola B. Venn-Strand").first?.id)
        try f.connection.transaction { try authors.merge(keep: keep, others: [other]) }
        try f.connection.transaction {
            for id in [first.id, second.id] { _ = try f.repository.remove(id: id) }
        }
        #expect(try f.count("authors") == 0)
        #expect(try f.count("retired_spellings") == 2)

        let again = try f.add(article(title: "Ropes", byline: "Ola B. Venn-Strand", url: "https://x.org/ropes")).id
        #expect(try author(f, of: again) == ["Ola Venn"])
        let restored = try #require(try authors.lookup("Ola Venn").first?.id)
        #expect(try authors.detail(id: restored)?.aliases == ["Ola B. Venn-Strand"])
        // Restored authors stay curated: deleted again, they are retired again.
        try f.connection.transaction { _ = try f.repository.remove(id: again) }
        #expect(try f.count("retired_spellings") == 2)
    }

    @Test func authorsNobodyShapedLeaveNothingBehind() throws {
        let f = try ArchiveFixture()
        let id = try f.add(article(title: "Kelp", byline: "Rune Talvik", url: "https://x.org/kelp")).id
        try f.connection.transaction { _ = try f.repository.remove(id: id) }
        #expect(try f.count("retired_spellings") == 0)
        #expect(try f.count("curated_authors") == 0)
    }

    @Test func rebuildingTheDerivedTablesRetiresToo() throws {
        let f = try ArchiveFixture()
        let id = try f.add(article(title: "Gulls", byline: "M. Oyelaran", url: "https://x.org/gulls")).id
        let authors = AuthorRepository(connection: f.connection)
        let m = try #require(try authors.lookup("M. Oyelaran").first?.id)
        try f.connection.transaction { try authors.rename(m, to: "Mo Oyelaran") }
        // Damage as a crash or another tool could leave it: the article no longer names her.
        try f.connection.execute("DELETE FROM article_authors")
        _ = try Maintenance(archive: f.archive).optimize(rebuildIndex: true)
        #expect(try f.count("authors") == 0)
        // Added again with a change, so the article is rewritten and its byline read anew.
        try f.add(article(title: "Gulls", byline: "M. Oyelaran", url: "https://x.org/gulls", body: "Gulls again."))
        #expect(try author(f, of: id) == ["Mo Oyelaran"])
    }

    /// A name or spelling a live author holds stays theirs: a retired author comes back with
    /// what is still free, and never renames or joins the live one.
    @Test func liveAuthorsKeepWhatTheyHoldWhenARetiredAuthorComesBack() throws {
        let f = try ArchiveFixture()
        let authors = AuthorRepository(connection: f.connection)
        let p = try f.add(article(title: "Harbour pilots", byline: "Anna Berg", url: "https://x.org/p")).id
        let anna = try #require(try authors.lookup("Anna Berg").first?.id)
        try f.connection.transaction { try authors.rename(anna, to: "Anna Quist") }
        try f.connection.transaction { _ = try f.repository.remove(id: p) }
        // Another person now takes the retired author's first spelling as their name.
        let q = try f.add(article(title: "Mountain roads", byline: "Carl Dahl", url: "https://x.org/q")).id
        let carl = try #require(try authors.lookup("Carl Dahl").first?.id)
        try f.connection.transaction { try authors.rename(carl, to: "Anna Berg") }

        let aq = try f.add(article(title: "Quays", byline: "Anna Quist", url: "https://x.org/aq")).id
        #expect(try author(f, of: q) == ["Anna Berg"])
        #expect(try author(f, of: aq) == ["Anna Quist"])
        #expect(try authors.lookup("Anna Berg").map(\.id) == [carl])
        #expect(try Maintenance(archive: f.archive).check().isEmpty)
    }

    @Test func twoRetiredPeopleSharingANameStayTwo() throws {
        let f = try ArchiveFixture()
        let authors = AuthorRepository(connection: f.connection)
        let p = try f.add(article(title: "Harbour pilots", byline: "Anna Berg", url: "https://x.org/p")).id
        try f.connection.transaction { try authors.rename(try #require(try authors.lookup("Anna Berg").first?.id), to: "Anna Quist") }
        try f.connection.transaction { _ = try f.repository.remove(id: p) }
        let q = try f.add(article(title: "Mountain roads", byline: "Carl Dahl", url: "https://x.org/q")).id
        try f.connection.transaction { try authors.rename(try #require(try authors.lookup("Carl Dahl").first?.id), to: "Anna Quist") }
        try f.connection.transaction { _ = try f.repository.remove(id: q) }

        let p2 = try f.add(article(title: "Second harbour", byline: "Anna Berg", url: "https://x.org/p2")).id
        let q2 = try f.add(article(title: "Second road", byline: "Carl Dahl", url: "https://x.org/q2")).id
        #expect(try author(f, of: p2) != author(f, of: q2))
        #expect(try f.count("authors") == 2)
    }
}
