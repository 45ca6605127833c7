/// Reads a byline: `By [A](#)`, `By [A](#) and [B](#)`, `By A, B and C`, `**By A**`,
/// `Authors: A; B`, possibly with a date after a separator (`By A | May 8, 2017`).
enum BylineParser {
    struct Byline: Equatable {
        var names: [String]
        var date: DateParser.Found?
    }

    static func parse(_ paragraph: String) -> Byline? {
        // A cheap test on the raw text (markup skipped) before the plain text is computed.
        guard paragraph.utf8.count <= 3_000 else { return nil }
        let opening = Substring(paragraph).drop(while: { $0 == "*" || $0 == "_" || $0 == " " || $0 == "[" || $0 == "`" })
        guard ["by", "written", "words", "author"].contains(where: { opening.hasPrefixIgnoringCase($0) }) else {
            return withOtherOpener(paragraph)
        }
        var text = Inline.plainTextSeparatingLinks(paragraph)
        guard text.count <= 300 else { return nil }
        var matched = false
        for prefix in Vocabulary.bylinePrefixes {
            if let rest = text.dropPrefixIgnoringCase(prefix) {
                text = rest.trimmed
                matched = true
                break
            }
        }
        guard matched, !text.isEmpty else { return nil }
        var date: DateParser.Found?
        for separator in [" | ", " · ", " • ", " — ", " – ", " - ", "\n"] {
            guard let range = text.fastRange(of: separator) else { continue }
            let tail = String(text[range.upperBound...])
            if let found = DateParser.parseLine(tail) {
                date = found
                text = String(text[..<range.lowerBound]).trimmed
            }
        }
        // `Written by Jane Doe on November 14, 2019`.
        if date == nil, let on = text.range(ofLast: " on "), let found = DateParser.parseLine(String(text[on.upperBound...])) {
            date = found
            text = String(text[..<on.lowerBound]).trimmed
        }
        // A labelled byline keeps every name, however many: the article is stored with a
        // warning (``nameLimit``) rather than without authors and date.
        guard let names = splitNames(text, limit: nil) else { return nil }
        return Byline(names: names, date: date)
    }

    /// A byline opened as pages in other languages open it (`Von Anna Berg`, `Par Anne Dupont`,
    /// `Autor: Jan Kowalski`, `Erstellt von …`): read as ``VisibleByline`` reads a page's byline, so
    /// both readers know the same openers. Stricter than an English `By`, because `Von` and
    /// `Por` also open sentences: a short line, and full names only — two or more words, each
    /// capitalised or a surname's particle (`Por Dios` is no byline).
    static func withOtherOpener(_ paragraph: String) -> Byline? {
        guard paragraph.utf8.count <= 400 else { return nil }
        let text = Inline.plainText(paragraph)
        guard text.count <= 120, VisibleByline.mayOpen(text) else { return nil }
        let names = VisibleByline.names(in: text, requireOpener: true)
        // `Von A, B und C, NDR`: the desk named last is no person; most must be.
        let people = names.filter(isFullName)
        guard !people.isEmpty, people.count * 3 >= names.count * 2 else { return nil }
        // `Posted by Jane Doe on 5 April 2015`, `Von Jana Roth am 3. Mai 2021`: the date after
        // the names is the byline's.
        var date: DateParser.Found?
        for connector in [" on ", " am ", " le ", " el ", " il ", " | ", " · ", " – ", " - ", ", "] {
            // In the languages of the web, as a page's date line is read (``DateText``).
            if let range = text.range(ofLast: connector), let iso = DateText.find(String(text[range.upperBound...])) {
                date = DateParser.Found(iso: iso, isUpdate: false)
                break
            }
        }
        return Byline(names: people, date: date)
    }

