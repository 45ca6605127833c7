/// What to search for and how to present it.
public struct SearchOptions: Sendable {
    public enum Sort: String, Sendable, CaseIterable { case relevance, newest, oldest }

    /// The query text; empty lists articles by the filters alone.
    public var text: String = ""
    /// Hand `text` to FTS5 untouched.
    public var raw = false
    public var author: String?
    public var publication: String?
    public var kind: String?
    /// Only articles carrying every one of these tags (case and accents ignored).
    public var tags: [String] = []
    /// Inclusive bounds: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var since: String?
    public var until: String?
    public var limit = 10
    public var offset = 0
    public var sort: Sort = .relevance
    /// Markers put around matched terms in snippets (empty strings: the plain text).
    public var highlightStart = "["
    public var highlightEnd = "]"

    public init() {}

    /// `--limit`: a page is read and formatted whole, so it stays small.
    public static let limitRange = 1...1000
    /// `--offset`: the ranker keeps offset + limit scores in memory (Sources/CRank).
    public static let offsetRange = 0...1_000_000
    /// `--author`, `--publication`, `--kind`: longer than any name; a LIKE pattern stays cheap.
    public static let maximumFilterLength = 500
    /// `--tag`: each distinct tag is one more condition of the statement (SQLite refuses an
    /// expression nested about a thousand deep); as many as a query has terms.
    public static let maximumTags = 64

    /// The `--tag` values that filter: trimmed, empty ones dropped, one per tag (case and accents ignored).
    var distinctTags: [String] {
        var seen: Set<String> = []
        return tags.map(\.collapsingWhitespace).filter { !$0.isEmpty && seen.insert($0.folded).inserted }
    }

    /// What is outside the bounds — a number or a filter value — or nil. Checked before any work:
    /// the CLI asks from `validate()` and its fast path, ``ArticleSearch/run(_:)`` again.
    public var boundsProblem: SearchError? {
        if !Self.limitRange.contains(limit) { return .outOfBounds(option: "--limit", range: Self.limitRange) }
        if !Self.offsetRange.contains(offset) { return .outOfBounds(option: "--offset", range: Self.offsetRange) }
        for (option, value) in [("--author", author), ("--publication", publication), ("--kind", kind)] {
            if let value, value.count > Self.maximumFilterLength { return .filterTooLong(option: option) }
        }
        if tags.contains(where: { $0.count > Self.maximumFilterLength }) { return .filterTooLong(option: "--tag") }
        if distinctTags.count > Self.maximumTags { return .tooManyTags(distinctTags.count) }
        return nil
    }

    /// Throws ``boundsProblem``, if any.
    public func validate() throws(SearchError) {
        if let problem = boundsProblem { throw problem }
    }

    /// The lower bound of a `--since` value as an ISO date.
    static func lowerBound(_ text: String) throws(SearchError) -> String {
        try bound(text, month: "01", day: "01")
    }

    /// The upper bound of an `--until` value (string comparison makes `-31` safe for every month).
    static func upperBound(_ text: String) throws(SearchError) -> String {
        try bound(text, month: "12", day: "31")
    }

    private static func bound(_ text: String, month: String, day: String) throws(SearchError) -> String {
        let parts = text.trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { throw .invalidDate(text) }
        var m = month, d = day
        if parts.count >= 2 {
            guard parts[1].count == 2, let mm = Int(parts[1]), (1...12).contains(mm) else { throw .invalidDate(text) }
            m = String(parts[1])
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let dd = Int(parts[2]), DateParser.isoDate(year, Int(m)!, dd) != nil
            else { throw .invalidDate(text) }
            d = String(parts[2])
        }
        return "\(parts[0])-\(m)-\(d)"
    }
}

/// One search result: what `opedb search --json` prints for each match.
public struct SearchHit: Encodable, Equatable, Sendable {
    public var id: Int
    public var title: String
    @NullEncoded public var publishedOn: String?
    public var authors: [String]
    @NullEncoded public var publication: String?
    public var kind: String
    @NullEncoded public var url: String?
    /// Text around the best match, matched terms between the highlight markers.
    public var snippet: String
    /// bm25 score (lower is better); nil without query text.
    @NullEncoded public var rank: Double?
    /// Where the matched terms are in the snippet's plain text (without markers); empty
    /// without query text.
    public var matches: [Match] = []

    /// One matched term in ``snippet``'s plain text, in Unicode code points.
    public struct Match: Encodable, Equatable, Sendable {
        public var start: Int
        public var length: Int
    }

    enum CodingKeys: String, CodingKey {
        case id, title, publishedOn = "published_on", authors, publication, kind, url, snippet, rank, matches
    }
}

/// A page of results and how many matched in all.
public struct SearchResults: Sendable {
    public var hits: [SearchHit]
    public var total: Int
    /// The archive holds no articles at all.
    public var archiveIsEmpty: Bool
    /// Every matching article's id (each once, in no order), when asked for with
    /// `keepingMatches` and the ranking visited every match anyway; nil otherwise.
    public var matchIDs: [Int]? = nil
}
