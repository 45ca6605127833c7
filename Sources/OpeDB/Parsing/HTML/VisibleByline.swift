/// Reads the names in a byline as pages print it, in the languages of the web: `By Jane Doe`,
/// `Von Max Muster | 3. Mai 2021`, `Posted by admin on May 3`, `Publié par Anne Dupont le …`,
/// `Autor: Jan Kowalski`.
enum VisibleByline {
    /// Words that open a byline, folded and longest first.
    static let openers = [
        "veroffentlicht von", "geschrieben von", "verfasst von", "erstellt von", "eingestellt von", "gepostet von",
        "ein beitrag von", "ein artikel von", "ein gastbeitrag von", "gastbeitrag von", "blog beitrag von", "blogbeitrag von",
        "eine kolumne von", "kolumne von", "ein kommentar von", "ein essay von", "a column by", "an essay by",
        "beitrag von", "interview:",
        // An author box's link to the writer's page (`View all posts by …`, `Alle Beiträge von …`).
        "view all posts by", "all posts by", "more posts by", "alle beitrage von", "alle artikel von", "alles von",
        "tous les articles de", "todos los articulos de",
        // Credit lines naming the writer first (`Text & Fotos: …`, `Text von … Illustration von …`).
        "text und fotos:", "text & fotos:", "text/fotos:", "text und bilder:", "text & bilder:", "text and photos:",
        "text & photos:", "text von", "text by",
        "artikel von:", "artikel von", "written by",
        "posted by", "published by", "words by", "publie par", "ecrit par", "escrito por", "publicado por",
        "scritto da", "pubblicato da", "geschreven door", "gepost door", "autorin:", "autor:", "author:",
        "auteur:", "autore:", "autora:", "text:", "by:", "von:", "by", "von", "vom", "par", "por", "door", "di", "przez", "av", "af",
    ]

    /// What joins the two people of an interview's byline (`Jane Doe im Gespräch mit John Roe`).
    static let interviewJoiners = [" im Gespräch mit ", " in conversation with "]

    /// A date phrase that opens a byline, and the word that then introduces the names.
    static let datedOpeners: [(opening: String, connector: String)] = [
        ("posted on ", " by "), ("published on ", " by "), ("veroffentlicht am ", " von "), ("publie le ", " par "),
        ("publicado el ", " por "), ("pubblicato il ", " da "),
        // `Posted in News by Jane Doe on May 3`: a blog theme's category first.
        ("posted in ", " by "),
    ]

    /// The first words of ``openers``: a cheap test before the full reading.
    private static let openingWords: Set<String> = Set(openers.map { String($0.prefix(while: { $0 != " " && $0 != ":" })) })

    /// Whether `text` starts with a byline word (`By`, `Posted`, `Autor:`…), case and accents
    /// aside; `Veröffentlicht vonX` counts too.
    static func mayOpen(_ text: String) -> Bool {
        let first = text.utf8.prefix(while: { $0 != 0x20 && $0 != UInt8(ascii: ":") }).prefix(20)
        let word = String(decoding: first, as: UTF8.self).folded
        if openingWords.contains(word) { return true }
        // `ByJane Doe`: a theme's `<span>By</span><a>Jane Doe</a>` read as one text.
        if word.hasPrefix("by"), word.count > 2, text.utf8.dropFirst(2).first.map({ $0 >= 0x41 && $0 <= 0x5A }) == true { return true }
        return openingWords.contains { $0.count >= 3 && word.hasPrefix($0) }
    }

    /// The parts of a date or meta line that open with a byline word: `By Jane Doe` of
    /// `Opinion | By Jane Doe | May 3, 2021`, `Autor: Jane Doe Quelle: Planet` of
    /// `Datum: 3.5.2021 Autor: Jane Doe Quelle: Planet`.
    static func labelledParts(of text: String) -> [String] {
        let plain = text.collapsingWhitespace
        guard !plain.isEmpty, plain.count <= 200 else { return [] }
        var parts: [String] = []
        let segments = segments(of: plain, at: lineSeparators)
        for segment in segments.dropFirst() where mayOpen(segment.trimmed) { parts.append(segment.trimmed) }
        let words = plain.split(separator: " ")
        for index in words.indices.dropFirst() where colonLabels.contains(words[index].folded) {
            parts.append(words[index...].joined(separator: " "))
        }
        // `Autor Jane Doe` in a meta box: a label without its colon before the names.
        if let first = words.first, words.count >= 3, isLoneLabel(String(first)), !first.hasSuffix(":") {
            parts.append(first + ": " + words.dropFirst().joined(separator: " "))
        }
        return parts
    }

