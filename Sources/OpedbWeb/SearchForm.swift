import OpeDB

/// A search as the URL states it: the CLI's options under the same names (`q` for the terms),
/// so `/search.json?q=kabul&kind=op-ed&limit=5` answers what
/// `opedb search kabul --kind op-ed --limit 5 --json` prints.
struct SearchForm: Sendable {
    var text = ""
    var raw = false
    var author: String?
    var publication: String?
    var kind: String?
    var since: String?
    var until: String?
    /// `tag`, repeatable as the CLI's `--tag`: an article must carry every one.
    var tags: [String] = []
    var sort: SearchOptions.Sort = .relevance
    var limit = SearchForm.defaultLimit
    var offset = 0

    /// The CLI's default page, so a twin without `limit` equals the CLI without `--limit`.
    static let defaultLimit = 10
    /// Smaller than the CLI's 1000: a page is rendered whole for every request.
    static let limitRange = 1...100

    init() {}

    init(_ parameters: QueryParameters) throws(WebError) {
        text = parameters["q"] ?? ""
        raw = parameters["raw"] == "1"
        author = parameters["author"]
        publication = parameters["publication"]
        kind = parameters["kind"]
        since = parameters["since"]
        until = parameters["until"]
        tags = parameters.values("tag")
        sort = try parameters.choice("sort", default: .relevance)
        limit = try parameters.integer("limit", in: Self.limitRange, default: Self.defaultLimit)
        offset = try parameters.integer("offset", in: SearchOptions.offsetRange, default: 0)
    }

    /// The library's options; markers stay empty, as with the CLI's `--json` (the page marks the
    /// matches from their ranges).
    var options: SearchOptions {
        var options = SearchOptions()
        options.text = text
        options.raw = raw
        options.author = author
        options.publication = publication
        options.kind = kind
        options.since = since
        options.until = until
        options.tags = tags
        options.sort = sort
        options.limit = limit
        options.offset = offset
        options.highlightStart = ""
        options.highlightEnd = ""
        return options
    }

    /// Any filter set (the page lists them, each removable).
    var filters: [(name: String, label: String, value: String)] {
        [("author", "author", author), ("publication", "publication", publication), ("kind", "kind", kind),
         ("since", "since", since), ("until", "until", until)].compactMap { name, label, value in
            value.map { (name: name, label: label, value: $0) }
        } + tags.map { (name: "tag", label: "tag", value: $0) }
    }

    /// The URL of this search (the first page unless `offset` is kept), `suffix` before the query.
    func url(_ path: String = "/search", keepingOffset: Bool = false) -> String {
        path + QueryString.make([
            ("q", text), ("raw", raw ? "1" : nil), ("author", author), ("publication", publication), ("kind", kind),
            ("since", since), ("until", until),
        ] + tags.map { ("tag", $0 as String?) } + [
            ("sort", sort == .relevance ? nil : sort.rawValue),
            ("limit", limit == Self.defaultLimit ? nil : String(limit)),
            ("offset", keepingOffset && offset > 0 ? String(offset) : nil),
        ])
    }

    /// This search at another offset.
    func page(at newOffset: Int) -> String {
        var copy = self
        copy.offset = newOffset
        return copy.url(keepingOffset: true)
    }

    /// This search with one change (a facet clicked, a filter removed, another order).
    func changing(_ change: (inout SearchForm) -> Void) -> String {
        var copy = self
        change(&copy)
        copy.offset = 0
        return copy.url()
    }
}
