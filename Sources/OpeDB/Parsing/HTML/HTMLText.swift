/// Cleaning of the short texts a page declares about itself (titles, names, dates, URLs), shared
/// by the JSON-LD, meta-tag and element readers.
enum HTMLText {
    /// Entities decoded (JSON-LD and some `content` attributes carry them encoded twice), tags
    /// dropped, whitespace collapsed.
    static func clean(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") }) else {
            return text.collapsingWhitespace
        }
        var out = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.first {
            if c == "<", let close = scalars.prefix(200).firstIndex(of: ">"),
               let next = scalars.dropFirst().first, next.properties.isAlphabetic || next == "/" || next == "!" {
                scalars = scalars[(close + 1)...]
                out.append(" ")
                continue
            }
            if c == "&", let semicolon = scalars.prefix(12).firstIndex(of: ";"), semicolon > scalars.startIndex + 1 {
                let name = String(String.UnicodeScalarView(scalars[(scalars.startIndex + 1)..<semicolon]))
                if let scalar = entity(name) {
                    out.append(scalar)
                    scalars = scalars[(semicolon + 1)...]
                    continue
                }
            }
            out.append(c)
            scalars = scalars.dropFirst()
        }
        return String(out).collapsingWhitespace
    }

    private static func entity(_ name: String) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") { return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
        return Inline.namedEntities[name] ?? moreEntities[name]
    }

    /// Entities pages use in titles beyond the ones ``Inline`` resolves in text.
    private static let moreEntities: [String: Unicode.Scalar] = [
        "bull": "•", "middot": "·", "copy": "©", "reg": "®", "trade": "™", "euro": "€", "shy": "\u{AD}",
        "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß",
        "eacute": "é", "egrave": "è", "agrave": "à", "ccedil": "ç", "sbquo": "‚", "bdquo": "„", "#039": "'",
    ]

    /// An absolute http(s) address that is not an image, a logo or a feed.
    static func isArticleURL(_ value: String) -> Bool {
        let lower = value.trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        let path = lower.split(separator: "?", maxSplits: 1).first ?? ""
        for ext in [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif", ".ico", ".bmp", ".tif", ".tiff", ".mp4", ".mp3", ".pdf", ".xml", ".rss"]
        where path.hasSuffix(ext) { return false }
        return true
    }

    /// The people named by an author value: `By ` dropped, URLs and e-mail addresses dropped,
    /// `A and B` split; empty when nothing in it looks like a name.
    static func personNames(_ raw: String) -> [String] {
        var text = clean(raw)
        guard !text.isEmpty, text.utf8.count <= 300 else { return [] }
        // A URL or address alone is a profile link, not a name.
        var words: [Substring] = []
        for word in text.split(separator: " ") {
            let lower = word.lowercased()
            if lower.hasPrefix("http") || lower.hasPrefix("www.") || (word.contains("@") && word.contains(".")) || lower.hasPrefix("@") { continue }
            // `jane[at]example.org`, `jane(at)example.org`: an address spelled against spam robots.
            if word.contains("."), lower.fastRange(of: "[at]") != nil || lower.fastRange(of: "(at)") != nil { continue }
            words.append(word)
        }
        text = words.joined(separator: " ").trimmingCharacters(in: " |,;:~·•-–—()[]")
        for prefix in ["written by ", "posted by ", "eingestellt von ", "by: ", "by ", "von ", "vom ", "par ", "por ", "door ",
                       "autor: ", "author: ", "text: ", "interview: ",
                       "autorin ", "autor ", "author "] {
            if text.lowercased().hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)).trimmed }
        }
        text = withoutGluedLabel(text)
        text = withoutTrailingRole(text)
        text = withoutLeadingRole(text)
        guard !text.isEmpty else { return [] }
        // `Smith & Wesson`, `Jobs & Hire`: one word on each side of `&` is a firm's name, not two people.
        if text.fastRange(of: " & ") != nil, text.split(separator: "&").allSatisfy({ $0.split(separator: " ").count == 1 }) { return [text] }
        if let names = BylineParser.splitNames(text) { return names }
        // `David Hutzler, dpa`: the parts that look like names, when some do.
        let parts = text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmed }.filter { !$0.isEmpty }
        // `example.de, Frankfurt, Germany`: a site's address line names a place, not people.
        if parts.count > 1, parts.contains(where: { isHostLike(Substring($0)) }) { return [] }
        if parts.count > 1 {
            let names = parts.filter(BylineParser.looksLikeName)
            if !names.isEmpty { return names }
        }
        return BylineParser.looksLikeName(text) || (!text.contains(where: { $0.isNumber }) || isLoginName(text)) && text.count <= 60 ? [text] : []
    }

    /// `freeman1984`, `Bo2man`: one word of letters and digits that starts with a letter, as
    /// forums and blogs print their members.
    static func isLoginName(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter, text.count <= 30 else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" }
    }
}