    /// The names a credit line gives after a label with its colon (`Autor: Jane Doe`, `Auteur :
    /// Anne Dupont`, `Datum: 3.5.2021 Autor: Jane Doe Quelle: Planet`), or empty: under the
    /// text or in a meta list, where a bare `by` may be anyone's.
    static func labelledCredit(_ text: String) -> [String] {
        let plain = text.collapsingWhitespace
        guard !plain.isEmpty, plain.count <= 200 else { return [] }
        let whole = plain.folded.replacingOccurrences(of: " :", with: ":")
        for part in [plain] + labelledParts(of: plain) {
            let folded = part.folded.replacingOccurrences(of: " :", with: ":")
            // The label as the line prints it, colon and all (`labelledParts` adds one to a bare `By`).
            guard creditLabels.contains(where: { folded.hasPrefix($0) && whole.fastContains($0) }) else { continue }
            let names = names(in: part, requireOpener: true)
            if !names.isEmpty { return names }
        }
        return []
    }

    /// The openers that are labels, with their colon (`autor:`, `text & fotos:`).
    private static let creditLabels = openers.filter { $0.hasSuffix(":") }

    /// Whether `text` is a byline label standing alone (`Autor`, `By`, `Auteur :`): the page
    /// prints the names in the next element.
    static func isLoneLabel(_ text: String) -> Bool {
        var folded = text.collapsingWhitespace.folded
        while let last = folded.last, last == ":" || last == " " { folded.removeLast() }
        return loneLabels.contains(folded)
    }

    /// Byline labels printed in an element of their own, folded, without their colon.
    private static let loneLabels: Set<String> = [
        "by", "von", "par", "por", "di", "door", "autor", "autorin", "autoren", "autorinnen", "author", "authors",
        "auteur", "auteurs", "autore", "autori", "autora", "autores", "text", "written by", "geschrieben von",
    ]

    /// The one person a date line names beside its dates and times: `Jane Doe, 01.12.2021`,
    /// `04.02.2022 | 13:10 Uhr | Jane Doe`, `Jane Doe | Publicado hace 3 horas`. Empty unless
    /// exactly one part is free of digits and shaped like a full name (two to four capitalised
    /// words) and another part holds a number.
    static func datelineNames(in text: String) -> [String] {
        // `Jane Doe Stand: 05.02.2020`: a label with its colon opens the next part.
        let plain = text.collapsingWhitespace.split(separator: " ").enumerated()
            .map { $0.offset > 0 && $0.element.count > 2 && $0.element.hasSuffix(":") ? "| " + $0.element : String($0.element) }
            .joined(separator: " ")
        guard !plain.isEmpty, plain.count <= 120 else { return [] }
        var parts = segments(of: plain, at: lineSeparators + [", "]).map { $0.trimmed }.filter { !$0.isEmpty }
        guard parts.contains(where: { $0.contains(where: \.isNumber) }) else { return [] }
        if !parts.contains(where: { !$0.contains(where: \.isNumber) }) {
            // `Jane Doe 19.10.2019`, `28. Jan. 2022 Jane Doe`: the name and the date in one part.
            parts = parts.flatMap(splittingNameFromDate)
        }
        let wordy = parts.filter { !$0.contains(where: \.isNumber) }
        guard wordy.count == 1, let name = wordy.first else { return [] }
        let words = name.split(separator: " ")
        guard (2...4).contains(words.count), isNameShaped(name), !Vocabulary.otherWorkCredits.contains(words[0].folded.trimmingPunctuation),
              words.allSatisfy({ $0.first?.isUppercase == true && !calendarWords.contains($0.folded) && !dateWords.contains($0.folded) })
        else { return [] }
        return names(in: name, requireOpener: false)
    }

    /// `Jane Doe 19.10.2019` → `Jane Doe`, `19.10.2019`; `28. Jan. 2022 Jane Doe` → the date,
    /// `Jane Doe`; a converter's `Doe19.10.2019` is read as `Doe 19.10.2019`. Two to four
    /// capitalised words on one side, a date line on the other; else the part as it is.
    static func splittingNameFromDate(_ part: String) -> [String] {
        var spaced = ""
        var previous: Character?
        for c in part {
            if c.isNumber, let p = previous, p.isLetter, p.isLowercase { spaced.append(" ") }
            spaced.append(c)
            previous = c
        }
        let words = spaced.split(separator: " ")
        let isNameWord = { (w: Substring) in w.first?.isUppercase == true && !w.contains(where: \.isNumber) }
        for k in stride(from: min(4, words.count - 1), through: 2, by: -1) {
            let head = words.prefix(k).joined(separator: " "), tail = words.dropFirst(k).joined(separator: " ")
            if words.prefix(k).allSatisfy(isNameWord), tail.first?.isNumber == true, DateText.find(tail) != nil { return [head, tail] }
            let front = words.dropLast(k).joined(separator: " "), back = words.suffix(k).joined(separator: " ")
            if words.suffix(k).allSatisfy(isNameWord), DateParser.parseAnyLine(front) != nil { return [front, back] }
        }
        return [part]
    }

