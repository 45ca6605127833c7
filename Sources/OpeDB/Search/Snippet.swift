/// A search result's snippet: the text around the best match (`opedb_snippet`, the window FTS5's
/// `snippet()` would choose, in bounded time: Sources/CRank/opedb_snippet.c), made readable.
///
/// The snippet is asked for with private markers (U+0001, U+0002) around each match; from
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

    /// The longest note sentence a snippet shows whole (two lines of a terminal); a longer one is
    /// cut around its first match.
    static let noteSentenceLength = 150

    /// A snippet whose best match is in the notes: the note sentence holding the most matches
    /// (the first of equals; notes are bios, one idea per sentence), instead of a window that
    /// starts or ends mid-sentence.
    ///
    /// - parameter highlighted: the whole notes column, matches between the private markers.
    static func note(highlighted: String) -> String {
        let chars = Array(highlighted)
        var best: Range<Int>?, bestCount = 0, first = 0
        for i in chars.indices where i == chars.count - 1 || endsSentence(chars, at: i) {
            let count = chars[first...i].lazy.filter { $0 == start }.count
            if count > bestCount { best = first..<(i + 1); bestCount = count }
            first = i + 1
        }
        guard let best, let match = chars[best].firstIndex(of: start) else { return highlighted.collapsingWhitespace }
        var sentence = Array(chars[best])
        var before = "", after = ""
        if sentence.count > noteSentenceLength {
            // Around the first match, whole words, with the markers it holds.
            let at = match - best.lowerBound
            var from = max(0, at - noteSentenceLength / 3), to = min(sentence.count, from + noteSentenceLength)
            while from > 0, sentence[from - 1] != " " { from -= 1 }
            while to < sentence.count, sentence[to] != " " { to += 1 }
            before = from > 0 ? "…" : ""
            after = to < sentence.count ? "…" : ""
            sentence = Array(sentence[from..<to])
        }
        return before + repairMarkers(String(sentence)).collapsingWhitespace + after
    }

    /// Whether `chars[i]` ends a sentence: a line break, or `.` `!` `?` before a space and a
    /// capital (not after an initial or an abbreviation such as `Dr.`).
    private static func endsSentence(_ chars: [Character], at i: Int) -> Bool {
        if chars[i].isNewline { return true }
        guard chars[i] == "." || chars[i] == "!" || chars[i] == "?" else { return false }
        var next = i + 1
        while next < chars.count, chars[next] == end { next += 1 }
        guard next + 1 < chars.count, chars[next] == " " else { return next >= chars.count }
        let following = chars[next + 1] == start && next + 2 < chars.count ? chars[next + 2] : chars[next + 1]
        guard following.isUppercase || following.isQuote else { return false }
        var k = i - 1
        while k >= 0, chars[k].isLetter || chars[k] == start || chars[k] == end { k -= 1 }
        let word = String(chars[(k + 1)..<i].filter { $0 != start && $0 != end })
        let isInitial = word.count == 1 && word.first!.isUppercase
        return !isInitial && !Vocabulary.abbreviations.contains(word) && !(k >= 0 && chars[k] == ".")
    }

    /// A cut text whose markers no longer pair up: an opening marker without its close gets one
    /// at the end, a close without its opening loses it.
    private static func repairMarkers(_ text: String) -> String {
        var out = "", open = false
        for c in text {
            if c == start { open = true } else if c == end { if !open { continue }; open = false }
            out.append(c)
        }
        return open ? out + String(end) : out
    }
}
