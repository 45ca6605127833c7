/// Reads Markdown and plain text — the seed's rendering of an article page, exports, notes —
/// into a ``Document``.
///
/// Paragraphs are runs of non-blank lines (see ``Paragraphs``); each becomes a block whose kind
/// the Markdown says: an ATX or setext heading, a rule, an image alone, a block quote, list items,
/// else a paragraph. A document with no heading where a title would be has its first line as a
/// block of its own: a plain-text file's first line is its title.
public enum MarkdownReader {
    public static func read(_ text: String) -> Document {
        let text = RawHTML.hasBlockTags(text) ? RawHTML.strip(text) : text
        let lines = Paragraphs.lines(of: text)
        var paragraphs = Paragraphs.split(lines: lines)
        var blocks = paragraphs.flatMap { Self.blocks(of: $0.text, line: $0.line) }
        if !blocks.isEmpty, TitleClassifier.titleIndex(in: blocks) == nil,
           let first = lines.firstIndex(where: { !$0.isBlank }) {
            let firstLine = Block(.paragraph, String(lines[first]), line: first + 1)
            paragraphs = Paragraphs.split(lines: lines[(first + 1)...], firstLine: first + 2)
            blocks = [firstLine] + paragraphs.flatMap { Self.blocks(of: $0.text, line: $0.line) }
        }
        return Document(format: .markdown, blocks: blocks)
    }

    /// The blocks of one paragraph: usually one, one per item for a list.
    static func blocks(of paragraph: String, line: Int) -> [Block] {
        if Emphasis.isRule(paragraph) { return [Block(.rule, "", line: line)] }
        if Emphasis.isImageOnly(paragraph) { return [Block(.image, paragraph.trimmed, line: line)] }
        if let heading = Emphasis.headingMarkup(paragraph) {
            return [Block(.heading(level: heading.level), heading.markup, line: line)]
        }
        if paragraph.hasPrefix(">") {
            return [Block(.quote, String(paragraph.drop(while: { $0 == ">" || $0 == " " })), line: line)]
        }
        if paragraph.containsASCII("\n") {
            let items = paragraph.split(separator: "\n")
            if items.allSatisfy(Paragraphs.isListItem) {
                return items.enumerated().map { Block(.listItem, String($1), line: line + $0) }
            }
        } else if Paragraphs.isListItem(Substring(paragraph)) {
            return [Block(.listItem, paragraph, line: line)]
        }
        return [Block(.paragraph, paragraph, line: line)]
    }
}