    /// The writer's name alone closing an article, set apart as a signature: `**Jane Doe**`
    /// (the whole paragraph bold or italic) or `(Jane Doe)`. Empty unless it is a full name —
    /// two to four capitalised words, no digits, no desk or organisation.
    static func signatureNames(markup: String, plain: String) -> [String] {
        var text = Substring(plain.trimmed)
        // `(Jane Doe) +++`: an end mark after the signature.
        text = text.droppingLast { !$0.isLetter && $0 != ")" }
        let emphasised = markup.trimmed.hasPrefix("*") && markup.trimmed.hasSuffix("*")
        if text.first == "(", text.last == ")" {
            text = text.dropFirst().dropLast()
        } else if !emphasised {
            return []
        }
        let name = String(text).trimmed
        let words = name.split(separator: " ")
        guard name.count <= 40, (2...4).contains(words.count), !name.contains(where: \.isNumber), isNameShaped(name),
              words.allSatisfy({ $0.first?.isUppercase == true }), !deskNames.contains(name.folded),
              !Vocabulary.leadingArticles.contains(words[0].folded),
              !HTMLText.isOrganisationName(name) else { return [] }
        let found = names(in: name, requireOpener: false)
        return found == [name] ? found : []
    }

    /// Whether `name` only spells the site's host: `Wren-Archiv` on `archiv.wren.example`, each
    /// word one of the host's labels. A theme's logo marked up as the author card (`<h1
    /// class="vcard author">`) prints the site, not a person.
    static func spellsHost(_ name: String, host: String?) -> Bool {
        guard let host else { return false }
        let labels = Set(host.lowercased().split(separator: ".").dropLast().filter { $0.count >= 3 && $0 != "www" }.map(String.init))
        let words = name.folded.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." }).map(String.init)
        return !words.isEmpty && words.allSatisfy { labels.contains($0) }
    }

    /// Class words in the byline languages that mark an element as a byline, as `author` and
    /// `byline` do in English (`content-autor`, `autores`): read on the element's last word, so
    /// `autor-bild` (the writer's photo) or `autor-bio` is no byline, nor a photo credit
    /// (`foto-autor`).
    static func isBylineClass(_ classes: String) -> Bool {
        // Most elements' classes hold no `aut`: a scan of their bytes before any allocation.
        let bytes = classes.utf8
        guard bytes.indices.contains(where: { index in
            let rest = bytes[index...].prefix(3)
            return rest.count == 3 && rest.elementsEqual("aut".utf8, by: { $0 | 0x20 == $1 })
        }) else { return false }
        return classes.lowercased().split(separator: " ").contains { token in
            let words = token.split(whereSeparator: { $0 == "-" || $0 == "_" })
            guard let last = words.last, bylineClassWords.contains(String(last)) else { return false }
            return !words.dropLast().contains { notBylineClassWords.contains(String($0)) }
        }
    }

    private static let bylineClassWords: Set<String> = ["autor", "autores", "autoren", "autora", "auteur", "auteurs", "autore", "autori"]
    private static let notBylineClassWords: Set<String> = ["foto", "photo", "img", "image", "bild", "imagen", "avatar"]

    /// What separates the parts of a date or meta line (`Opinion | By Jane Doe | May 3`).
    private static let lineSeparators = [" | ", " · ", " • ", " – ", " — ", " - "]

    /// `text` split at every one of `separators`.
    private static func segments(of text: String, at separators: [String]) -> [Substring] {
        var segments = [Substring(text)]
        for separator in separators {
            segments = segments.flatMap { $0.split(separator: separator).map { $0 } }
        }
        return segments
    }

    /// Byline labels with their colon, folded: they open names anywhere in a line of labels.
    private static let colonLabels: Set<String> = ["autor:", "autorin:", "author:", "auteur:", "autore:", "autora:", "by:", "von:"]

