/// A search result's snippet: FTS5's text around the best match, made readable.
///
/// FTS5 is asked for the snippet with private markers (U+0001, U+0002) around each match; from
/// that one text come the plain snippet, the match ranges (``SearchHit/matches``) and the text
/// with whatever markers the caller wants (`[` `]` on a plain terminal, bold on a colour one,
/// none for `--json` and `--csv`).
enum Snippet {
    static let start: Character = "\u{1}"
    static let end: Character = "\u{2}"

    /// `marked` with the private markers replaced by `open` and `close`, and where the matches are
    /// in the plain text (offsets and lengths in Unicode code points, as Python and jq count).
    static func render(_ marked: String, open: String, close: String) -> (text: String, matches: [SearchHit.Match]) {
        var text = ""
        var matches: [SearchHit.Match] = []
        var position = 0
        var matchStart: Int?
        for c in marked {
            if c == start {
                text += open
                matchStart = position
            } else if c == end {
                text += close
                if let s = matchStart, position > s { matches.append(SearchHit.Match(start: s, length: position - s)) }
                matchStart = nil
            } else {
                text.append(c)
                position += c.unicodeScalars.count
            }
        }
        return (text, matches)
    }

    /// A snippet taken from the indexed `authors` column shows the index's own text: every
    /// spelling of every author plus folded copies (`Zoë Ångström, zoe angstrom`). This gives the
    /// matching authors' names as the archive shows them instead, the matched words marked.
    ///
    /// - parameter highlighted: the whole authors column, matches between the private markers.
    /// - parameter authors: the article's authors, in byline order, as the archive names them.
    static func authors(highlighted: String, authors: [String]) -> String {
        var shown: [String] = []
        for spelling in highlighted.split(separator: ", ") where spelling.contains(start) {
            let plain = String(spelling.filter { $0 != start && $0 != end })
            let name = authors.first { $0.folded == plain.folded } ?? authors.first { sameWords($0, plain) } ?? plain
            let marked = mark(name, like: String(spelling))
            if !shown.contains(marked) { shown.append(marked) }
        }
        return shown.isEmpty ? authors.joined(separator: ", ") : shown.joined(separator: ", ")
    }

    /// Two spellings of one name: the last words agree folded (`Jiří Novák`, `J. Novak`).
    private static func sameWords(_ a: String, _ b: String) -> Bool {
        guard let x = a.split(separator: " ").last, let y = b.split(separator: " ").last else { return false }
        return String(x).folded == String(y).folded
    }

    /// `name` with the words marked whose folded form is marked in `spelling`.
    private static func mark(_ name: String, like spelling: String) -> String {
        var markedWords: Set<String> = []
        var word = "", inside = false, wordMarked = false
        for c in spelling + " " {
            if c == start { inside = true; wordMarked = true; continue }
            if c == end { inside = false; continue }
            if c.isLetter || c.isNumber {
                word.append(c)
            } else {
                if wordMarked && !word.isEmpty { markedWords.insert(word.folded) }
                word = ""
                wordMarked = inside
            }
        }
        guard !markedWords.isEmpty else { return name }
        return name.split(separator: " ", omittingEmptySubsequences: false).map { part -> String in
            let core = String(part.filter { $0.isLetter || $0.isNumber })
            return markedWords.contains(core.folded) ? "\(start)\(part)\(end)" : String(part)
        }.joined(separator: " ")
    }
}
