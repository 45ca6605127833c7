/// Reads the dates articles print: `May 08, 2017`, `8 May 2017`, `Sept. 3, 2019`, `2017-05-08`,
/// `Updated: July 27, 2021`, with an optional weekday before and a time after.
enum DateParser {
    struct Found: Equatable {
        /// `YYYY-MM-DD`.
        var iso: String
        /// The line said `Updated`.
        var isUpdate: Bool
    }

    /// The date when `line` is a date line and nothing else (a time or time zone may follow).
    static func parseLine(_ line: String) -> Found? {
        var text = Inline.plainText(line)
        guard !text.isEmpty, text.count <= 80 else { return nil }
        var isUpdate = false
        for prefix in ["last updated", "updated on", "updated", "published on", "published", "posted on",
                       "posted", "date", "first published"] {
            if let rest = text.dropPrefixIgnoringCase(prefix) {
                let after = rest.drop(while: { $0 == ":" || $0 == " " || $0 == "-" })
                if after.count < rest.count || rest.first == ":" || prefix.hasSuffix("on") {
                    isUpdate = prefix.contains("updated")
                    text = String(after)
                    break
                }
            }
        }
        // Two dates on one line ("May 8, 2017 | Updated: May 9, 2017"): the first is the page date.
        for separator in [" | ", " · ", " • "] {
            if let range = text.fastRange(of: separator) {
                let head = String(text[..<range.lowerBound])
                if let found = parseLine(head) { return Found(iso: found.iso, isUpdate: isUpdate || found.isUpdate) }
            }
        }
        guard let (iso, rest) = parseDate(text), isTimeLike(rest) else { return nil }
        return Found(iso: iso, isUpdate: isUpdate)
    }

    /// A date line in English as ``parseLine(_:)`` reads it, else a short line that is a date as
    /// pages in other languages and notations print it (`28.04.2020 18:00 Uhr`, `Stand:
    /// 28.04.2020`, `3. Mai 2021`, `21 octobre 2019`), read as ``DateText`` reads a page's date
    /// line: six words at most, so a sentence is no date line.
    static func parseAnyLine(_ line: String) -> Found? {
        if let found = parseLine(line) { return found }
        guard line.utf8.count <= 200 else { return nil }
        let text = Inline.plainText(line)
        guard !text.isEmpty, text.count <= 48, text.split(separator: " ").count <= 6,
              let iso = DateText.find(text) else { return nil }
        let folded = text.folded
        let isUpdate = ["aktualisiert", "updated", "mis a jour", "actualizado", "aggiornato"].contains { folded.contains($0) }
        return Found(iso: iso, isUpdate: isUpdate)
    }

    /// A `/YYYY/MM/DD/` date in a URL's path.
    static func dateInURL(_ url: String) -> String? {
        let parts = url.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        for i in 0..<(parts.count - 2) {
            guard parts[i].count == 4, let y = Int(parts[i]), (1800...2200).contains(y),
                  (1...2).contains(parts[i + 1].count), let m = Int(parts[i + 1]),
                  (1...2).contains(parts[i + 2].count), let d = Int(parts[i + 2]) else { continue }
            if let iso = isoDate(y, m, d) { return iso }
        }
        return nil
    }

    /// Parses a date at the start of `text`; returns it and what follows.
    static func parseDate(_ text: String) -> (String, Substring)? {
        var tokens = Tokens(text)
        // Optional weekday.
        if let word = tokens.peekWord(), weekdays.contains(word.folded.trimmingDot) {
            tokens.nextWord()
            tokens.skipSeparators()
        }
        if let n = tokens.peekNumber(), n.count == 4, let y = Int(n) {
            // 2017-05-08 or 2017/05/08
            tokens.nextNumber()
            guard let sep = tokens.nextChar(), sep == "-" || sep == "/" || sep == ".",
                  let m = tokens.nextNumber().flatMap({ Int($0) }),
                  tokens.nextChar() == sep,
                  let d = tokens.nextNumber().flatMap({ Int($0) }),
                  let iso = isoDate(y, m, d) else { return nil }
            return (iso, tokens.rest)
        }
        if let dayText = tokens.peekNumber(), dayText.count <= 2, let d = Int(dayText) {
            // 8 May 2017
            tokens.nextNumber()
            tokens.skipSeparators(allowingPeriod: true)
            guard let word = tokens.nextWord(), let m = month(word) else { return nil }
            tokens.skipSeparators(allowingPeriod: true)
            guard let yText = tokens.nextNumber(), yText.count == 4, let y = Int(yText),
                  let iso = isoDate(y, m, d) else { return nil }
            return (iso, tokens.rest)
        }
        // May 8, 2017 / Jan. 5, 2020
        guard let word = tokens.nextWord(), let m = month(word) else { return nil }
        tokens.skipSeparators(allowingPeriod: true)
        guard let dText = tokens.nextNumber(), dText.count <= 2, let d = Int(dText) else { return nil }
        tokens.skipOrdinalSuffix()
        tokens.skipSeparators()
        guard let yText = tokens.nextNumber(), yText.count == 4, let y = Int(yText),
              let iso = isoDate(y, m, d) else { return nil }
        return (iso, tokens.rest)
    }