    /// Where the names end: a date, a time, a place or a separator follows.
    private static let stops = [
        " | ", " · ", " • ", " – ", " — ", " - ", "/", "@", " am ", " on ", " um ", " le ", " el ", " il ",
        " in ", " im ", " at ", " dans ", " en ", " op ", " updated", " aktualisiert", " published", " veroffentlicht",
        " , ", " datum", " date:", " hace ",
        // `Posted by Jane Doe under News`: a blog theme's category after the names.
        " under ",
        // An author box's link after the name (`Martin Roe Kontakt`, `Jane Doe Contact`).
        " kontakt", " contact",
        // The next credit on the same line (`Text von Ana Roth Illustration von …`).
        " illustration", " fotos:", " foto:", " fotos von", " foto von", " photos:", " photos by", " photo by",
        " bilder:", " bild:",
        "(", "\n",
    ]

    /// The names in `text`; with `requireOpener`, only when the text starts with a byline word
    /// (a short paragraph that merely names someone is no byline).
    static func names(in text: String, requireOpener: Bool) -> [String] {
        // `Auteur : Anne Dupont`: French sets a space before the colon.
        // Soft hyphens (`Mat\u{AD}thi\u{AD}as`) a page sets for line breaking are no part of a name.
        let plain = text.collapsingWhitespace.replacingOccurrences(of: " :", with: ":").replacingOccurrences(of: "\u{AD}", with: "")
        guard !plain.isEmpty, plain.count <= 200 else { return [] }
        var rest = Substring(plain)
        var folded = plain.folded
        var opened = false
        // `Posted on May 3, 2021 by Jane Doe`: the date comes first, the names after the word
        // that introduces them.
        for (opening, connector) in datedOpeners where folded.hasPrefix(opening) {
            guard let range = folded.fastRange(of: connector) else { break }
            let skipped = folded.distance(from: folded.startIndex, to: range.lowerBound) + 1
            rest = rest.dropFirst(skipped)
            folded = String(folded.dropFirst(skipped))
            break
        }
        for opener in openers where folded.hasPrefix(opener) {
            // The folded text keeps the original's length for these Latin words, so drop as many
            // characters; the opener must end at a word boundary.
            let after = folded.dropFirst(opener.count)
            // At a word's end, or glued to a capitalised name (`von<a>Chris</a>` reads `vonChris`;
            // `ByJ.R. Doe`; not `DISCLOSURE`, capitals throughout, nor `DIY`).
            let next = rest.dropFirst(opener.count).prefix(2)
            let glued = next.first?.isUppercase == true && next.dropFirst().first.map { $0.isLowercase || $0 == "." } == true
            guard opener.hasSuffix(":") || after.first.map({ !$0.isLetter }) ?? false || glued else { continue }
            rest = rest.dropFirst(opener.count)
            opened = true
            break
        }
        if requireOpener && !opened { return [] }
        var candidate = String(rest).trimmed
        // `Jane Doe im Gespräch mit John Roe`: an interview's two people, before the stops cut at
        // the lower-case words.
        for joiner in interviewJoiners where candidate.contains(joiner) {
            candidate = candidate.replacingOccurrences(of: joiner, with: " and ")
        }
        // `…admin on May 3`: cut at the first stop, and at the first number — a digit that
        // starts a word; one inside a word belongs to a login name (`freeman1984`, `Bo2man`).
        var end = candidate.endIndex
        if let digit = candidate.indices.first(where: { index in
            candidate[index].isNumber && (index == candidate.startIndex || !candidate[candidate.index(before: index)].isLetter
                && !candidate[candidate.index(before: index)].isNumber)
        }) { end = digit }
        let lower = candidate.lowercased()
        let isParticle = { (stop: String) in stop.trimmed.first?.isLetter == true && stop.trimmed.count <= 3 }
        for stop in stops {
            var searched = lower[...]
            while let range = searched.fastRange(of: stop) {
                let offset = lower.utf8.distance(from: lower.startIndex, to: range.lowerBound)
                let index = candidate.utf8.index(candidate.startIndex, offsetBy: offset, limitedBy: candidate.endIndex) ?? candidate.endIndex
                // `Loïc Le Clerc`, `Ana El Amrani`: a capitalised particle is part of the name.
                if isParticle(stop), candidate[index...].dropFirst().first?.isUppercase == true {
                    searched = lower[range.upperBound...]
                    continue
                }
                if index < end && index > candidate.startIndex { end = index }
                break
            }
        }
        let cutAtDigit = end < candidate.endIndex && candidate[end].isNumber
        candidate = String(candidate[..<end]).trimmed
        // `Jane Doe Quelle: Planet`: the next label ends the names (a name of two words or
        // more before it; `By the numbers:` is a box's heading).
        let words = candidate.split(separator: " ")
        if let label = words.indices.dropFirst(2).first(where: { words[$0].count > 2 && words[$0].hasSuffix(":") }) {
            candidate = words[..<label].joined(separator: " ")
        }
        // `Jane Doe Fr, 13. März`: the weekday or month before the date is no part of the name.
        if cutAtDigit {
            var words = candidate.split(separator: " ")
            while words.count > 1, let last = words.last, Self.calendarWords.contains(last.folded.trimmingPunctuation) { words.removeLast() }
            candidate = words.joined(separator: " ")
        }
        // ` and `, ` und `, ` et `, ` y `: several authors.
        for conjunction in [" und ", " et ", " y ", " e ", " en ", " i ", " og ", " och "] {
            candidate = candidate.replacingOccurrences(of: conjunction, with: " and ")
        }
        return HTMLText.personNames(candidate).filter { name in
            let words = name.split(separator: " ").map { $0.folded }
            // `Rezept von` (the name was in the next element), `Dezember`: no name in it.
            guard let last = words.last, !openingWords.contains(last),
                  !words.allSatisfy({ calendarWords.contains($0) }) else { return false }
            return name.count >= 2 && name.split(separator: " ").count <= 5 && !notNames.contains(name.folded)
                && isNameShaped(name)
                && !name.split(separator: " ").contains { word in
                    // `Le`, `El` capitalised are particles of a name (`Aimé Le Goff`).
                    dateWords.contains(word.folded) && (word.count > 2 || word.first?.isLowercase == true)
                }
        }
    }

