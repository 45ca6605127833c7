/// Finds the books an author note names.
///
/// Each citation is anchored on its parenthesised group, `(Publisher, 2011)` or
/// `(Publisher, forthcoming)`; the title is the text between the previous group's `)` — or the
/// cue phrase (`the author of`, `the editor of`, `most recently,` …) — and this `(`. Titles are
/// never split on their own commas or `and`, and the group splits at its last comma, so
/// `(Farrar, Straus and Giroux, 2019)` keeps its publisher whole.
enum BookCitationParser {
    static func parse(_ note: String, author: String?) -> [CitedBook] {
        // Every citation has its parenthesised group: no `(`, no book (most notes).
        guard note.containsASCII("(") else { return [] }
        let text = Array(note)
        let cues = findCues(in: note)
        var books: [CitedBook] = []
        var previousGroupEnd: Int?
        var cuesBefore = 0  // cues[..<cuesBefore] end before the current position
        var i = 0
        while i < text.count {
            // A group is short: bounding the search keeps hostile input linear.
            guard text[i] == "(",
                  let close = text[(i + 1)..<min(text.count, i + 160)].firstIndex(of: ")") else { i += 1; continue }
            let inner = String(text[(i + 1)..<close])
            guard !inner.containsASCII("("), let group = parseGroup(inner) else { i += 1; continue }
            while cuesBefore < cues.count, cues[cuesBefore].end <= i { cuesBefore += 1 }
            let lastCue = cuesBefore > 0 ? cues[cuesBefore - 1] : nil
            let sentenceStart = lastSentenceStart(text, before: i)
            var start: Int?
            var role = CitedBook.Role.author
            if let cue = lastCue, cue.start >= sentenceStart {
                start = cue.end
                role = cue.role
            }
            if let previous = previousGroupEnd, previous >= sentenceStart, previous >= (start ?? 0) {
                start = previous
                role = books.last?.role ?? role
            }
            if let start, let title = cleanTitle(String(text[start..<i])) {
                let (main, subtitle) = splitTitle(title)
                books.append(CitedBook(title: main, subtitle: subtitle, publisher: group.publisher,
                                       year: group.year, forthcoming: group.forthcoming,
                                       author: author, role: role))
                // Only a citation continues a list; a stray "(2011)" does not start one.
                previousGroupEnd = close + 1
            }
            i = close + 1
        }
        return books
    }

    struct Group: Equatable {
        var publisher: String?
        var year: Int?
        var forthcoming: Bool
    }

    /// `Harvard University Press, 2011` / `Cornell University Press, forthcoming` / `2011`.
    static func parseGroup(_ inner: String) -> Group? {
        let text = inner.trimmed
        guard !text.isEmpty, text.count <= 150 else { return nil }
        var head = Substring(text)
        var tail = Substring(text)
        if let comma = text.lastIndex(of: ",") {
            head = text[..<comma]
            tail = text[text.index(after: comma)...]
        } else if let space = text.lastIndex(of: " ") {
            head = text[..<space]
            tail = text[text.index(after: space)...]
        } else {
            head = ""
        }
        let when = tail.trimmed.folded
        var year: Int?
        var forthcoming = false
        if when.count == 4, let y = Int(when), (1500...2200).contains(y) {
            year = y
        } else if when.hasPrefix("forthcoming") || when == "in press" || when.hasPrefix("to be published")
                    || when.hasPrefix("upcoming") {
            forthcoming = true
            let digits = when.filter(\.isNumber)
            if digits.count == 4, let y = Int(digits) { year = y }
        } else {
            return nil
        }
        let publisher = head.trimmed
        return Group(publisher: publisher.isEmpty ? nil : publisher, year: year, forthcoming: forthcoming)
    }

    struct Cue {
        var start: Int
        var end: Int
        var role: CitedBook.Role
    }

