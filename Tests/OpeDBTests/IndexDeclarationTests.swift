import Testing
@testable import OpeDB

@Suite struct IndexDeclarationTests {
    /// The repair declares the index exactly as the latest migration does: the table and its settings.
    @Test func theDeclarationComesFromTheMigration() {
        let statements = IndexDeclaration.statements
        #expect(statements.count == 3)
        #expect(statements.first?.hasPrefix("CREATE VIRTUAL TABLE articles_fts USING fts5(") == true)
        #expect(statements.first?.contains("content=\"articles\"") == true)
        #expect(statements.dropFirst().allSatisfy { $0.hasPrefix("INSERT INTO articles_fts (articles_fts, rank) VALUES (") })
    }
}