    /// Whether a name of several words is written as names are: each word capitalised but the
    /// particles of a surname (`Ana de la Cruz`), no colon. A heading (`Masks over exit
    /// plans`), `the numbers` after a `By`, a teaser's `Headline: Subtitle` are no names. One
    /// word may be a handle (`jdoe`).
    static func isNameShaped(_ name: String) -> Bool {
        guard !name.contains(":") else { return false }
        let words = name.split(separator: " ")
        guard words.count >= 2 else { return true }
        return words.allSatisfy { word in
            guard let first = word.first, first.isLetter, first.isLowercase else { return true }
            // `example.at Redaktion`: an outlet signing, judged later with the site's name.
            return Vocabulary.nameParticles.contains(word.folded) || HTMLText.isHostLike(word)
        }
    }

    /// Words around a date in a byline (`Posted on`, `Veröffentlicht am`, `Datum:`): a "name"
    /// holding one is the line's wording, not a person.
    static let dateWords: Set<String> = [
        "on", "am", "um", "le", "el", "il", "date", "datum", "datum:", "publiziert", "posted", "veroffentlicht", "published",
        "updated", "aktualisiert", "publie", "publicado", "pubblicato",
    ]

    /// An outlet's desk signing for it (`Redaktion`, `Editorial team`): an author only when the
    /// page names nobody else.
    static let deskNames: Set<String> = [
        "redaktion", "die redaktion", "editorial team", "editorial staff", "staff", "the editors", "editors",
        "redaccion", "la redaccion", "redazione", "la redaction", "redaction", "redakcja", "newsroom", "staff writer",
    ]

    /// Weekdays and months, whole and abbreviated, in the byline languages.
    static let calendarWords: Set<String> = [
        "mo", "di", "mi", "do", "fr", "sa", "so", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "lundi", "mardi",
        "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado",
        "domingo", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt", "nov", "dec", "dez",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "januar", "februar", "marz", "mai", "juni", "juli", "oktober", "dezember",
    ]

    /// Single words a byline line holds that are not names: its own verbs, weekdays.
    static let notNames: Set<String> = [
        "veroffentlicht", "posted", "published", "geschrieben", "autor", "author", "von", "by",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche", "admin", "administrator", "beitrag", "artikel", "home", "share", "teilen", "no author",
        // A date's label, a follow button.
        "datum", "date", "stand", "follow", "folgen",
        // A comment form's field label, taken for a name by extractors.
        "name", "your name", "ihr name", "nom", "nombre",
        // The links of an author box (`All posts`, `Alle Beiträge`), read before its name.
        "all posts", "all articles", "view all posts", "more posts", "alle beitrage", "alle artikel", "zur person",
        "tous les articles", "todos los articulos",
    ]
}

private extension String {
    var trimmingPunctuation: String {
        String(drop(while: { $0.isPunctuation }).reversed().drop(while: { $0.isPunctuation }).reversed())
    }

    func replacingOccurrences(of target: String, with replacement: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let range = rest.fastRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
