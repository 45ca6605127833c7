/// A person's name taken apart for matching: `Artemy M. Kalinovsky` has the given name
/// `Artemy`, the middle initial `M` and the surname `Kalinovsky`.
///
/// Two spellings name the same person when their ``baseKey``s agree (case and diacritics folded,
/// middle initials dropped) and their middle initials do not conflict: `Artemy M. Kalinovsky`
/// = `Artemy Kalinovsky`, but `Kenji C. Novikov` ≠ `Kenji R. Novikov`.
public struct PersonName: Equatable, Sendable {
    /// The spelling as written, whitespace collapsed.
    public let display: String
    /// Folded words of the full spelling, periods dropped: `artemy m kalinovsky`.
    public let key: String
    /// Folded words without middle initials: `artemy kalinovsky`.
    public let baseKey: String
    /// Folded middle initials, concatenated: `m`.
    public let initials: String
    /// Folded surname (with its particles: `van der berg`).
    public let surname: String
    /// For sorting by surname: `kalinovsky artemy m`.
    public let sortKey: String

    public init(_ name: String) {
        display = name.collapsingWhitespace
        var words = display.split(separator: " ").map { String($0) }
        // Generational suffixes and degrees are not part of matching.
        while words.count > 1, let last = words.last,
              Vocabulary.nameSuffixes.contains(last.folded.filter { $0 != "." && $0 != "," }) {
            words.removeLast()
        }
        if let last = words.last, last.hasSuffix(",") { words[words.count - 1] = String(last.dropLast()) }
        let folded = words.map { $0.folded.filter { $0 != "." } }
        key = folded.joined(separator: " ")
        var base: [String] = []
        var initials = ""
        for (i, word) in words.enumerated() {
            let isMiddle = i > 0 && i < words.count - 1
            if isMiddle && PersonName.isInitial(word) {
                initials += folded[i]
            } else {
                base.append(folded[i])
            }
        }
        baseKey = base.joined(separator: " ")
        self.initials = initials
        // The surname starts at the first lowercase particle before the last word, or is the last word.
        var surnameStart = max(folded.count - 1, 0)
        while surnameStart > 1, Vocabulary.nameParticles.contains(folded[surnameStart - 1]),
              words[surnameStart - 1].first?.isLowercase == true {
            surnameStart -= 1
        }
        let surnameWords = Array(folded[surnameStart...])
        surname = surnameWords.joined(separator: " ")
        sortKey = (surnameWords + folded[..<surnameStart]).joined(separator: " ")
    }

    /// Whether the two spellings can name the same person.
    public func matches(_ other: PersonName) -> Bool {
        baseKey == other.baseKey && (initials.isEmpty || other.initials.isEmpty || initials == other.initials)
    }

    /// `M.` or `M` — a single letter, with or without a period.
    static func isInitial(_ word: String) -> Bool {
        let letters = word.filter { $0 != "." }
        return letters.count == 1 && letters.first!.isLetter && letters.first!.isUppercase
            || (word.count <= 4 && word.hasSuffix(".") && letters.allSatisfy(\.isUppercase) && letters.count <= 2)
    }
}
