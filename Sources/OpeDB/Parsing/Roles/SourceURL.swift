/// The line that gives the article's own address: `Original url: <https://…>`, or the label alone
/// with the address on the next line, or a bare address standing as the header's or the
/// document's last line.
///
/// A link inside the body is never the article's address: two articles that cite the same report
/// would otherwise share a URL, and the second `add` would replace the first.
enum SourceURL {
    /// A labelled URL line: `""` when the label stands alone (the address follows), the address
    /// text when it follows the label, nil when this is not a URL line (`Source: Reuters`).
    static func labelValue(_ markup: String) -> String? {
        let t = Substring(markup.trimmed).drop(while: { $0 == "*" || $0 == "_" })
        guard let first = t.first, first.isLetter else { return nil }
        for label in Vocabulary.urlLabels {
            guard let rest = t.dropPrefixIgnoringCase(label) else { continue }
            let afterMarks = rest.drop(while: { $0 == "*" || $0 == "_" || $0 == " " })
            guard afterMarks.first == ":" else { continue }
            let value = afterMarks.dropFirst().drop(while: { $0 == "*" || $0 == "_" || $0 == " " }).trimmed
            if value.isEmpty { return "" }
            if CanonicalURL.normalize(value) != nil { return value }
            let plain = Inline.plainText(value)
            return CanonicalURL.normalize(plain) != nil ? plain : nil
        }
        return nil
    }

    /// The canonical address when the whole block is one address (`<https://…>`, `https://…`,
    /// `[https://…](https://…)`).
    static func bare(_ markup: String) -> String? {
        guard !markup.containsASCII(" ") else { return nil }
        let t = markup.trimmed
        guard t.hasPrefix("<") || t.hasPrefixIgnoringCase("http") || t.hasPrefixIgnoringCase("[http") else { return nil }
        return CanonicalURL.normalize(Inline.plainText(t)) ?? CanonicalURL.normalize(t)
    }
}
