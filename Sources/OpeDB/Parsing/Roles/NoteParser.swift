/// Reads the author notes (bios) at the end of an article.
///
/// Each note paragraph belongs to one byline author: the one it names at its start (full name,
/// a variant with a middle initial, or the surname), or the previous note's author when it opens
/// with a pronoun, or the only author. Consecutive paragraphs about one author form one note.
/// From each note come the author's affiliation, any other spelling of their name, and books.
enum NoteParser {
    struct Result: Equatable {
        var notes: [AuthorNote] = []
        var aliases: [String: [String]] = [:]
        var affiliations: [String: String] = [:]
        var books: [CitedBook] = []
    }

    static func parse(paragraphs: [String], authors: [String]) -> Result {
        var result = Result()
        let names = authors.map(PersonName.init)
        var previous: String?
        for paragraph in paragraphs.flatMap({ splitAtAuthors($0, names: names) }) {
            let leading = leadingName(of: paragraph)
            var author: String?
            if let leading, let index = matchIndex(leading, in: names) {
                author = authors[index]
                if leading.key != names[index].key, leading.key != names[index].surname,
                   leading.baseKey == names[index].baseKey, !(result.aliases[authors[index]] ?? []).contains(leading.display) {
                    result.aliases[authors[index], default: []].append(leading.display)
                }
            } else if startsWithPronoun(paragraph) {
                author = previous ?? (authors.count == 1 ? authors[0] : nil)
            } else if authors.count == 1 {
                author = authors[0]
            } else if let index = firstMentioned(in: paragraph, names: names) {
                author = authors[index]
            } else {
                author = previous
            }
            if let last = result.notes.last, last.author == author, author != nil {
                result.notes[result.notes.count - 1].text += " " + paragraph
            } else {
                result.notes.append(AuthorNote(author: author, text: paragraph))
            }
            previous = author
        }
        for note in result.notes {
            let sentence = firstSentence(of: note.text)
            if let shared = sharedAffiliation(in: note.text, names: names, firstSentence: sentence) {
                for i in shared.indices where result.affiliations[authors[i]] == nil {
                    result.affiliations[authors[i]] = shared.text
                }
            }
            if let author = note.author, result.affiliations[author] == nil,
               let affiliation = affiliation(in: note.text, firstSentence: sentence) {
                result.affiliations[author] = affiliation
            }
            result.books += BookCitationParser.parse(note.text, author: note.author)
        }
        return result
    }

    /// A joint bio ("Ann Lee is … . Bo Kim is …") split where a sentence starts with another
    /// byline author's name, so each author gets their own note, affiliation and books.
    static func splitAtAuthors(_ paragraph: String, names: [PersonName]) -> [String] {
        guard names.count > 1 else { return [paragraph] }
        var pieces: [String] = []
        var rest = Substring(paragraph)
        var searchFrom = rest.startIndex
        while let boundary = rest[searchFrom...].fastRange(of: ". ") {
            let next = rest[boundary.upperBound...]
            // `Łukasz J. Rasmussen`: the period of an initial ends no sentence.
            let head = rest[..<boundary.lowerBound]
            let before = String(head[(head.lastIndex(of: " ").map(head.index(after:)) ?? head.startIndex)...])
            if PersonName.isInitial(before) || Vocabulary.abbreviations.contains(before) {
                searchFrom = boundary.upperBound
                continue
            }
            if let leading = leadingName(of: String(next.prefix(80))),
               names.contains(where: { $0.matches(leading) || $0.surname == leading.key }) {
                pieces.append(String(rest[..<boundary.lowerBound]) + ".")
                rest = next
                searchFrom = rest.startIndex
            } else {
                searchFrom = boundary.upperBound
            }
        }
        pieces.append(String(rest))
        return pieces
    }

    /// The name a note starts with: `Artemy M. Kalinovsky is …` → `Artemy M. Kalinovsky`.
    static func leadingName(of text: String) -> PersonName? {
        var words: [Substring] = []
        var sawComma = false
        for raw in text.split(separator: " ", maxSplits: 8).prefix(8) {
            var word = raw
            if word.hasSuffix(",") || word.hasSuffix("’s") || word.hasSuffix("'s") {
                word = word.hasSuffix(",") ? word.dropLast() : word.dropLast(2)
                sawComma = true
            }
            let folded = word.folded
            let isParticle = Vocabulary.nameParticles.contains(folded) && !words.isEmpty
            guard word.first?.isUppercase == true || isParticle || PersonName.isInitial(String(word)) else { break }
            if words.isEmpty, Vocabulary.honorifics.contains(folded.filter { $0 != "." }) {
                if sawComma { break }
                continue
            }
            if pronouns.contains(folded) { return nil }
            words.append(word)
            if sawComma { break }
        }
        while let last = words.last, Vocabulary.nameParticles.contains(last.folded) { words.removeLast() }
        guard !words.isEmpty, words.count <= 6 else { return nil }
        return PersonName(words.joined(separator: " "))
    }

    private static func matchIndex(_ leading: PersonName, in names: [PersonName]) -> Int? {
        if let exact = names.firstIndex(where: { $0.matches(leading) }) { return exact }
        // The surname alone, or the name followed by more capitalised words ("Jane Doe Institute" is rare).
        return names.firstIndex(where: { $0.surname == leading.key || leading.key.hasPrefix($0.key + " ") })
    }

