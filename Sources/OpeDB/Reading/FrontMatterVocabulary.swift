/// What front-matter keys mean: the one table from the names tools write (`pubDate`,
/// `site_name`, `URL Source`) to ``DeclaredField/Key``, and how each value is read.
///
/// Keys match case-insensitively, with spaces and dashes read as underscores, so a Jina
/// `Published Time:` line and a YAML `published_time:` key are the same key.
enum FrontMatterVocabulary {
    /// What a key means, and how much it is trusted against other keys of the same meaning
    /// (0 first): Obsidian's `created` is the clipping date, a fallback for `published`;
    /// trafilatura's `hostname` is a fallback for a real site name.
    struct Meaning {
        var key: DeclaredField.Key
        var rank: Int = 0
    }

    private static let meanings: [String: Meaning] = {
        var table: [String: Meaning] = [:]
        func add(_ names: [String], _ key: DeclaredField.Key, rank: Int = 0) {
            for name in names { table[name] = Meaning(key: key, rank: rank) }
        }
        add(["title", "headline"], .title)
        add(["author", "authors", "creator", "creators", "byline"], .author)
        add(["date", "published", "published_at", "publish_date", "pubdate", "date_published", "datepublished",
             "published_time", "publication_date", "published_on"], .published)
        add(["created", "created_at", "date_created"], .published, rank: 1)
        add(["updated", "modified", "lastmod", "last_modified", "date_modified", "datemodified", "updated_at"], .modified)
        add(["url", "source", "link", "canonical", "canonical_url", "original_url", "url_source", "source_url"], .url)
        add(["sitename", "site", "site_name", "publisher", "source_name", "publication"], .publication)
        add(["hostname"], .publication, rank: 1)
        add(["description", "excerpt", "summary", "subtitle"], .subtitle)
        add(["tags", "categories", "keywords"], .tag)
        add(["section"], .section)
        add(["kind", "type"], .type)
        return table
    }()

    /// Keys whose values may name the section even though they mean something else.
    private static let sectionCarriers: Set<String> = ["kind", "type", "categories", "section"]

    /// Whether a declared field is only a fallback for its key (``Meaning/rank`` above 0): used
    /// when nothing better is known, declared or guessed. Obsidian's and MarkDownload's `created`
    /// is when the page was clipped, not published; `hostname` is not the outlet's name.
    static func isFallback(_ field: DeclaredField) -> Bool {
        field.source == .frontMatter && (meanings[normalize(field.name)]?.rank ?? 0) > 0
            || field.key == .publication && normalize(field.name) == "source"
    }

    /// `Published Time` → `published_time`.
    static func normalize(_ key: String) -> String {
        String(key.trimmed.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    static func meaning(of key: String) -> Meaning? { meanings[normalize(key)] }

    /// Declared fields from front-matter entries in source order, each key's most trusted
    /// spelling first (see ``Meaning/rank``). Unknown keys are ignored.
    static func fields(_ entries: [FrontMatterValue.Entry]) -> [DeclaredField] {
        var ranked: [(rank: Int, field: DeclaredField)] = []
        for entry in entries {
            let normalized = normalize(entry.key)
            let texts = entry.value.texts.map { $0.collapsingWhitespace }.filter { !$0.isEmpty }
            if sectionCarriers.contains(normalized) {
                for text in texts where isOpinionSection(text) {
                    ranked.append((0, DeclaredField(.section, text, source: .frontMatter, name: entry.key)))
                }
            }
            guard let meaning = meanings[normalized] else { continue }
            func add(_ key: DeclaredField.Key, _ value: String, rank: Int = meaning.rank) {
                ranked.append((rank, DeclaredField(key, value, source: .frontMatter, name: entry.key)))
            }
            switch meaning.key {
            case .author:
                for name in AuthorNames.split(entry.value) { add(.author, name) }
            case .url:
                for text in texts {
                    if isWebAddress(text) { add(.url, text) }
                    // `Source: Harbour Gazette` in a header block names the outlet, not a page.
                    else if normalized == "source" { add(.publication, text, rank: 2) }
                }
            case .tag:
                for text in texts {
                    // One string of several: `keywords: a, b` (commas), Jekyll's `categories: a b` (spaces).
                    let separator: Character = text.contains(",") ? "," : " "
                    let parts = texts.count == 1 ? text.split(separator: separator).map { $0.trimmed } : [text]
                    for tag in parts where !tag.isEmpty { add(.tag, tag) }
                }
            case .section:
                // Already recorded above when it names an opinion section; record any other too.
                for text in texts where !isOpinionSection(text) { add(.section, text) }
            default:
                // One value per key: a list here (two titles?) keeps its first.
                if let first = texts.first { add(meaning.key, first) }
            }
        }
        // Stable by rank: `sorted` is not guaranteed stable, so break ties by position.
        return ranked.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element.field)
    }

    /// `http://` or `https://` and something after it.
    static func isWebAddress(_ text: String) -> Bool {
        let t = text.trimmed
        return (t.hasPrefixIgnoringCase("https://") || t.hasPrefixIgnoringCase("http://")) && !t.contains(" ") && t.utf8.count > 10
    }

    /// Whether a section, kind or category names an opinion page: `Opinion`, `Op-Ed`, `Comment`,
    /// `Commentary`, schema.org's `OpinionNewsArticle`. A declared opinion section makes an op-ed.
    static func isOpinionSection(_ text: String) -> Bool {
        let folded = text.lowercased()
        if folded == "opinionnewsarticle" { return true }
        let words = folded.split { !$0.isLetter && $0 != "-" }
        return words.contains { ["opinion", "opinions", "op-ed", "op-eds", "oped", "comment", "commentary"].contains($0) }
            || folded.contains("op ed")
    }
}