    private static func isFullName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return words.count >= 2 && looksLikeName(name) && words.allSatisfy { word in
            word.first?.isUppercase == true || Vocabulary.nameParticles.contains(word.lowercased())
        }
    }

    /// More names than this in a list that is not a labelled byline (a credit, a sentence of a
    /// note) is not a list of people; a byline with more is kept, with a warning.
    static let nameLimit = 12

    /// `A, B and C` → `[A, B, C]`; nil when a part does not look like a name, or when there are
    /// more than `limit` parts.
    static func splitNames(_ text: String, limit: Int? = nameLimit) -> [String]? {
        var parts: [String] = []
        for chunk in text.split(separator: ";") {
            for piece in chunk.split(separator: ",") {
                for name in splitOnConjunction(String(piece)) {
                    let trimmed = normalizedCase(withoutHonorific(withoutTrailer(withoutHandle(FootnoteMark.trimmed(name.trimmed)))))
                    // A job title after a name ("Jane Doe, Staff Writer"), never the first part.
                    if trimmed.isEmpty || (!parts.isEmpty && (isRole(trimmed) || isCredential(trimmed))) { continue }
                    if let last = parts.last, Vocabulary.nameSuffixes.contains(trimmed.folded.filter { $0 != "." }) {
                        parts[parts.count - 1] = last + ", " + trimmed
                    } else {
                        parts.append(trimmed)
                    }
                }
            }
        }
        guard !parts.isEmpty, parts.count <= limit ?? .max, parts.allSatisfy(looksLikeName) else { return nil }
        return parts
    }

    private static func splitOnConjunction(_ text: String) -> [String] {
        var result: [String] = []
        var current: [Substring] = []
        for word in text.split(separator: " ") {
            if word == "and" || word == "&" || word == "And" {
                result.append(current.joined(separator: " "))
                current = []
            } else {
                current.append(word)
            }
        }
        result.append(current.joined(separator: " "))
        return result
    }

    /// `JANE DOE` → `Jane Doe`: an all-capitals byline is typography, not the name's spelling.
    static func normalizedCase(_ name: String) -> String {
        let letters = name.filter(\.isLetter)
        guard letters.count >= 4, letters.allSatisfy({ $0.isUppercase }) else { return name }
        return name.split(separator: " ").map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map { part in
                part.prefix(1) + part.dropFirst().lowercased()
            }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// `Jane Doe @jdoe`, `Jane Doe@jdoe` (a converter glues the writer's two links) → `Jane Doe`:
    /// a social handle ending the name is not part of it. An e-mail address is left alone.
    static func withoutHandle(_ name: String) -> String {
        guard let at = name.firstIndex(of: "@"), at > name.startIndex, case let handle = name[name.index(after: at)...],
              !handle.isEmpty, handle.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return name }
        return String(name[..<at]).trimmed
    }

    /// `Jane Doe Staff Writer` → `Jane Doe` (a job title glued on without its comma); `Jane Doe
    /// on` → `Jane Doe` (the date that followed the word went to another line). Two words of the
    /// name stay at least.
    static func withoutTrailer(_ name: String) -> String {
        let all = name.split(separator: " ")
        var words = all[...]
        while words.count > 2, let last = words.last, Vocabulary.roles.contains(last.folded) { words.removeLast() }
        if words.count > 2, let last = words.last, last.first?.isLowercase == true, VisibleByline.dateWords.contains(String(last)) {
            words.removeLast()
        }
        return words.count == all.count ? name : words.joined(separator: " ")
    }

    /// `Dr. Helena Marsh` → `Helena Marsh`: titles are not part of the name.
    static func withoutHonorific(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count >= 3, Vocabulary.honorifics.contains(words[0].folded.filter { $0 != "." }) else { return name }
        return words.dropFirst().joined(separator: " ")
    }


    /// `MS`, `R.D.`, `PhD`: a degree or credential after a name, not a second author.
    static func isCredential(_ text: String) -> Bool {
        Vocabulary.credentials.contains(text.folded.filter { $0 != "." && $0 != " " })
    }

    /// `Staff Writer`, `Moscow Correspondent`: a job title after a name, not a second author.
    static func isRole(_ text: String) -> Bool {
        let words = text.folded.split(separator: " ")
        if words.contains(where: { Vocabulary.roles.contains(String($0)) }) { return true }
        // `Projektleiterin der Stiftung`: a German compound title opens the part.
        guard let first = words.first else { return false }
        return Vocabulary.roleEndings.contains { first.count >= $0.count + 3 && first.hasSuffix($0) }
    }

    /// One to six words, mostly capitalised (a word in a script without case counts as
    /// capitalised: `王小明`), no digits, no sentence punctuation.
    static func looksLikeName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (1...6).contains(words.count), name.count <= 80 else { return false }
        guard !name.contains(where: { $0.isNumber || "!?:\"“”()".contains($0) }) else { return false }
        let capitalised = words.filter { word in
            guard let first = word.first, first.isLetter else { return false }
            return !first.isLowercase
        }.count
        return capitalised >= 1 && capitalised * 2 >= words.count
    }
}