    private static func firstMentioned(in text: String, names: [PersonName]) -> Int? {
        let folded = text.folded
        var best: (index: Int, position: String.Index)?
        for (i, name) in names.enumerated() {
            let needle = name.baseKey
            guard !needle.isEmpty, let range = folded.fastRange(of: needle) else { continue }
            if best == nil || range.lowerBound < best!.position { best = (i, range.lowerBound) }
        }
        return best?.index
    }

    private static func startsWithPronoun(_ text: String) -> Bool {
        guard let first = text.split(separator: " ", maxSplits: 1).first else { return false }
        return pronouns.contains(first.folded.filter(\.isLetter))
    }

    /// What the author is: the complement of `<Name> is …` or the apposition `<Name>, a …,`.
    static func affiliation(in note: String, firstSentence known: String? = nil) -> String? {
        let sentence = known ?? firstSentence(of: note)
        var clause: Substring?
        if let leading = leadingName(of: sentence) {
            let lastWord = leading.display.split(separator: " ").last.map(String.init) ?? ""
            if let nameEnd = sentence.fastRange(of: lastWord)?.upperBound {
                var rest = sentence[nameEnd...]
                if rest.hasPrefix("’s") || rest.hasPrefix("'s") { return nil }
                if rest.hasPrefix(",") {
                    rest = rest.dropFirst().drop(while: { $0 == " " })
                    if rest.hasPrefixIgnoringCase("a ") || rest.hasPrefixIgnoringCase("an ") || rest.hasPrefixIgnoringCase("the ") {
                        clause = rest.prefix(while: { $0 != "," })
                    }
                } else if let verb = rest.dropPrefixIgnoringCase(" is ") {
                    clause = verb
                } else if let verb = rest.dropFirst().split(separator: " ", maxSplits: 1).first,
                          activityVerbs.contains(String(verb)) {
                    // "Novák teaches urban planning at Charles University": the activity is the affiliation.
                    clause = rest.dropFirst()
                }
            }
        } else if let verb = sentence.split(separator: " ", maxSplits: 2).dropFirst().first, verb == "is",
                  startsWithPronoun(sentence) {
            clause = sentence.split(separator: " ", maxSplits: 2).last
        }
        return clause.flatMap { cleanAffiliation(String($0)) }
    }

    /// "Jane Doe and John Roe are economists at …": the shared affiliation and who it belongs to.
    static func sharedAffiliation(in note: String, names: [PersonName],
                                  firstSentence known: String? = nil) -> (indices: [Int], text: String)? {
        let sentence = known ?? firstSentence(of: note)
        guard let are = sentence.fastRange(of: " are "),
              let people = BylineParser.splitNames(String(sentence[..<are.lowerBound])), people.count >= 2 else { return nil }
        let indices = people.compactMap { person in names.firstIndex { $0.matches(PersonName(person)) } }
        guard indices.count >= 2, let text = cleanAffiliation(String(sentence[are.upperBound...])) else { return nil }
        return (indices, text)
    }

    /// An affiliation clause without what follows it (books, relative clauses) and its article.
    static func cleanAffiliation(_ clause: String) -> String? {
        var text = clause.trimmed
        for cut in [", and the author of", " and the author of", ", the author of", " and author of", ", author of",
                    ", and the editor of", " and the editor of", ", and co-author of", " and co-author of",
                    ", and is ", " and is ", ", where ", "; ", " who ", ", who "] {
            if let range = text.fastRange(of: cut) { text = String(text[..<range.lowerBound]) }
        }
        while let last = text.last, last == "." || last == "," || last.isWhitespace { text.removeLast() }
        for article in ["a ", "an ", "the "] {
            if let rest = text.dropPrefixIgnoringCase(article) { text = String(rest) }
        }
        let folded = text.folded
        let notAffiliation = ["the author of", "author of", "the editor of", "editor of", "co-author", "the co-author"]
        guard !text.isEmpty, text.count <= 300, !notAffiliation.contains(where: { folded.hasPrefix($0) }) else { return nil }
        return text
    }

    /// Text up to the first sentence end that is not an abbreviation or initial.
    static func firstSentence(of text: String) -> String {
        // Most first sentences end early: look in a prefix first, the whole note only when needed.
        let head = Array(text.prefix(400))
        if head.count < 400 { return firstSentence(head) ?? text }
        if let end = firstSentence(head), end.count + 2 < head.count { return end }
        return firstSentence(Array(text)) ?? text
    }

    /// The first sentence of `chars`, or nil when no sentence end is found.
    private static func firstSentence(_ chars: [Character]) -> String? {
        var i = 0
        while i < chars.count {
            if chars[i] == "." || chars[i] == "!" || chars[i] == "?" {
                let atEnd = i + 1 >= chars.count
                let followedByNewSentence = !atEnd && chars[i + 1] == " " && i + 2 < chars.count
                    && (chars[i + 2].isUppercase || chars[i + 2].isQuote)
                if atEnd || followedByNewSentence {
                    var k = i - 1
                    while k >= 0, chars[k].isLetter { k -= 1 }
                    let word = String(chars[(k + 1)..<i])
                    let isAbbreviation = word.count == 1 && word.first!.isUppercase
                        || Vocabulary.abbreviations.contains(word) || (k >= 0 && chars[k] == ".")
                    if atEnd || !isAbbreviation { return String(chars[..<(i + 1)]) }
                }
            }
            i += 1
        }
        return nil
    }

    private static let activityVerbs: Set<String> = ["teaches", "works", "lectures", "heads", "leads", "directs",
                                                     "runs", "covers", "chairs", "edits", "manages", "researches"]
    private static let pronouns: Set<String> = ["he", "she", "they", "his", "her", "their", "him", "them", "ze"]
}