extension HTMLText {
    /// An author value naming an institution, not a person: a legal form or kind of body among
    /// its words (`Web Shop GmbH`, `Bund der Leser e.V.`, `Landesanstalt für Wald`), or a host
    /// name (`example.de`, `Daily Planet (www.planet.com)`).
    static func isOrganisationName(_ value: String) -> Bool {
        for word in value.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" || $0 == "(" || $0 == ")" }) {
            let plain = word.folded.filter { $0 != "." && $0 != "," }
            if Vocabulary.organisationWords.contains(plain) { return true }
            if isHostLike(word) { return true }
        }
        return false
    }

    /// `example.de`, `www.example.co.uk`: letters, dots, a final label of two to seven letters.
    static func isHostLike(_ word: Substring) -> Bool {
        let labels = word.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last, (2...7).contains(last.count), last.allSatisfy({ $0.isLetter }),
              let first = labels.first, first.count >= 3 else { return false }
        return labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
    }

    /// A login name rather than a person's name as printed: one lowercase token, possibly joined
    /// by dots, dashes or underscores (`jane.doe`, `janedoe`, `wp-admin`).
    static func isHandle(_ value: String) -> Bool {
        guard !value.contains(" "), value.contains(where: { $0.isLetter }) else { return false }
        return value.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" }
    }

    /// `Jane Doe - Planet`, `Planet | Jane Doe`, `Jane Doe Planet`: the person without the
    /// site's name printed beside it; the value unchanged when nothing else would remain.
    static func withoutSiteName(_ value: String, site: String?, host: String?) -> String {
        let stripped = PageTitle.strip(value, site: site, host: host)
        if stripped != value { return stripped.trimmed }
        var words = value.split(separator: " ")
        guard words.count >= 3 else { return value }
        if PageTitle.isSiteName(String(words[words.count - 1]), site: site, host: host) { words.removeLast() }
        else if PageTitle.isSiteName(String(words[0]), site: site, host: host) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// `AuthorJane Doe`: a label a theme prints without a space before the name.
    static func withoutGluedLabel(_ text: String) -> String {
        for label in ["Autorin", "Autor", "Author", "Von", "By"] where text.hasPrefix(label) {
            let rest = text.dropFirst(label.count)
            if let first = rest.first, first.isUppercase, rest.dropFirst().first?.isLowercase == true { return String(rest) }
        }
        return text
    }

    /// Job titles a byline puts after the name (`Jane Doe Chefredakteurin`, `Jane Doe, Editor`).
    static let roleWords: Set<String> = [
        "chefredakteur", "chefredakteurin", "redakteur", "redakteurin", "korrespondent", "korrespondentin",
        "editor", "correspondent", "columnist", "contributor", "reporter", "staff", "journalist", "journalistin",
        "redactor", "redactora", "redattore", "redattrice", "redacteur", "redactrice", "chroniqueur", "chroniqueuse",
    ]

    /// `Rechtsanwalt Jan Kowalski`, `Planet-Experte Jan Kowalski` → `Jan Kowalski`: a role word
    /// (or a compound ending in one) before at least two capitalised words.
    static func withoutLeadingRole(_ text: String) -> String {
        let words = text.split(separator: " ")
        guard words.count >= 3, let first = words.first?.folded,
              leadingRoleWords.contains(where: { first == $0 || first.hasSuffix("-" + $0) }),
              words.dropFirst().allSatisfy({ $0.first?.isUppercase == true }) else { return text }
        return words.dropFirst().joined(separator: " ")
    }

    /// Roles printed before a name, folded.
    static let leadingRoleWords: Set<String> = roleWords.union([
        "rechtsanwalt", "rechtsanwaltin", "anwalt", "anwaltin", "experte", "expertin", "autor", "autorin", "gastautor",
        "gastautorin", "kolumnist", "kolumnistin", "fotograf", "fotografin",
    ])

    /// `Jane Doe Chefredakteurin` → `Jane Doe`: a trailing role word after at least two words.
    static func withoutTrailingRole(_ text: String) -> String {
        var words = text.split(separator: " ")
        while words.count >= 3, let last = words.last, roleWords.contains(last.lowercased().trimmingCharacters(in: ",.")) {
            words.removeLast()
        }
        return words.count == text.split(separator: " ").count ? text : words.joined(separator: " ").trimmingCharacters(in: ",;")
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let first = s.first, first.isWhitespace || chars.contains(first) { s = s.dropFirst() }
        s = s.droppingLast { $0.isWhitespace || chars.contains($0) }
        return String(s)
    }
}
