/// A line beside the headline that says only who wrote the article and when, as page themes
/// print it: `Redaktion am 3. Februar 2022 um 21:17`, `Charlotte Elsen — 31. Oktober 2023`,
/// `- 2 Apr, 2016`, `1.11.23 20:19 von Lars Sobiraj Lesezeit: 4 Min.`, `By Cat Lafuente/June 12,
/// 2020 9:49 am EST`.
///
/// Such a line is the page's furniture, not the article's text: its fields come from declared
/// metadata or the header roles, and a reader of the text never reads it. Every word must be
/// accounted for — a writer's name, a date or time, a month or weekday, or the few words such
/// lines are made of — so a sentence, a place's dateline (`Berlin, 3. Mai 2021`) or a category
/// list never is one.
enum MetaLine {
    /// Lines longer than this are text, whatever their words.
    static let maximumLength = 160

    /// A text's paragraphs (split at blank lines) as far as meta lines stand among them: the
    /// first `head` and the last `tail`, with what lies between as one piece, which is never a
    /// meta line and counts as text. Splitting a whole text cost 4% of a whole page's parse.
    static func ends(of text: String, head: Int = 8, tail: Int = 3) -> [String] {
        // Bytes, not characters: a `\r` before a blank line makes one character of `\r\n`.
        let bytes = text.utf8
        var first: [Substring] = []
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex, first.count < head {
            let next = bytes.index(after: index)
            if bytes[index] == 0x0A, next < bytes.endIndex, bytes[next] == 0x0A {
                first.append(text[start..<index])
                start = bytes.index(after: next)
                index = start
            } else {
                index = next
            }
        }
        let rest = text[start...]
        guard first.count == head else { return (first + [rest]).map(String.init) }
        // The rest's last paragraphs, found walking back from its end.
        var last: [Substring] = []
        var end = rest.endIndex
        index = end
        while index > rest.startIndex, last.count < tail {
            index = bytes.index(before: index)
            guard bytes[index] == 0x0A, index > rest.startIndex, bytes[bytes.index(before: index)] == 0x0A else { continue }
            last.append(text[bytes.index(after: index)..<end])
            index = bytes.index(before: index)
            end = index
        }
        let middle = text[rest.startIndex..<end]
        return (first + [middle] + last.reversed()).map(String.init)
    }

    /// `paragraphs` without their meta lines: those among the first three paragraphs of text
    /// (a meta line counts as none, so two in a row go) but the last two, and those that hold a
    /// date among the last two (`Publiziert: 03.04.2020, 12:35`; a name alone there is the writer
    /// signing the text). A line that holds only a date must hold the article's (`published`) or
    /// say what the date is (`Updated`): an obituary's life dates, a diary's days, an event's
    /// date closing its story are text. Nil when there is none, or when nothing else would be left.
    static func removed(from paragraphs: [String], names: [String], published: String?) -> [String]? {
        let names = nameWords(names)
        var meta = Set<Int>()
        var text = 0
        for index in paragraphs.indices.dropLast(2) where text < 3 {
            if matches(paragraphs[index], nameWords: names, published: published) { meta.insert(index) } else { text += 1 }
        }
        // `By` set apart over the names it introduces: the same line, broken.
        for index in meta.sorted() where index > 0 && !meta.contains(index - 1) && isLoneLabel(paragraphs[index - 1]) {
            meta.insert(index - 1)
        }
        text = 0
        for index in paragraphs.indices.reversed() where text < 2 && !meta.contains(index) {
            if matches(paragraphs[index], nameWords: names, published: published, requiringDate: true) { meta.insert(index) } else { text += 1 }
        }
        guard !meta.isEmpty, meta.count < paragraphs.count else { return nil }
        return paragraphs.indices.filter { !meta.contains($0) }.map { paragraphs[$0] }
    }

    /// Whether `text` (plain text, one paragraph) is a meta line of an article by `names`
    /// published on `published` (`YYYY-MM-DD`); with `requiringDate`, one that holds a date.
    static func matches(_ text: String, names: [String], published: String?, requiringDate: Bool = false) -> Bool {
        matches(text, nameWords: nameWords(names), published: published, requiringDate: requiringDate)
    }

    /// The folded words of the writers' names, made once for all the paragraphs they are sought in.
    private static func nameWords(_ names: [String]) -> Set<String> {
        Set(names.flatMap { words(of: $0.folded).map(String.init) })
    }

