/// What each `<meta name|property>` a page may carry declares, in one table: OpenGraph, Twitter
/// cards, plain HTML, Dublin Core, Highwire (`citation_*`), Parse.ly and Sailthru.
///
/// Within a key, the table's order is the order of trust: the reader emits the fields of a page
/// in this order, so ``Document/first(_:)`` takes `og:title` before `twitter:title`.
enum MetaTags {
    static let table: [(name: String, key: DeclaredField.Key)] = [
        ("og:title", .title), ("twitter:title", .title), ("parsely-title", .title), ("sailthru.title", .title),
        ("dc.title", .title), ("dcterms.title", .title), ("citation_title", .title), ("title", .title),
        ("headline", .title),
        ("og:description", .subtitle), ("description", .subtitle), ("twitter:description", .subtitle),
        ("dc.description", .subtitle), ("dcterms.description", .subtitle),
        ("author", .author), ("article:author", .author), ("parsely-author", .author), ("sailthru.author", .author),
        ("dc.creator", .author), ("dcterms.creator", .author), ("dc:creator", .author), ("dcterms:creator", .author), ("citation_author", .author), ("byl", .author),
        (writtenByData, .author),
        ("article:published_time", .published), ("article:published", .published), ("og:published_time", .published),
        ("parsely-pub-date", .published), ("sailthru.date", .published), ("citation_publication_date", .published),
        ("citation_date", .published), ("dc.date", .published), ("dc.date.issued", .published),
        ("dcterms.date", .published), ("dcterms.issued", .published), ("dcterms.created", .published),
        // RDFa spells Dublin Core with a colon (`<meta property="dcterms:created">`).
        ("dc:date", .published), ("dcterms:date", .published), ("dcterms:issued", .published), ("dcterms:created", .published),
        ("date", .published), ("pubdate", .published), ("publishdate", .published), ("publish-date", .published),
        ("publish_date", .published), ("publication_date", .published), ("article.published", .published),
        ("datepublished", .published), ("release_date", .published), ("originalpublicationdate", .published),
        ("article:modified_time", .modified), ("og:updated_time", .modified), ("dcterms.modified", .modified),
        ("lastmod", .modified), ("datemodified", .modified),
        ("og:url", .url), ("twitter:url", .url), ("parsely-link", .url),
        ("og:site_name", .publication), ("application-name", .publication), ("publisher", .publication),
        ("citation_journal_title", .publication), ("dc.publisher", .publication), ("dcterms.publisher", .publication),
        ("article:section", .section), ("parsely-section", .section), ("sailthru.section", .section),
        ("section", .section),
        ("og:type", .type),
        ("article:tag", .tag), ("parsely-tags", .tag), ("sailthru.tags", .tag), ("news_keywords", .tag),
    ]

    /// Date metas that name no event (`<meta name="date">`, Dublin Core's `date`): systems write
    /// the page's last change or build date there as often as its publication.
    static let genericDates: Set<String> = ["date", "dc.date", "dc:date", "dcterms.date", "dcterms:date"]

    /// The name ``fields(_:)`` gives a `twitter:dataN` whose `twitter:labelN` says `Written by`.
    static let writtenByData = "twitter:data (written by)"

    /// Labels of the `twitter:labelN`/`twitter:dataN` pairs SEO plugins (Yoast) write for a
    /// card's byline, folded, in the languages they ship.
    static let writtenByLabels: Set<String> = [
        "written by", "verfasst von", "geschrieben von", "escrito por", "ecrit par", "scritto da", "geschreven door",
        "napisane przez", "author", "autor", "auteur",
    ]

    /// `twitter:data1` renamed ``writtenByData`` when `twitter:label1` is a byline label.
    private static func withWrittenByData(_ metas: [(name: String, content: String)]) -> [(name: String, content: String)] {
        let numbers = metas.compactMap { meta -> Substring? in
            guard meta.name.hasPrefix("twitter:label"), writtenByLabels.contains(meta.content.trimmed.folded) else { return nil }
            return meta.name.dropFirst("twitter:label".count)
        }
        guard !numbers.isEmpty else { return metas }
        return metas.map { meta in
            guard meta.name.hasPrefix("twitter:data"), numbers.contains(meta.name.dropFirst("twitter:data".count)) else { return meta }
            return (writtenByData, meta.content)
        }
    }

    static let keys: [String: (key: DeclaredField.Key, rank: Int)] = {
        var keys: [String: (DeclaredField.Key, Int)] = [:]
        for (rank, entry) in table.enumerated() where keys[entry.name] == nil { keys[entry.name] = (entry.key, rank) }
        return keys
    }()

    /// The fields of the collected `(name, content)` pairs, in the table's order of trust, then
    /// document order. Author values that are profile URLs are dropped; list values (`tags`)
    /// are split at commas.
    static func fields(_ metas: [(name: String, content: String)]) -> [DeclaredField] {
        var ranked: [(rank: Int, order: Int, field: DeclaredField)] = []
        for (order, meta) in withWrittenByData(metas).enumerated() {
            guard let (key, rank) = keys[meta.name] else { continue }
            let value = HTMLText.clean(meta.content)
            guard !value.isEmpty else { continue }
            switch key {
            case .author:
                for name in HTMLText.personNames(value) {
                    ranked.append((rank, order, DeclaredField(.author, name, source: .metaTag, name: meta.name)))
                }
            case .url:
                let value = DeclaredURLs.unescaped(value)
                if HTMLText.isArticleURL(value) { ranked.append((rank, order, DeclaredField(key, value, source: .metaTag, name: meta.name))) }
            case .tag:
                for tag in value.split(separator: ",") where !tag.isBlank {
                    ranked.append((rank, order, DeclaredField(key, tag.trimmed, source: .metaTag, name: meta.name)))
                }
            default:
                ranked.append((rank, order, DeclaredField(key, value, source: .metaTag, name: meta.name)))
            }
        }
        ranked.sort { ($0.rank, $0.order) < ($1.rank, $1.order) }
        // Authors from one name only (`author` or `article:author`…), so two conventions for
        // the same people never double the byline.
        var authorName: String?
        return ranked.compactMap { entry in
            guard entry.field.key == .author else { return entry.field }
            if authorName == nil { authorName = entry.field.name }
            return entry.field.name == authorName ? entry.field : nil
        }
    }
}
