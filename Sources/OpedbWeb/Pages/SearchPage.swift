import HTTPTypes
import Hummingbird
import NIOCore
import OpeDB

/// `/search`: the CLI's search — same query language, ranking and filters — with facets that
/// narrow it, every setting in the URL, and a malformed query explained on the page.
enum SearchPage {
    /// `/search.json?…&facets=1`: the CLI's array under `hits`, beside the match count and the
    /// facets the page shows. Without `facets=1` the twin stays the CLI's array, byte for byte.
    struct WithFacets: Encodable {
        var hits: [SearchHit]
        var total: Int
        var facets: SearchFacets
    }

    static func respond(_ parameters: QueryParameters, site: Site, json: Bool) throws -> Response {
        let form = try SearchForm(parameters)
        let withFacets = try !json || parameters.flag("facets")
        // The canonical URL: parameters in one order, defaults left out.
        let key = (json ? (withFacets ? "json+facets " : "json ") : "html ") + form.url(keepingOffset: true)
        do {
            return try site.pool.withSnapshot { archive, generation in
                if let generation, let cached = site.cache.response(for: key, generation: generation) { return cached }
                let search = ArticleSearch(connection: archive.connection)
                // The same search on another page, in another order or page size: the same counts.
                let facetKey = form.changing { $0.sort = .relevance; $0.limit = SearchForm.defaultLimit }
                let cachedFacets = withFacets ? generation.flatMap { site.facetCache.facets(for: facetKey, generation: $0) } : nil
                // Without cached counts, the ranking keeps every match's id for counting them.
                let results = try search.run(form.options, keepingMatches: withFacets && generation != nil && cachedFacets == nil)
                var facets: SearchFacets?
                if withFacets && results.total > 0 {
                    // Counted from the server's facet table when this request's snapshot is its
                    // generation's; by SQL (the same counts) when it is the first to see a write.
                    if let generation {
                        if let cachedFacets {
                            facets = cachedFacets
                        } else {
                            let table = try site.facetTables.table(generation: generation, archive: archive)
                            let counted = try results.matchIDs.map { table.facets(ids: $0) } ?? table.facets(form.options, search: search)
                            site.facetCache.store(counted, for: facetKey, generation: generation)
                            facets = counted
                        }
                    } else {
                        facets = try search.facets(form.options)
                    }
                }
                let body: String
                var headers: HTTPFields
                if json {
                    body = try withFacets ? Reply.jsonBody(WithFacets(hits: results.hits, total: results.total, facets: facets ?? SearchFacets()))
                        : Reply.jsonBody(results.hits)
                    headers = Reply.jsonHeaders
                    headers[.xTotalCount] = String(results.total)
                } else {
                    body = render(form, results: results, facets: facets, error: nil)
                    headers = Reply.htmlHeaders
                }
                let response = Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
                if let generation { site.cache.store(response, bytes: body.utf8.count, for: key, generation: generation) }
                return response
            }
        } catch let error as SearchError {
            let failure: WebError
            if case .noSuchValue = error { failure = .notFound(error.description) } else { failure = .badRequest(error.description) }
            if json { return Reply.failure(failure, json: true) }
            return Reply.html(render(form, results: nil, facets: nil, error: failure.message), status: failure.status)
        }
    }

    static func render(_ form: SearchForm, results: SearchResults?, facets: SearchFacets?, error: String?) -> String {
        let title = form.text.isEmpty ? "Search" : "Search: " + form.text
        return Layout.page(title: title, section: .search, jsonTwin: form.url("/search.json", keepingOffset: true), query: form.text) { m in
            m.element("h1", text: form.text.isEmpty ? "Search" : "Search results")
            Layout.searchForm(&m, query: form.text, hidden: hiddenFields(form))
            if !form.filters.isEmpty {
                m.element("ul", ["class": "filters", "aria-label": "Filters (select one to remove it)"]) { m in
                    for filter in form.filters {
                        m.element("li") { m in
                            let href = form.changing { copy in
                                switch filter.name {
                                case "author": copy.author = nil
                                case "publication": copy.publication = nil
                                case "kind": copy.kind = nil
                                case "since": copy.since = nil
                                case "tag": copy.tags.removeAll { $0 == filter.value }
                                default: copy.until = nil
                                }
                            }
                            m.element("a", ["href": href, "title": "Remove this filter"], text: "\(filter.label): \(filter.value) ×")
                        }
                    }
                }
            }
            if let error {
                m.element("p", ["class": "error", "role": "alert"], text: error)
            }
            guard let results else { return helpText(&m) }
            m.element("div", ["class": "layout"]) { m in
                m.element("section", ["aria-label": "Results"]) { m in
                    summary(&m, form, results)
                    if !results.hits.isEmpty {
                        sortLinks(&m, form)
                        ResultList.render(&m, results.hits, start: form.offset + 1)
                    }
                    Pager(offset: form.offset, limit: form.limit, shown: results.hits.count,
                          hasMore: form.offset + results.hits.count < results.total, total: results.total)
                        .render(&m) { form.page(at: $0) }
                }
                m.element("aside", ["class": "facets", "aria-label": "Narrow the search"]) { m in
                    if let facets { facetLists(&m, form, facets) }
                    moreFilters(&m, form)
                }
            }
        }
    }

