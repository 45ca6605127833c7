/// Footnote marks tie a byline to the note about its author: `By Anna Berg*` above, and
/// `*Anna Berg is a writer …` below. A mark is part of neither the name nor the note.
enum FootnoteMark {
    static let marks: Set<Character> = ["*", "_", "†", "‡"]

    /// `text` without the marks at its ends (and the spaces beside them).
    static func trimmed(_ text: String) -> String {
        guard let first = text.first, let last = text.last, marks.contains(first) || marks.contains(last) else { return text }
        return String(text.drop { marks.contains($0) || $0 == " " }.reversed().drop { marks.contains($0) || $0 == " " }.reversed())
    }

    /// `text` without a single mark that opens it (`*Anna Berg is …`); nil when it has none.
    static func withoutLeadingMark(_ text: String) -> String? {
        guard let first = text.first, marks.contains(first), let second = text.dropFirst().first,
              second.isLetter else { return nil }
        return String(text.dropFirst())
    }
}
