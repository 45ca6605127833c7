import Foundation
import SQLite
import Testing
@testable import OpeDB

@Suite struct CatalogTests {
    @Test func authorsListWithCountsAndRanges() throws {
        let f = try ArticleSearchTests.fixtureArchive()
        let authors = try AuthorRepository(connection: f.connection).list()
        #expect(authors.count == 43)
        let miriam = try #require(authors.first { $0.name == "Miriam Tollefsen" })
        #expect(miriam.articleCount == 2)
        #expect(miriam.bookCount == 2)
        #expect(miriam.aliases == ["Miriam T. Tollefsen"])
        #expect(miriam.affiliation == "director of the Institute for Coastal Studies in Gdansk")
        #expect(miriam.firstPublished == "2021-03-14" && miriam.lastPublished == "2022-10-09")
        // Sorted by surname, accents folded: Aalberg, Ångström, Ashworth …
        #expect(authors.prefix(3).map(\.name) == ["Jonas Aalberg", "Zoë Ångström", "Daniel K. Ashworth"])
        #expect(try AuthorRepository(connection: f.connection).list(sort: .articles).first?.name == "Miriam Tollefsen")
        #expect(try AuthorRepository(connection: f.connection).list(sort: .latest).first?.name == "Tove Lindgren")
    }

    @Test func authorLookupAndDetail() throws {
        let f = try ArticleSearchTests.fixtureArchive()
        let repo = AuthorRepository(connection: f.connection)
        #expect(try repo.lookup("Novikov").count == 2)
        #expect(try repo.lookup("kenji c novikov").map(\.name) == ["Kenji C. Novikov"])
        #expect(try repo.lookup("Miriam T. Tollefsen").map(\.name) == ["Miriam Tollefsen"])
        #expect(try repo.lookup("nobody at all").isEmpty)
        let id = try #require(try repo.lookup("Tollefsen").first?.id)
        let detail = try #require(try repo.detail(id: id))
        #expect(detail.affiliations.map(\.publishedOn) == ["2021-03-14", "2022-10-09"])
        #expect(detail.books.map(\.title) == ["Keepers of the Light", "Salt, Stone, and Signal"])
        #expect(detail.articles.map(\.publishedOn) == ["2022-10-09", "2021-03-14"])
    }

    /// A name spelled exactly so is that author, not also the authors it is the base of.
    @Test func anExactSpellingIsNotAmbiguous() throws {
        let f = try ArticleSearchTests.fixtureArchive()
        let repo = AuthorRepository(connection: f.connection)
        #expect(try repo.lookup("Kenji Novikov").count == 2)  // a C. and an R.: either
        let plain = try f.connection.transaction { try repo.resolve(name: "Kenji Novikov", variants: []) }
        #expect(try repo.lookup("Kenji Novikov").map(\.id) == [plain.id])
        #expect(try repo.lookup("kenji r. novikov").map(\.name) == ["Kenji R. Novikov"])
    }

    @Test func mergeMovesEverythingAndKeepsSearchRight() throws {
        let f = try ArticleSearchTests.fixtureArchive()
        let repo = AuthorRepository(connection: f.connection)
        let c = try #require(try repo.lookup("Kenji C. Novikov").first?.id)
        let r = try #require(try repo.lookup("Kenji R. Novikov").first?.id)
        try f.connection.transaction { try repo.merge(keep: c, others: [r]) }
        #expect(try repo.lookup("Novikov").map(\.id) == [c])
        #expect(try repo.detail(id: c)?.articles.count == 2)
        #expect(try repo.detail(id: c)?.aliases == ["Kenji R. Novikov"])
        #expect(try f.count("authors") == 42)
        #expect(try f.indexIsInStep())
        var options = SearchOptions()
        options.author = "Kenji C. Novikov"
        #expect(try ArticleSearch(connection: f.connection).run(options).total == 2)
        // A later article under the merged spelling finds the kept author.
        try f.add(article(title: "Later", byline: "Kenji R. Novikov", url: "https://x.org/later"))
        #expect(try f.count("authors") == 42)
    }