    private static func matches(_ text: String, nameWords: Set<String>, published: String?, requiringDate: Bool = false) -> Bool {
        guard !text.isEmpty, text.utf8.count <= maximumLength * 4, text.count <= maximumLength,
              !text.containsASCII("\n") else { return false }
        var namesAWriter = false
        var numbers = 0
        var readingTime = false
        var saysWhatDate = false
        for word in words(of: text.folded) {
            let word = String(word)
            if word.first?.isNumber == true {
                numbers += 1
            } else if readingTimeWords.contains(word) {
                readingTime = true
            } else if nameWords.contains(word) {
                namesAWriter = true
            } else if dateMarkers.contains(word) {
                saysWhatDate = true
            } else if !lineWords.contains(word), !VisibleByline.calendarWords.contains(word), !DateText.isMonthName(word) {
                return false
            }
        }
        // A writer's name, the article's date or a reading time: a line of numbers and
        // connectors alone (`4 Kommentare`) says none of them.
        let holdsDate = numbers > 0 && DateText.find(text).map { saysWhatDate || $0 == published } == true
        return requiringDate ? holdsDate : namesAWriter || holdsDate || (numbers > 0 && readingTime)
    }

    /// A byline's or date line's label set apart (`By`, `- Von`, `Datum:`), over the line it introduces.
    static func isLoneLabel(_ text: String) -> Bool {
        guard text.count <= 30 else { return false }
        let core = String(text.drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed())
        return !core.isEmpty && (VisibleByline.isLoneLabel(core) || dateLabels.contains(core.folded))
    }

    /// A date line's label standing alone, folded.
    static let dateLabels: Set<String> = [
        "datum", "date", "posted", "posted on", "published", "published on", "veroffentlicht", "veroffentlicht am",
        "aktualisiert", "aktualisiert am", "updated", "updated on", "publie le", "publicado", "publicado el",
    ]

    /// Words that say what a line's date is (`Updated`, `Veröffentlicht`), folded: such a date
    /// is the page's, whichever day it names.
    static let dateMarkers: Set<String> = [
        "posted", "published", "publie", "publicado", "pubblicato", "veroffentlicht", "publiziert", "gepostet",
        "eingestellt", "erstellt", "updated", "update", "aktualisiert", "actualizado", "zuletzt", "geandert", "modified",
    ]

    /// The words of folded text: runs of letters, and runs of digits (a date run into a name,
    /// `201914.` or `2023Octavius`, splits at the change).
    private static func words(of folded: String) -> [Substring] {
        var result: [Substring] = []
        var start: String.Index?
        var digits = false
        for index in folded.indices {
            let c = folded[index]
            let isWordCharacter = c.isLetter || c.isNumber
            if let s = start, !isWordCharacter || c.isNumber != digits {
                result.append(folded[s..<index])
                start = nil
            }
            if isWordCharacter, start == nil {
                start = index
                digits = c.isNumber
            }
        }
        if let s = start { result.append(folded[s...]) }
        return result
    }

    /// The words meta lines are made of besides names, dates and ``dateMarkers``, folded: byline
    /// and date connectors, a time's words and zones, reading time, comment counts, a writer's role.
    static let lineWords: Set<String> = {
        var words: Set<String> = [
            // Connectors and verbs.
            "by", "von", "vom", "am", "um", "on", "at", "par", "le", "de", "del", "el", "por", "il", "da", "door",
            "przez", "av", "af", "and", "und", "et", "y", "e", "en", "from", "geschrieben", "verfasst", "written",
            "mis", "jour", "last", "stand", "datum", "date", "autor", "autorin", "author", "auteur", "text", "redaktion",
            // A time, its zone, how long ago.
            "uhr", "h", "hrs", "a", "m", "p", "pm", "utc", "gmt", "cet", "cest", "mez", "mesz", "est", "edt",
            "ct", "cst", "cdt", "pt", "pst", "pdt", "bst", "ist", "msk", "ago", "vor", "hours", "hour", "stunden",
            "stunde", "days", "tagen", "min", "minutes", "minuten", "minutos",
            // Reading time and counts.
            "mins", "minute", "time", "ca", "etwa", "temps", "tiempo", "comments",
            "comment", "kommentare", "kommentar", "keine", "noch", "no", "likes", "shares",
        ]
        words.formUnion(Vocabulary.roles)
        return words
    }()

    /// Words that say how long the text takes to read (`3 min read`, `Lesezeit: 4 Min.`, `Temps
    /// de lecture : 5 minutes`), folded.
    /// A duration alone (`30 Min.`) may be a recipe's or a video's: these words make it the text's.
    static let readingTimeWords: Set<String> = ["read", "reading", "lesezeit", "lesedauer", "lecture", "lectura"]
}