    static func isoDate(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1...12).contains(m), d >= 1 else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= lengths[m - 1], (1000...9999).contains(y) else { return nil }
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    private static func month(_ word: Substring) -> Int? {
        let w = word.folded.trimmingDot
        if let full = months.firstIndex(of: w) { return full + 1 }
        if w.count >= 3, let abbreviated = months.firstIndex(where: { $0.hasPrefix(w) }) {
            return abbreviated + 1
        }
        return nil
    }

    /// After the date: nothing, or a time and zone (`, 10:32 am MSK`, `at 14:00 GMT`).
    private static func isTimeLike(_ rest: Substring) -> Bool {
        let text = rest.trimmed
        if text.isEmpty { return true }
        guard text.count <= 30 else { return false }
        let hasClock = text.containsASCII(":") && text.contains(where: \.isNumber)
        let words = text.split(whereSeparator: { !$0.isLetter })
        let allowed: Set<String> = ["at", "am", "pm", "a", "m", "p", "utc", "gmt", "msk", "et", "est", "edt",
                                    "bst", "cet", "cest", "pt", "pst", "pdt", "ist", "updated"]
        let wordsOK = words.allSatisfy { allowed.contains($0.lowercased()) || ($0.count <= 4 && $0.allSatisfy(\.isUppercase)) }
        return wordsOK && (hasClock || words.isEmpty == false || text.allSatisfy { ",|·-() ".contains($0) })
    }

    private static let months = ["january", "february", "march", "april", "may", "june", "july",
                                 "august", "september", "october", "november", "december"]
    private static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday",
                                                "saturday", "sunday", "mon", "tue", "tues", "wed",
                                                "thu", "thur", "thurs", "fri", "sat", "sun"]
}

private extension String {
    var trimmingDot: String { hasSuffix(".") ? String(dropLast()) : self }
}

/// A tiny cursor over a date string: words, numbers and separators.
private struct Tokens {
    var text: Substring
    init(_ text: String) { self.text = Substring(text) }

    var rest: Substring { text }

    mutating func skipSpaces() { text = text.drop(while: { $0 == " " }) }

    mutating func skipSeparators(allowingPeriod: Bool = false) {
        text = text.drop(while: { $0 == " " || $0 == "," || (allowingPeriod && $0 == ".") })
    }

    func peekWord() -> Substring? {
        let t = text.drop(while: { $0 == " " })
        let word = t.prefix(while: { $0.isLetter || $0 == "." })
        return word.isEmpty ? nil : word
    }

    @discardableResult
    mutating func nextWord() -> Substring? {
        skipSpaces()
        let word = text.prefix(while: { $0.isLetter })
        guard !word.isEmpty else { return nil }
        text = text.dropFirst(word.count)
        if text.first == "." { text = text.dropFirst() }
        return word
    }

    func peekNumber() -> Substring? {
        let t = text.drop(while: { $0 == " " })
        let n = t.prefix(while: { $0.isASCII && $0.isNumber })
        return n.isEmpty ? nil : n
    }

    @discardableResult
    mutating func nextNumber() -> Substring? {
        skipSpaces()
        let n = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard !n.isEmpty else { return nil }
        text = text.dropFirst(n.count)
        return n
    }

    mutating func nextChar() -> Character? {
        guard let c = text.first else { return nil }
        text = text.dropFirst()
        return c
    }

    mutating func skipOrdinalSuffix() {
        for suffix in ["st", "nd", "rd", "th"] where text.hasPrefix(suffix) {
            text = text.dropFirst(2)
            return
        }
    }
}
