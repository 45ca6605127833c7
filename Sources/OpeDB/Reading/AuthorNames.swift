/// People's names from a front-matter author value, one per person, in order.
///
/// Tools write authors in every shape: a string (`Jane Doe`), a list, a list of Obsidian links
/// (`"[[Jane Doe]]"`), maps with a `name`, one string joined with `;` (trafilatura), or with
/// `and` / `&` / `,`. A string is split at `,` / `and` / `&` only when every part looks like a
/// full name, so `Doe, Jane` and `Research and Policy Unit` stay whole. Handles (`@jdoe`) and
/// addresses are not names and are dropped.
enum AuthorNames {
    static func split(_ value: FrontMatterValue) -> [String] {
        var names: [String] = []
        for text in value.texts {
            for name in split(text) where !names.contains(name) { names.append(name) }
        }
        return withoutRepeats(names)
    }

    /// The names without entries that only repeat another: a degree an extractor split off as a
    /// name of its own (`Grant Doe; PhD`), a listed author's initials (`Tina Vale; TV`).
    static func withoutRepeats(_ names: [String]) -> [String] {
        let initials = Set(names.compactMap { name -> String? in
            let words = name.split(separator: " ")
            guard words.count >= 2 else { return nil }
            return String(words.compactMap(\.first)).uppercased()
        })
        return names.filter { name in
            !BylineParser.isCredential(name) && !(name.count <= 3 && name.allSatisfy(\.isUppercase) && initials.contains(name))
        }
    }

