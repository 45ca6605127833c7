/// An author's bio after the text: an italic paragraph, a labelled one (`About the author: …`),
/// or a plain one that opens with a byline author's name and a bio's verb.
enum AuthorBio {
    /// `About the author: Jane Doe is …` → the bio's markup without its label.
    static func labelled(_ markup: String) -> String? {
        let t = Substring(markup).drop(while: { $0 == "*" || $0 == "_" || $0 == " " })
        for label in Vocabulary.bioLabels {
            guard let rest = t.dropPrefixIgnoringCase(label) else { continue }
            let text = rest.drop(while: { $0 == "*" || $0 == "_" || $0 == ":" || $0 == " " })
            return text.isEmpty ? nil : String(text)
        }
        return nil
    }

    /// Whether a paragraph's plain text opens with a byline author's full name and a bio's verb
    /// (`Jane Doe is …`, `Jane Doe, a …`).
    static func opensWithAuthor(_ plain: String, names: [PersonName]) -> Bool {
        guard !names.isEmpty, let leading = NoteParser.leadingName(of: plain) else { return false }
        let afterName = plain.dropFirst(leading.display.count).trimmed
        return names.contains { $0.matches(leading) && $0.key.contains(" ") }
            && (afterName.hasPrefix(",") || verbs.contains { afterName.hasPrefix($0) })
    }

    private static let verbs = ["is ", "was ", "has ", "teaches ", "writes ", "works ", "lives ", "covers ", "served "]

    /// A bio's text without a leading dash or bullet (`— Jane Doe is …`).
    static func text(_ markup: String) -> String {
        let plain = Inline.plainText(markup)
        let stripped = plain.drop(while: { $0 == "—" || $0 == "–" || $0 == "-" || $0 == "•" || $0 == " " })
        return stripped.isEmpty ? plain : String(stripped)
    }
}
