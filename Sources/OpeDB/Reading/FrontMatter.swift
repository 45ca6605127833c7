/// The metadata block at the very start of a Markdown file, read into declared fields.
///
/// Recognised, after an optional BOM and blank lines: YAML between `---` lines (closed by `---`
/// or `...`), TOML between `+++` lines, and the `Key: value` header lines of Jina Reader and
/// similar tools (see ``HeaderLines``). Keys mean what ``FrontMatterVocabulary`` says.
///
/// A `---` that opens prose, not keys, is a thematic break and not front matter: the file is
/// then read as it is. Invalid YAML that was meant as front matter (it starts with `key:`) is
/// read line by line with a warning, so neither the file nor its metadata is lost.
///
/// ```swift
/// let front = FrontMatter.read("---\ntitle: Tides\nauthor: [[Ann Vale]]\n---\nText.")
/// front?.fields   // title "Tides", author "Ann Vale", source .frontMatter
/// front?.remainder // "Text."
/// ```
public struct FrontMatter: Equatable, Sendable {
    public var format: FrontMatterFormat
    /// Declared fields (source ``DeclaredField/Source/frontMatter``, `name` the key as written).
    public var fields: [DeclaredField]
    /// The text after the front matter, line endings as they were.
    public var remainder: String
    /// Lines before ``remainder`` (leading blank lines, fences and header included): add it to a
    /// line number in the remainder to get the line in the file.
    public var lineCount: Int
    /// Problems that did not stop the reading (invalid YAML read line by line).
    public var warnings: [String]
    /// Every entry as read, known keys or not (``CurationFrontMatter`` reads opedb's own).
    var entries: [FrontMatterValue.Entry] = []

    /// The front matter at the start of `text`, or nil when there is none.
    public static func read(_ text: String) -> FrontMatter? {
        guard mayStartWithFrontMatter(text) else { return nil }
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        let lines = Paragraphs.lines(of: text)
        guard let first = lines.firstIndex(where: { !$0.isBlank }) else { return nil }

        func make(_ format: FrontMatterFormat, _ entries: [FrontMatterValue.Entry], through last: Int,
                  warning: String? = nil) -> FrontMatter {
            let next = last + 1
            let remainder = next < lines.count ? String(lines[next].base[lines[next].startIndex...]) : ""
            return FrontMatter(format: format, fields: FrontMatterVocabulary.fields(entries), remainder: remainder,
                               lineCount: next, warnings: warning.map { [$0] } ?? [], entries: entries)
        }

        switch lines[first] {
        case "---":
            guard let close = lines[(first + 1)...].firstIndex(where: { $0 == "---" || $0 == "..." }) else { return nil }
            let yaml = lines[(first + 1)..<close].joined(separator: "\n")
            switch YAMLFrontMatter.read(yaml, firstLine: first + 2) {
            case .entries(let entries, let warning): return make(.yaml, entries, through: close, warning: warning)
            case .notFrontMatter: return nil
            }
        case "+++":
            guard let close = lines[(first + 1)...].firstIndex(where: { $0 == "+++" }) else { return nil }
            let entries = TOMLFrontMatter.read(lines[(first + 1)..<close].joined(separator: "\n"))
            return make(.toml, entries, through: close)
        default:
            guard let (entries, count) = HeaderLines.read(lines[first...]) else { return nil }
            return make(.headerLines, entries, through: first + count - 1)
        }
    }

    /// A look at the first line only, so that the files without front matter — nearly all —
    /// are not split into lines a second time: `---`, `+++`, or `key:` near its start.
    static func mayStartWithFrontMatter(_ text: String) -> Bool {
        var line = text.utf8.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if line.starts(with: [0xEF, 0xBB, 0xBF]) {
            line = line.dropFirst(3).drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        }
        if line.starts(with: "---".utf8) || line.starts(with: "+++".utf8) { return true }
        return line.prefix(42).prefix { $0 != 0x0A }.contains(UInt8(ascii: ":"))
    }
}
