/// An article's source as a reader understood it: what the source declares about itself and its
/// blocks in reading order. Readers (Markdown, HTML, front matter) make documents; the
/// classifiers in `Parsing/` give the blocks their roles and make a ``ParsedArticle``.
public struct Document: Equatable, Sendable {
    public enum Format: String, Equatable, Sendable {
        case markdown
        case html
    }

    public var format: Format
    /// Declared metadata in the order it was found; see ``DeclaredField/Source`` for trust.
    public var declared: [DeclaredField]
    public var blocks: [Block]
    /// Problems met while reading that did not stop it (an encoding guess, malformed JSON-LD).
    public var warnings: [String]

    public init(format: Format, declared: [DeclaredField] = [], blocks: [Block] = [], warnings: [String] = []) {
        self.format = format
        self.declared = declared
        self.blocks = blocks
        self.warnings = warnings
    }

    /// Every declared value of `key`, most trusted source first, in document order within a source.
    public func declared(_ key: DeclaredField.Key) -> [DeclaredField] {
        let fields = declared.filter { $0.key == key && !$0.value.isEmpty }
        // A stable sort: `sorted(by:)` is not guaranteed stable, so order by (source, position).
        return fields.enumerated().sorted { ($0.element.source, $0.offset) < ($1.element.source, $1.offset) }.map(\.element)
    }

    /// The most trusted declared value of `key`.
    public func first(_ key: DeclaredField.Key) -> DeclaredField? {
        declared(key).first
    }

    /// The host of the most trusted declared URL (`www.example.com`), if it is a web address.
    var declaredDomain: String? {
        first(.url).flatMap { CanonicalURL.normalize($0.value) }.flatMap { CanonicalURL.domain(of: $0) }
    }
}
