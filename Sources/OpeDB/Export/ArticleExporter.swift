#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SQLite

/// Writes the archive out: JSON lines, Markdown files in the input format, or CSV.
public struct ArticleExporter {
    public enum Format: String, Sendable, CaseIterable {
        case jsonl, markdown, csv
        case bibtex, ris
        case cslJSON = "csl-json"

        /// The citation format this is, if it is one.
        public var citation: Citation.Format? { Citation.Format(rawValue: rawValue) }
    }

    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// Every article id, in order.
    public func ids() throws -> [Int] {
        try connection.all("SELECT id FROM articles ORDER BY id") { $0.int(0) }
    }

    /// One `show --json` object per line.
    public func jsonLine(id: Int) throws -> String? {
        guard let record = try ArticleRepository(connection: connection).record(id: id) else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    /// The file name an article is exported under: `000012-russia-gambles-in-afghanistan.md`.
    public static func fileName(for record: ArticleRecord) -> String {
        var slug = ""
        for c in record.title.folded {
            if c.isASCII && (c.isLetter || c.isNumber) { slug.append(c) } else if slug.last != "-" { slug.append("-") }
            if slug.count >= 60 { break }
        }
        slug = String(slug.trimmingDashes)
        let number = String(record.id)
        return String(repeating: "0", count: max(0, 6 - number.count)) + number + (slug.isEmpty ? "" : "-" + slug) + ".md"
    }

    /// The CSV header and one row per article, scalar fields only.
    public static let csvHeader = ["id", "title", "subtitle", "kind", "published_on", "url", "publication", "authors",
                                   "image_credit", "word_count", "added_at", "updated_at", "tags"]

    public static func csvRow(_ r: ArticleRecord) -> [String] {
        [String(r.id), r.title, r.subtitle ?? "", r.kind, r.publishedOn ?? "", r.url ?? "", r.publication?.name ?? "",
         r.authors.map(\.name).joined(separator: "; "), r.imageCredit ?? "", String(r.wordCount), r.addedAt, r.updatedAt,
         r.tags.joined(separator: "; ")]
    }
}

private extension String {
    var trimmingDashes: Substring {
        var s = Substring(self)
        while s.first == "-" { s = s.dropFirst() }
        s = s.droppingLast { $0 == "-" }
        return s
    }
}