    private static func hiddenFields(_ form: SearchForm) -> [(StaticString, String)] {
        var fields: [(StaticString, String)] = []
        if let v = form.author { fields.append(("author", v)) }
        if let v = form.publication { fields.append(("publication", v)) }
        if let v = form.kind { fields.append(("kind", v)) }
        if let v = form.since { fields.append(("since", v)) }
        if let v = form.until { fields.append(("until", v)) }
        for tag in form.tags { fields.append(("tag", tag)) }
        if form.sort != .relevance { fields.append(("sort", form.sort.rawValue)) }
        if form.raw { fields.append(("raw", "1")) }
        if form.limit != SearchForm.defaultLimit { fields.append(("limit", String(form.limit))) }
        return fields
    }

    private static func summary(_ m: inout Markup, _ form: SearchForm, _ results: SearchResults) {
        let text: String
        if results.archiveIsEmpty {
            text = "The archive is empty: add articles with opedb add PATH."
        } else if results.total == 0 {
            text = "No matches."
        } else {
            text = results.total == 1 ? "1 match." : "\(results.total) matches."
        }
        m.element("p", ["class": "muted", "role": "status"], text: text)
    }

    private static func sortLinks(_ m: inout Markup, _ form: SearchForm) {
        m.element("p", ["class": "sort"]) { m in
            m.text("Sort: ")
            for (i, order) in SearchOptions.Sort.allCases.enumerated() {
                if i > 0 { m.text(" · ") }
                if order == form.sort {
                    m.element("strong", ["aria-current": "true"], text: order.rawValue)
                } else {
                    m.element("a", ["href": form.changing { $0.sort = order }], text: order.rawValue)
                }
            }
        }
    }

    private static func facetLists(_ m: inout Markup, _ form: SearchForm, _ facets: SearchFacets) {
        facet(&m, "Authors", facets.authors, current: form.author) { value in form.changing { $0.author = value } }
        facet(&m, "Outlets", facets.publications, current: form.publication) { value in form.changing { $0.publication = value } }
        facet(&m, "Kinds", facets.kinds, current: form.kind) { value in form.changing { $0.kind = value } }
        facet(&m, "Years", facets.years, current: form.since == form.until ? form.since : nil) { value in
            form.changing { $0.since = value; $0.until = value }
        }
    }

    private static func facet(_ m: inout Markup, _ title: String, _ counts: [SearchFacets.Count], current: String?,
                              href: (String) -> String) {
        guard !counts.isEmpty else { return }
        m.element("h2", text: title)
        m.element("ul") { m in
            for count in counts {
                m.element("li") { m in
                    if count.value == current {
                        m.element("strong", text: count.value)
                    } else {
                        m.element("a", ["href": href(count.value)], text: count.value)
                    }
                    m.element("span", text: String(count.count))
                }
            }
        }
    }

    /// The filters as form fields, for a reader who wants to type them (no script needed).
    private static func moreFilters(_ m: inout Markup, _ form: SearchForm) {
        m.element("details", ["class": "more"]) { m in
            m.element("summary", text: "More filters")
            m.element("form", ["action": "/search", "method": "get"]) { m in
                m.hidden("q", form.text)
                field(&m, "author", "Author", form.author)
                field(&m, "publication", "Outlet", form.publication)
                field(&m, "kind", "Kind", form.kind)
                field(&m, "since", "Since (YYYY, YYYY-MM or YYYY-MM-DD)", form.since)
                field(&m, "until", "Until", form.until)
                for tag in form.tags { m.hidden("tag", tag) }
                field(&m, "tag", form.tags.isEmpty ? "Tag" : "One more tag", nil)
                m.element("button", ["type": "submit"], text: "Apply")
            }
        }
    }

    private static func field(_ m: inout Markup, _ name: StaticString, _ label: String, _ value: String?) {
        m.element("label", ["class": "field"]) { m in
            m.element("span", text: label)
            m.void("input", ["type": "text", "name": name.description, "value": value ?? ""])
        }
    }

    private static func helpText(_ m: inout Markup) {
        m.element("p", ["class": "muted"],
                  text: "Words are stemmed and accents ignored. Use \"quotes\" for a phrase, gambl* for a prefix, AND, OR and NOT in capitals, NEAR(a b, 5), or a column: title:kremlin.")
    }
}

extension HTTPField.Name {
    static var xTotalCount: Self { .init("X-Total-Count")! }
}
