import Foundation
import Testing

/// A book is its title, its author, and its publisher and year: two books of one title stay two,
/// through adds and author merges, and each article keeps the citation it made.
@Suite struct BookIdentityTests {
    func article(_ cli: CLIRunner, _ name: String, author: String, book: String, url: Int) throws {
        try cli.write(name, """
            # Power essay \(url) (Op-ed)

            By [\(author)](#)

            May \(url), 2020

            Body of the essay number \(url) about power.

            *\(author) is the author of \(book).*

            Original url: https://example.org/power/\(url)
            """)
    }

    func citation(_ cli: CLIRunner, _ id: Int) throws -> (String?, Int?) {
        let object = try #require(try cli.json(try cli.run(["show", String(id), "--json"])) as? [String: Any])
        let books = try #require(object["books"] as? [[String: Any]])
        let book = try #require(books.first)
        return (book["publisher"] as? String, book["year"] as? Int)
    }

    @Test func mergingAuthorsKeepsBooksWithOtherPublishersApart() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        try article(cli, "a.md", author: "Ann Smithers", book: "Beyond Power (Brookings, 1990)", url: 1)
        try article(cli, "b.md", author: "Bea Jonquil", book: "Beyond Power (Harvard, 1996)", url: 2)
        try article(cli, "c.md", author: "Bea Jonquil", book: "Beyond Power (Harvard, 1996)", url: 3)
        #expect(try cli.run(["add", "a.md", "b.md", "c.md"]).status == 0)
        let merge = try cli.run(["authors", "merge", "Ann Smithers", "Bea Jonquil"])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(try citation(cli, 1) == ("Brookings", 1990))
        #expect(try citation(cli, 2) == ("Harvard", 1996))
        #expect(try citation(cli, 3) == ("Harvard", 1996))
        let books = try #require(try cli.json(try cli.run(["books", "--json"])) as? [[String: Any]])
        #expect(books.count == 2)
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func oneAuthorCitingTwoEditionsKeepsBoth() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["init"])
        try article(cli, "a.md", author: "Ann Smithers", book: "Beyond Power (Brookings, 1990)", url: 1)
        try article(cli, "b.md", author: "Ann Smithers", book: "Beyond Power (Harvard, 1996)", url: 2)
        try article(cli, "c.md", author: "Ann Smithers", book: "Beyond Power (Brookings, 1990)", url: 3)
        #expect(try cli.run(["add", "a.md", "b.md", "c.md"]).status == 0)
        #expect(try citation(cli, 1) == ("Brookings", 1990))
        #expect(try citation(cli, 2) == ("Harvard", 1996))
        #expect(try citation(cli, 3) == ("Brookings", 1990))
        let books = try #require(try cli.json(try cli.run(["books", "--json"])) as? [[String: Any]])
        #expect(books.count == 2)
    }
}
