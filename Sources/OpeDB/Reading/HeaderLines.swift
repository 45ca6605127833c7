/// `Key: value` lines at the top of a Markdown file that some readers write instead of YAML.
///
/// Jina Reader writes `Title: …`, `URL Source: …`, `Published Time: …` (blank lines between
/// them allowed) and then `Markdown Content:`, after which the page's Markdown starts. Other
/// tools and people write a short block of `Title:` / `Author:` / `Date:` / `Source:` / `URL:`
/// lines; that is read as a header only when at least two of its lines have known keys, every
/// line is `key: value`, and a blank line ends it — so a body paragraph that happens to start
/// with `Note:` is never eaten.
enum HeaderLines {
    /// The end line of Jina Reader's header.
    static let jinaContentLine = "markdown content"

    /// The entries and the number of lines (from `lines.startIndex`) they take, or nil.
    static func read(_ lines: ArraySlice<Substring>) -> (entries: [FrontMatterValue.Entry], lineCount: Int)? {
        jina(lines) ?? block(lines)
    }

    private static func jina(_ lines: ArraySlice<Substring>) -> (entries: [FrontMatterValue.Entry], lineCount: Int)? {
        guard let first = lines.first, first.hasPrefixIgnoringCase("title:") else { return nil }
        var entries: [FrontMatterValue.Entry] = []
        for (offset, line) in lines.prefix(40).enumerated() where !line.isBlank {
            guard let entry = FrontMatterValue.Entry(keyLine: line) else { return nil }
            if FrontMatterVocabulary.normalize(entry.key) == "markdown_content" {
                return (entries, offset + 1)
            }
            entries.append(entry)
        }
        return nil
    }

    private static func block(_ lines: ArraySlice<Substring>) -> (entries: [FrontMatterValue.Entry], lineCount: Int)? {
        var entries: [FrontMatterValue.Entry] = []
        for line in lines {
            if line.isBlank { break }
            guard let entry = FrontMatterValue.Entry(keyLine: line), FrontMatterVocabulary.meaning(of: entry.key) != nil,
                  case .text(let value) = entry.value, !value.isEmpty else { return nil }
            entries.append(entry)
        }
        // A blank line must follow: a block running to the end of the file is not a header.
        guard entries.count >= 2, entries.count < lines.count else { return nil }
        return (entries, entries.count + 1)
    }
}