    static func split(_ text: String) -> [String] {
        var names: [String] = []
        for part in text.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
            let cleaned = clean(String(part))
            guard !cleaned.isEmpty else { continue }
            let pieces = splitJoined(cleaned)
            names.append(contentsOf: pieces.count > 1 && pieces.allSatisfy(looksLikeFullName) ? pieces : [cleaned])
        }
        return names
    }

    /// `A, B and C` → `[A, B, C]`, without judging whether the parts are names.
    private static func splitJoined(_ text: String) -> [String] {
        var parts = [text]
        for separator in [", and ", " and ", " & ", ", ", " und ", " et ", " y "] + VisibleByline.interviewJoiners {
            parts = parts.flatMap { $0.components(separatedByString: separator) }
        }
        return parts.map { $0.trimmed }.filter { !$0.isEmpty }
    }

    /// Two to five words, no digits, the first and the last capitalised (`Ludwig van Beethoven`).
    private static func looksLikeFullName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count), !text.contains(where: \.isNumber),
              let first = words.first?.first, let last = words.last?.first else { return false }
        return first.isUppercase && last.isUppercase
    }

    /// A byline's openers, and the labels an author field may keep without their colon: an
    /// interview's label, a profile link's words (`Zum Profil von jdoe`).
    private static let openers = VisibleByline.openers
        + ["auteur", "autor", "autorin", "author", "vom", "interview von", "interview mit", "interview with", "interview by",
           "interview", "zum profil von", "profil von"]

    /// `Von Jane Doe`, `Auteur: Jane Doe`, `Beitrag von jdoe`: extractors copy the byline's
    /// opening words (``VisibleByline/openers``) into the author field. An opener that is also a
    /// surname's particle (`Von`, `Di`, `De`) goes only before a full name of its own, so
    /// `Di Caprio` and `Van Morrison` stay whole.
    static func withoutOpener(_ text: String) -> String {
        let folded = text.folded
        for opener in openers where folded.hasPrefix(opener) {
            // The folded text keeps the length of these Latin words.
            let rest = text.dropFirst(opener.count)
            guard opener.hasSuffix(":") || rest.first?.isWhitespace == true || rest.first == ":" else { continue }
            let name = rest.drop { $0 == ":" || $0.isWhitespace }
            let words = name.split(separator: " ")
            guard let first = words.first else { continue }
            if Vocabulary.nameParticles.contains(opener), words.count < 2 || first.first?.isUppercase != true
                || Vocabulary.nameParticles.contains(first.lowercased()) { continue }
            return String(name)
        }
        return text
    }

    /// The declared authors without the site's own name (`CNN` beside `Rob Picheta`, `Die
    /// Planetenpost` for `die-planetenpost.de`), when a person is also named: extractors add the
    /// publisher to the authors. A word that names nobody (`Posted`, `Admin`, `No Author`) goes
    /// in any case, and so does a commenter's heading (`Jane Doe says`) or a date (`On August 3`).
    static func withoutSite(_ declared: [DeclaredField]) -> [DeclaredField] {
        let declared = declared.filter { field in
            !(field.key == .author && (VisibleByline.notNames.contains(field.value.folded) || isCommenter(field.value) || isDate(field.value)))
        }
        let authors = declared.filter { $0.key == .author }
        guard authors.count >= 2 else { return declared }
        var sites = Set(declared.filter { $0.key == .publication }.map { BlockWriter.key($0.value) })
        for host in hosts(of: declared) {
            // `die-planetenpost.de` → `dieplanetenpost`: the host without its top-level domain.
            let labels = host.split(separator: ".")
            guard labels.count >= 2 else { continue }
            sites.insert(BlockWriter.key(labels.dropLast().joined()))
            sites.insert(BlockWriter.key(String(labels[labels.count - 2])))
        }
        sites.remove("")
        // The site's name, or it with a desk's word (`Redacción Trome`, `Gazette Sport`).
        let isSite = { (field: DeclaredField) in
            guard field.key == .author else { return false }
            if sites.contains(BlockWriter.key(field.value)) { return true }
            let words = field.value.split(separator: " ")
            return words.count <= 3 && words.contains { sites.contains(BlockWriter.key(String($0))) }
        }
        guard authors.contains(where: { !isSite($0) }) else { return declared }
        return declared.filter { !isSite($0) }
    }

    /// `Jane Doe says`, `Jane Doe sagt`: the heading of a reader's comment, which extractors take
    /// for the author when the post names none.
    static func isCommenter(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard words.count >= 2, let last = words.last else { return false }
        return commentVerbs.contains(last.lowercased().trimmingCharacters(in: [":"]))
    }

    /// `On August 3`, `am 3. Mai`: every word a date's (a weekday, a month, a number, `on`).
    static func isDate(_ name: String) -> Bool {
        let words = name.folded.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
        return !words.isEmpty && words.contains { $0.first?.isNumber == true } && words.allSatisfy { word in
            word.allSatisfy(\.isNumber) || VisibleByline.dateWords.contains(String(word)) || VisibleByline.calendarWords.contains(String(word))
        }
    }

    private static let commentVerbs: Set<String> = ["says", "said", "sagt", "schreibt", "schrieb", "dit", "dice", "dijo", "écrit"]

    /// The declared authors without a site's address spelled out as a name (`Tagesschau De` for
    /// `tagesschau.de`, `Facebook Com`): extractors make one of the address when the page names
    /// no author, and nobody is called that. The address is the page's (its URL, a host-name
    /// outlet), or any ending in `.com`, `.net`, `.org`.
    static func withoutSpelledHosts(_ declared: [DeclaredField]) -> [DeclaredField] {
        guard declared.contains(where: { $0.key == .author }) else { return declared }
        let hosts = hosts(of: declared)
        return declared.filter { !($0.key == .author && isSpelledHost($0.value, of: hosts)) }
    }

    /// The page's hosts, lower case and without `www.`: its URL's, and a host-name outlet.
    private static func hosts(of declared: [DeclaredField]) -> Set<String> {
        var hosts: Set<String> = []
        if let domain = Document(format: .markdown, declared: declared).declaredDomain { hosts.insert(domain.lowercased()) }
        for field in declared where field.key == .publication && HTMLText.isHostLike(Substring(field.value)) {
            let host = field.value.lowercased()
            hosts.insert(host.hasPrefix("www.") ? String(host.dropFirst(4)) : host)
        }
        return hosts
    }

    private static func isSpelledHost(_ name: String, of hosts: Set<String>) -> Bool {
        let words = name.split(separator: " ")
        guard (2...4).contains(words.count), let last = words.last, last.first?.isUppercase == true else { return false }
        let spelled = words.joined(separator: ".").lowercased()
        if hosts.contains(where: { $0 == spelled || $0.hasSuffix("." + spelled) }) { return true }
        return ["com", "net", "org"].contains(last.lowercased())
    }

    /// `[[Jane Doe]]` → `Jane Doe`; `[Jane Doe](https://…)` → `Jane Doe`; `By Jane Doe (@jd)` →
    /// `Jane Doe`; a bare handle or address → empty.
    static func clean(_ raw: String) -> String {
        var text = raw.trimmed
        if text.hasPrefix("[["), let close = text.fastRange(of: "]]") {
            text = String(text[text.index(text.startIndex, offsetBy: 2)..<close.lowerBound])
            if let bar = text.firstIndex(of: "|") { text = String(text[..<bar]) }
        } else if text.hasPrefix("["), let close = text.fastRange(of: "]("), text.hasSuffix(")") {
            text = String(text[text.index(after: text.startIndex)..<close.lowerBound])
        }
        text = withoutOpener(text)
        // `Planet-Experte Jan Kowalski`, `Jane Doe Chefredakteurin`: the person without the role.
        var withoutRoles = HTMLText.withoutLeadingRole(text)
        while withoutRoles != text {  // `Staff Reporter Jane Doe`: one role word at a time
            text = withoutRoles
            withoutRoles = HTMLText.withoutLeadingRole(text)
        }
        text = HTMLText.withoutTrailingRole(text)
        // `责任编辑：王小明` (editor in charge: …): a label of a few characters before a
        // full-width colon.
        if let colon = text.lastIndex(of: "："), text.distance(from: text.startIndex, to: colon) <= 8,
           !text[..<colon].contains(" "), text.index(after: colon) < text.endIndex {
            text = String(text[text.index(after: colon)...])
        }
        let words = text.split(separator: " ").filter { word in
            let bare = word.trimming("()<>,")
            return !bare.hasPrefix("@") && !FrontMatterVocabulary.isWebAddress(bare) && !bare.hasPrefixIgnoringCase("www.")
                && !(bare.contains("@") && bare.contains("."))  // an e-mail address
        }
        let name = withoutRepeatedHalf(words).joined(separator: " ").trimming(" ,;:|'\"“”‘’„«»").collapsingWhitespace
        return withoutTrailingLabel(name)
    }

    /// `Jane Doe Stand`, `Jane Doe Tiempo de lectura` → `Jane Doe`: the label of the date or
    /// reading time printed after the byline, which an extractor cut from its value.
    static func withoutTrailingLabel(_ name: String) -> String {
        let folded = name.folded
        for label in trailingLabels where folded.hasSuffix(" " + label) {
            // The folded text keeps the length of these Latin words.
            var words = name.dropLast(label.count + 1).split(separator: " ")
            // `Jane Doe 5 min read`, `Jane Doe 4 Min. Lesezeit`: the duration goes with its label.
            while words.count > 2, let last = words.last, last.allSatisfy(\.isNumber) || durationWords.contains(last.lowercased()) {
                words.removeLast()
            }
            // `Gerd Van Stand`: a surname's particle before the word makes it the surname.
            guard words.count >= 2, let last = words.last, !Vocabulary.nameParticles.contains(last.lowercased()) else { return name }
            return words.joined(separator: " ").trimming(" ,;:|-–—·•")
        }
        return name
    }

    /// A duration's words before a reading-time label.
    private static let durationWords: Set<String> = ["min", "min.", "mins", "minute", "minutes", "minuten", "minutos", "·", "-", "|"]

    /// Labels of a date or reading time, folded, as they follow a byline.
    private static let trailingLabels = [
        "tiempo de lectura", "temps de lecture", "reading time", "min read", "lesezeit", "lesedauer", "stand", "datum",
        "aktualisiert", "veroffentlicht", "updated", "published", "publicado", "publie le",
    ]

    /// `jdoe jdoe`, `Jane Doe Jane Doe` → once: a profile link's text and its picture's
    /// description, which an extractor joined. A capitalised word twice is a name (`Li Li`).
    private static func withoutRepeatedHalf(_ words: [Substring]) -> [Substring] {
        guard words.count >= 2, words.count % 2 == 0 else { return words }
        let half = words.count / 2
        guard words[..<half].elementsEqual(words[half...]), half >= 2 || words[0].first?.isUppercase == false else { return words }
        return Array(words[..<half])
    }
}
