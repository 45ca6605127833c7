import Foundation
@testable import OpeDB

/// Paths and helpers shared by the library tests.
enum TestSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Fixtures")

    /// Every fixture article (not the expectations), sorted.
    static var fixtureArticles: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { InputFiles.isArticleName($0) }.sorted().map { fixtures.appendingPathComponent($0) }
    }

    /// The Markdown and text fixtures: the archive-level tests (search, catalog, statistics)
    /// count and rank these; the HTML pages are covered by the parse and CLI tests.
    static var textFixtureArticles: [URL] {
        fixtureArticles.filter { [".md", ".txt"].contains(where: $0.lastPathComponent.hasSuffix) }
    }

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    /// A fresh temporary directory, removed by the caller's `defer`.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("opedb-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func parse(_ text: String) throws -> ParsedArticle { try ArticleParser().parse(text: text) }
}

extension TestSupport {
    /// Two paragraphs of fictional prose: enough text for the HTML reader to call it an article.
    static let prose = """
        <p>The tide tables for the Wrenmouth estuary were first printed in 1871, by a harbour clerk who \
        kept them in his spare time, and they have been printed every winter since.</p>
        <p>This year the council almost stopped, citing the cost of paper, until the pilots, the \
        fishermen and two primary schools wrote to say how much they still used them.</p>
        """

    /// A whole page around `body`, with `head` inside `<head>`.
    static func page(head: String = "", body: String) -> [UInt8] {
        Array("<!DOCTYPE html><html><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>".utf8)
    }

    static func read(head: String = "", body: String) throws -> Document {
        try HTMLReader.read(page(head: head, body: body))
    }

    /// A sentence of fictional prose for whole-page Markdown.
    static let wholePageProse = "The tide tables for the Wrenmouth estuary were first printed in 1871 by a harbour clerk who kept them in his spare time, and they have been printed every winter since then."

    /// A site's menu as converters write it: ten list items of links, enough for a whole page.
    static let wholePageMenu = (1...10).map { "- [Section \($0)](https://tidewatch.example/s\($0)/)" }

    /// A whole page converted to Markdown: the menu, then `blocks`, one paragraph each.
    static func wholePage(_ blocks: [String]) -> String {
        (wholePageMenu + blocks).joined(separator: "\n\n") + "\n"
    }
}
