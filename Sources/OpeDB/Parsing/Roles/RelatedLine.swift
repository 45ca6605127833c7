/// `**Related article:** [Title](#)` and its variants (`Read more:`, `See also:` …).
enum RelatedLine {
    /// The titles, when `paragraph` is a related line.
    static func titles(in paragraph: String) -> [String]? {
        var text = Substring(paragraph.trimmed)
        text = text.drop(while: { $0 == "*" || $0 == "_" || $0 == ">" || $0 == " " })
        var matched = false
        for label in Vocabulary.relatedLabels {
            if let rest = text.dropPrefixIgnoringCase(label) {
                let afterMarks = rest.drop(while: { $0 == "*" || $0 == "_" || $0 == " " })
                guard afterMarks.first == ":" || rest.first == ":" else { continue }
                text = afterMarks.first == ":" ? afterMarks.dropFirst() : rest.dropFirst()
                text = text.drop(while: { $0 == "*" || $0 == "_" || $0 == " " })
                matched = true
                break
            }
        }
        guard matched else { return nil }
        let links = Inline.links(in: text)
        if !links.isEmpty { return links.map(\.text).filter { !$0.isEmpty } }
        let plain = Inline.plainText(text)
        return plain.isEmpty ? [] : [plain]
    }
}
