#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes citations as CSL JSON, the input of citeproc processors (pandoc `--citeproc`, Zotero,
/// citeproc-js): an array of `article-newspaper` items with `author` (`family`/`given`, or
/// `literal`), `title`, `container-title`, `issued`, `URL` and `accessed` (when it was added).
public enum CSLJSONWriter {
    struct Item: Encodable {
        struct Name: Encodable {
            var family: String?
            var given: String?
            var suffix: String?
            var literal: String?
        }
        struct DateValue: Encodable {
            var dateParts: [[Int]]
            enum CodingKeys: String, CodingKey { case dateParts = "date-parts" }
        }
        var id: String
        var type = "article-newspaper"
        var author: [Name]?
        var title: String
        var containerTitle: String?
        var issued: DateValue?
        var url: String?
        var accessed: DateValue
        var genre: String?

        enum CodingKeys: String, CodingKey {
            case id, type, author, title, containerTitle = "container-title", issued, url = "URL", accessed, genre
        }
    }

    static func item(_ c: Citation) -> Item {
        Item(id: c.key,
             author: c.authors.isEmpty ? nil : c.authors.map { n in
                 n.isLiteral ? .init(literal: n.family) : .init(family: n.family, given: n.given, suffix: n.suffix)
             },
             title: c.subtitle.map { c.title + ": " + $0 } ?? c.title, containerTitle: c.container,
             issued: c.publishedOn.map { .init(dateParts: [Citation.dateParts($0)]) }, url: c.url,
             accessed: .init(dateParts: [Citation.dateParts(c.accessed)]), genre: c.kind == "news" ? nil : c.kind)
    }

    /// One item as one line of JSON (the array is ``Citation/Format``'s to write).
    static func line(_ citation: Citation) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(item(citation)), as: UTF8.self)
    }
}
