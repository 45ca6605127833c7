/// `Tags: a, b` / `Topics: …` / `Filed under: …`: page furniture after the text, not text.
enum TagLine {
    static func matches(_ markup: String) -> Bool {
        guard markup.utf8.count <= 300 else { return false }
        let t = Substring(markup).drop(while: { $0 == "*" || $0 == "_" })
        return Vocabulary.tagLabels.contains { label in
            guard let rest = t.dropPrefixIgnoringCase(label) else { return false }
            return rest.drop(while: { $0 == "*" || $0 == "_" || $0 == " " }).first == ":"
        }
    }
}
