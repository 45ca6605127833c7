/// One article as a reference manager sees it: a news article with its authors, title, outlet,
/// date, URL and the date it was accessed — when it was added to the archive.
///
/// Built from a stored ``ArticleRecord``; the writers (``BibTeXWriter``, ``RISWriter``,
/// ``CSLJSONWriter``) only format it.
public struct Citation: Equatable, Sendable {
    /// The formats `opedb cite` and `opedb export` write.
    public enum Format: String, CaseIterable, Sendable {
        case bibtex, ris
        case cslJSON = "csl-json"
    }

    /// A person's name split for citation: `Jan van der Berg` is given `Jan`, family `van der Berg`.
    /// A name of one word, or one that reads as an organisation, is `literal`.
    public struct Name: Equatable, Sendable {
        public var given: String?
        public var family: String
        public var suffix: String?
        public var isLiteral: Bool

        public init(_ name: String) {
            var words = name.collapsingWhitespace.split(separator: " ").map(String.init)
            let lowered = " " + name.lowercased() + " "
            if words.count < 2 || words.count > 5 || lowered.contains(" and ") || lowered.contains(" & ") {
                self.init(given: nil, family: words.joined(separator: " "), suffix: nil, isLiteral: true)
                return
            }
            var suffix: String?
            if words.count > 2, let last = words.last,
               Vocabulary.nameSuffixes.contains(last.folded.filter { $0 != "." && $0 != "," }) {
                suffix = last
                words.removeLast()
                if let previous = words.last, previous.hasSuffix(",") { words[words.count - 1] = String(previous.dropLast()) }
            }
            var start = words.count - 1
            while start > 1, Vocabulary.nameParticles.contains(words[start - 1].lowercased()),
                  words[start - 1].first?.isLowercase == true {
                start -= 1
            }
            self.init(given: words[..<start].joined(separator: " "), family: words[start...].joined(separator: " "),
                      suffix: suffix, isLiteral: false)
        }

        init(given: String?, family: String, suffix: String?, isLiteral: Bool) {
            self.given = given
            self.family = family
            self.suffix = suffix
            self.isLiteral = isLiteral
        }
    }

    /// The citation key (`kalinovsky2017russia`), unique within one output.
    public var key: String
    /// `op-ed`, `news` … (CSL's `genre`, BibTeX's `note` when not news).
    public var kind: String
    public var authors: [Name]
    public var title: String
    public var subtitle: String?
    /// The outlet.
    public var container: String?
    /// `YYYY-MM-DD`.
    public var publishedOn: String?
    public var url: String?
    /// `YYYY-MM-DD`: the day the article was added to the archive.
    public var accessed: String

    public init(_ record: ArticleRecord, key: String) {
        self.key = key
        kind = record.kind
        authors = record.authors.map { Name($0.bylineName) }
        title = record.title
        subtitle = record.subtitle
        container = record.publication?.name
        publishedOn = record.publishedOn
        url = record.url
        accessed = String(record.addedAt.prefix(10))
    }

    /// Gives each citation of one output its key, unique within it: the second `kalinovsky2017russia`
    /// is `kalinovsky2017russia2`.
    public struct KeyMaker {
        private var used: Set<String> = []
        /// The last suffix given to each base key: the next one starts past it, so k articles
        /// sharing a base (or `cite 1 1 1 …`) cost O(k), not O(k²) probes from 2 each time.
        private var lastSuffix: [String: Int] = [:]
        /// Keys tried, for the tests that count work.
        private(set) var probes = 0
        public init() {}

        public mutating func citation(for record: ArticleRecord) -> Citation {
            let base = Citation.baseKey(record)
            var key = base, n = lastSuffix[base] ?? 1
            if n > 1 { key = base + String(n) }
            probes += 1
            while used.contains(key) {
                n += 1
                key = base + String(n)
                probes += 1
            }
            used.insert(key)
            lastSuffix[base] = n
            return Citation(record, key: key)
        }
    }

    /// `Op-ed`, `Analysis`: the kind as a reference shows it.
    var kindLabel: String { kind == "op-ed" ? "Op-ed" : kind.prefix(1).uppercased() + kind.dropFirst() }

    /// First author's family name, year and first significant title word, folded to ASCII letters
    /// and digits: `kalinovsky2017russia`. Keys are read by TeX and by pandoc's `@key`.
    static func baseKey(_ record: ArticleRecord) -> String {
        func ascii(_ text: String) -> String {
            String(text.folded.filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
        }
        let who = record.authors.first.map { ascii(Name($0.bylineName).family) }
            ?? record.publication.map { ascii($0.name) } ?? ""
        let year = record.publishedOn.map { String($0.prefix(4)) } ?? "nd"
        let skip: Set<String> = ["a", "an", "the", "of", "on", "in", "and", "to", "for", "is"]
        let word = record.title.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { ascii(String($0)) }.first { !$0.isEmpty && !skip.contains($0) } ?? ""
        let key = String((who.isEmpty ? "article" : who).prefix(30)) + year + String(word.prefix(20))
        return key.first?.isLetter == true ? key : "a" + key
    }

    /// `(year, month, day)` of an ISO date, as numbers.
    static func dateParts(_ iso: String) -> [Int] {
        iso.split(separator: "-").compactMap { Int($0) }
    }
}