    /// Phrases that introduce a list of books, with the role they give.
    private static let cuePhrases: [(String, CitedBook.Role)] = [
        ("co-author of", .author), ("coauthor of", .author), ("co-authored", .author), ("the author of", .author),
        ("author of", .author), ("co-editor of", .editor), ("coeditor of", .editor), ("the editor of", .editor),
        ("editor of", .editor), ("co-edited", .editor), ("edited", .editor), ("has written", .author),
        ("wrote", .author), ("has published", .author), ("books include", .author), ("book is", .author),
        ("books are", .author), ("including", .author), ("most recently,", .author), ("most recently", .author),
        ("books,", .author), ("books:", .author), ("book,", .author), ("book:", .author), ("titles,", .author),
        ("latest book is", .author), ("new book is", .author), ("latest book", .author), ("new book", .author), ("forthcoming book", .author), ("memoir", .author),
        ("novel", .author), ("novels", .author), ("novels,", .author),
    ]

    private static let cueCharacters: [([Character], CitedBook.Role)] = cuePhrases.map { (Array($0.0), $0.1) }

    /// Cue phrase occurrences in character offsets, longest phrase first at each position.
    static func findCues(in note: String) -> [Cue] {
        // Lowercased per character; ASCII without building a String for each.
        let folded: [Character] = note.map { c in
            if let a = c.asciiValue { return a >= 0x41 && a <= 0x5A ? Character(Unicode.Scalar(a | 0x20)) : c }
            return c.lowercased().first ?? c
        }
        var cues: [Cue] = []
        var i = 0
        while i < folded.count {
            var matched = false
            if i == 0 || !folded[i - 1].isLetter {
                for (p, role) in cueCharacters where p[0] == folded[i] {
                    guard i + p.count <= folded.count, folded[i..<(i + p.count)].elementsEqual(p) else { continue }
                    let end = i + p.count
                    if end < folded.count, folded[end].isLetter { continue }
                    cues.append(Cue(start: i, end: end, role: role))
                    i = end
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
        return cues
    }

    /// Where the sentence containing `index` begins (after `. ` + capital).
    private static func lastSentenceStart(_ text: [Character], before index: Int) -> Int {
        var j = index - 1
        let limit = max(1, index - 1000)
        while j > limit {
            if text[j] == " ", text[j - 1] == "." || text[j - 1] == "!" || text[j - 1] == "?",
               j + 1 < text.count, text[j + 1].isUppercase, !isAbbreviation(text, endingAt: j - 1) {
                return j + 1
            }
            j -= 1
        }
        return limit > 1 ? limit : 0
    }

    private static func isAbbreviation(_ text: [Character], endingAt period: Int) -> Bool {
        var k = period - 1
        while k >= 0, text[k].isLetter { k -= 1 }
        let word = String(text[(k + 1)..<period])
        return word.count <= 1 || ["Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "vs", "No"]
            .contains(word)
    }

    /// The title between separators: `, and Foo` → `Foo`; quotes removed.
    static func cleanTitle(_ raw: String) -> String? {
        var title = Substring(raw.trimmed)
        var changed = true
        while changed {
            changed = false
            for lead in [",", ";", ":", "and,", "and ", "& ", "as well as ", "most recently,", "most recently ",
                         "or ", "the books ", "the book ", "books ", "book ", "is ", "was "] {
                if let rest = title.dropPrefixIgnoringCase(lead) {
                    title = Substring(rest.trimmed)
                    changed = true
                }
            }
        }
        title = title.droppingLast { $0 == "," || $0 == ";" || $0.isWhitespace }
        if let first = title.first, let last = title.last, first.isQuote, last.isQuote, title.count >= 2 {
            title = title.dropFirst().dropLast()
            title = title.droppingLast { $0 == "," }
        }
        let result = title.trimmed
        let words = result.split(separator: " ").count
        guard !result.isEmpty, words <= 40, result.first?.isLetter == true || result.first?.isNumber == true
        else { return nil }
        return result
    }

    private static func splitTitle(_ title: String) -> (String, String?) {
        guard let colon = title.fastRange(of: ": ") else { return (title, nil) }
        let main = title[..<colon.lowerBound].trimmed
        let sub = title[colon.upperBound...].trimmed
        return sub.isEmpty || main.isEmpty ? (title, nil) : (main, sub)
    }
}
