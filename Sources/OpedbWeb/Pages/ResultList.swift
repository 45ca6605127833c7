import OpeDB

/// A list of articles as search shows them: title, byline, date, outlet, snippet.
enum ResultList {
    static func render(_ m: inout Markup, _ hits: [SearchHit], start: Int = 1) {
        m.element("ol", ["class": "results", "start": start == 1 ? nil : String(start)]) { m in
            for hit in hits {
                m.element("li") { m in
                    m.element("h3") { m in m.element("a", ["href": "/articles/\(hit.id)"], text: hit.title) }
                    m.element("div", ["class": "meta"]) { m in
                        var parts: [String] = []
                        if !hit.authors.isEmpty { parts.append(hit.authors.joined(separator: ", ")) }
                        if let publication = hit.publication { parts.append(publication) }
                        parts.append(hit.kind)
                        m.text(parts.joined(separator: " · "))
                        if let date = hit.publishedOn {
                            m.text(" · ")
                            m.date(date)
                        }
                    }
                    // A match in the title gives the title as snippet: shown once is enough.
                    if !hit.snippet.isEmpty, hit.snippet != hit.title {
                        m.element("p") { m in marked(&m, hit.snippet, hit.matches) }
                    }
                }
            }
        }
    }

    /// The snippet's text with each match in `<mark>`; ranges count Unicode code points, as the
    /// JSON's `matches` do. Every piece is escaped.
    static func marked(_ m: inout Markup, _ text: String, _ matches: [SearchHit.Match]) {
        guard !matches.isEmpty else { return m.text(text) }
        let scalars = Array(text.unicodeScalars)
        var position = 0
        func piece(_ range: Range<Int>) -> String {
            var s = ""
            s.unicodeScalars.append(contentsOf: scalars[range])
            return s
        }
        for match in matches.sorted(by: { $0.start < $1.start }) {
            let start = min(max(match.start, position), scalars.count)
            let end = min(max(start, match.start + match.length), scalars.count)
            if start > position { m.text(piece(position..<start)) }
            if end > start { m.element("mark", text: piece(start..<end)) }
            position = end
        }
        if position < scalars.count { m.text(piece(position..<scalars.count)) }
    }
}
