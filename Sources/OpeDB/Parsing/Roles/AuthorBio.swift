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
        return names.contains { $0.matches(leading) && $0.key.contains(" ") } && continuesAsBio(plain, after: leading)
    }

    /// `Jane Doe, a …` or `Jane Doe is …`: what follows the leading name reads as a bio.
    private static func continuesAsBio(_ plain: String, after leading: PersonName) -> Bool {
        let afterName = plain.dropFirst(leading.display.count).trimmed
        if afterName.hasPrefix(",") { return true }
        guard let verb = afterName.split(separator: " ", maxSplits: 1).first else { return false }
        return bioVerbs.contains(String(verb))
    }

    /// Whether an italic paragraph after the text is about a person: it names a byline author
    /// (or, with no byline, opens with a name and a bio's verb), or opens with a pronoun and a
    /// bio's verb. `*He wants to play for the national side*` after a sports story is text.
    static func isAbout(_ plain: String, names: [PersonName]) -> Bool {
        let words = plain.split(separator: " ", maxSplits: 2)
        if words.count >= 2, pronouns.contains(words[0].lowercased()), bioVerbs.contains(String(words[1])) { return true }
        if !names.isEmpty {
            let folded = plain.folded
            if names.contains(where: { $0.key.contains(" ") && folded.fastContains($0.baseKey) }) { return true }
        }
        guard let leading = NoteParser.leadingName(of: plain) else { return false }
        if names.isEmpty { return leading.key.contains(" ") && continuesAsBio(plain, after: leading) }
        return names.contains { $0.matches(leading) || $0.surname == leading.key }
    }

    private static let pronouns: Set<String> = ["he", "she", "they", "ze"]
    private static let bioVerbs: Set<String> = ["is", "was", "has", "writes", "teaches", "works", "lives", "covers",
                                                "served", "serves", "are", "were", "have", "leads", "directs"]


    /// A bio's text without a leading dash or bullet (`— Jane Doe is …`).
    static func text(_ markup: String) -> String {
        let plain = Inline.plainText(markup)
        let stripped = plain.drop(while: { $0 == "—" || $0 == "–" || $0 == "-" || $0 == "•" || $0 == " " })
        return stripped.isEmpty ? plain : String(stripped)
    }
}
