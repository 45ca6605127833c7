/// An article's stored body as blocks to lay out: the parser keeps paragraphs, lists and
/// subheadings as paragraphs of text, so the page tells them apart again by their shape.
enum BodyLayout {
    enum Block: Equatable {
        case paragraph(String)
        case subheading(String)
        case list([String])
    }

    /// A subheading is short, ends without sentence punctuation, and is followed by text.
    static let subheadingMaximumWords = 12

    static func blocks(_ body: String) -> [Block] {
        let paragraphs = body.split(separator: "\n\n", omittingEmptySubsequences: true)
            .map { String($0).stripping(" \n") }.filter { !$0.isEmpty }
        var blocks: [Block] = []
        for (i, paragraph) in paragraphs.enumerated() {
            let lines = paragraph.split(separator: "\n").map(String.init)
            if lines.allSatisfy({ $0.hasPrefix("- ") || $0.hasPrefix("* ") || $0.hasPrefix("• ") }) {
                blocks.append(.list(lines.map { String($0.dropFirst(2)) }))
            } else if i + 1 < paragraphs.count, i > 0, isSubheading(paragraph) {
                blocks.append(.subheading(paragraph))
            } else {
                blocks.append(.paragraph(paragraph))
            }
        }
        return blocks
    }

    static func isSubheading(_ text: String) -> Bool {
        guard !text.contains("\n"), let first = text.first, first.isUppercase || first.isNumber,
              let last = text.last, !".!?:;,…\"”’)]".contains(last) else { return false }
        return text.split(separator: " ").count <= subheadingMaximumWords
    }
}

extension String {
    /// The text without `characters` at either end.
    func stripping(_ characters: String) -> String {
        var s = Substring(self)
        while let c = s.first, characters.contains(c) { s.removeFirst() }
        while let c = s.last, characters.contains(c) { s.removeLast() }
        return String(s)
    }
}