    @Test func anArticleNamingOneAuthorTwiceIsListedOnce() throws {
        let f = try ArchiveFixture()
        try f.add(article(title: "A", byline: "Jan Kowal", url: "https://x.org/a"))
        try f.add(article(title: "B", byline: "Olek Brzoza", url: "https://x.org/b"))
        let repo = AuthorRepository(connection: f.connection)
        let jan = try #require(try repo.lookup("Jan Kowal").first?.id)
        let olek = try #require(try repo.lookup("Olek Brzoza").first?.id)
        try f.connection.transaction { try repo.merge(keep: jan, others: [olek]) }
        try f.add(article(title: "C", byline: "Jan Kowal and Olek Brzoza", url: "https://x.org/c"))
        let detail = try #require(try repo.detail(id: jan))
        #expect(detail.articles.map(\.title).sorted() == ["A", "B", "C"])
        #expect(try repo.articleCount(id: jan) == 3)
    }

    @Test func mergeJoinsTheSameBookUnderTwoNames() throws {
        let f = try ArchiveFixture()
        try f.add(article(title: "A", byline: "Jan Kowal", note: "Jan Kowal is the author of Rivers (Pine Press, 2010).", url: "https://x.org/a"))
        try f.add(article(title: "B", byline: "Johann Kowal", note: "Johann Kowal is the author of Rivers: A History (Pine Press, 2010).", url: "https://x.org/b"))
        #expect(try f.count("books") == 2)
        let repo = AuthorRepository(connection: f.connection)
        let jan = try #require(try repo.lookup("Jan Kowal").first?.id)
        let johann = try #require(try repo.lookup("Johann Kowal").first?.id)
        try f.connection.transaction { try repo.merge(keep: jan, others: [johann]) }
        #expect(try f.count("books") == 1)
        #expect(try BookRepository(connection: f.connection).list().first?.articleCount == 2)
        #expect(try Maintenance(archive: f.archive).check().isEmpty)
    }

    @Test func renameKeepsTheOldNameAsASpelling() throws {
        let f = try ArticleSearchTests.fixtureArchive()
        let repo = AuthorRepository(connection: f.connection)
        let id = try #require(try repo.lookup("Jonas Aalberg").first?.id)
        try f.connection.transaction { try repo.rename(id, to: "Jonas P. Aalberg-Lund") }
        #expect(try repo.detail(id: id)?.name == "Jonas P. Aalberg-Lund")
        #expect(try f.matches("authors:lund").count == 1)
        #expect(try f.indexIsInStep())
        // Re-adding the article under the old byline finds the renamed author.
        let text = try String(contentsOf: TestSupport.fixtures.appendingPathComponent("13-interview.md"), encoding: .utf8)
        try f.add(text.replacingOccurrences(of: "a79456", with: "a79457"))
        #expect(try repo.lookup("Jonas Aalberg").map(\.id) == [id])
        #expect(throws: AuthorRepository.RenameError.self) {
            try f.connection.transaction { try repo.rename(id, to: "Miriam Tollefsen") }
        }
    }

    @Test func booksAndPublications() throws {
        let f = try ArticleSearchTests.fixtureArchive()
        let books = try BookRepository(connection: f.connection).list()
        #expect(books.count == 13)
        let reader = try #require(books.first { $0.title == "The Ashworth Reader" })
        #expect(reader.editors == ["Daniel K. Ashworth"] && reader.authors.isEmpty && reader.forthcoming && reader.year == nil)
        #expect(try #require(books.first { $0.title == "Keepers of the Light" }).articleCount == 2)
        let miriam = try AuthorRepository(connection: f.connection).lookup("Tollefsen").map(\.id)
        #expect(try BookRepository(connection: f.connection).list(authors: miriam).count == 2)
        let publications = try PublicationRepository(connection: f.connection).list()
        let gazette = try #require(publications.first { $0.name == "Harbour Gazette" })
        #expect(gazette.articleCount == 1 && gazette.mentionedCount == 1 && gazette.domain == "harbourgazette.example")
    }
}

extension String {
    func replacingOccurrences(of a: String, with b: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: a) {
            result += rest[..<r.lowerBound] + b
            rest = rest[r.upperBound...]
        }
        return result + rest
    }
}
