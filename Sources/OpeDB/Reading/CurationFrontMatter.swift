import Yams

/// The front matter that carries an article's ``ArticleCuration`` through a Markdown export:
/// written by ``MarkdownWriter``, read back by `add`. Both sides are here, so the keys are
/// written once.
///
/// ```yaml
/// tags: ["harbours", "labour"]          # also what Obsidian and static-site tools write
/// opedb:
///   added: "2026-11-30T08:00:00Z"
///   edited: {title: "…", published_on: "", authors: ["…"]}   # "" or [] clears a field
///   authors:
///     - {byline: "A. M. Kalinovsky", name: "Artemy Kalinovsky", spellings: ["…", "…"]}
/// ```
///
/// `tags` in any YAML or TOML front matter is read (a list, or one comma-separated string);
/// the `opedb` table only from opedb's own exports.
public enum CurationFrontMatter {
    static let tagsKey = "tags"
    static let opedbKey = "opedb"
    static let addedKey = "added"
    static let editedKey = "edited"
    static let authorsKey = "authors"
    static let bylineKey = "byline"
    static let nameKey = "name"
    static let spellingsKey = "spellings"

    // MARK: Reading

    /// The curation in the front matter of `text`, or nil when it carries none.
    public static func read(_ text: String) -> ArticleCuration? {
        // Only YAML and TOML carry it: answer from the first bytes for every other file.
        let start = text.utf8.drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard start.starts(with: "---".utf8) || start.starts(with: "+++".utf8) else { return nil }
        guard let front = FrontMatter.read(text), front.format != .headerLines else { return nil }
        var curation = ArticleCuration()
        for entry in front.entries {
            switch FrontMatterVocabulary.normalize(entry.key) {
            case tagsKey: curation.tags = tags(entry.value)
            case opedbKey: read(entry.value, into: &curation)
            default: break
            }
        }
        return curation.isEmpty ? nil : curation
    }

    /// A list of tags, or one string of them separated by commas.
    static func tags(_ value: FrontMatterValue) -> [String] {
        switch value {
        case .text(let text): return text.split(separator: ",").map { $0.trimmed }.filter { !$0.isEmpty }
        case .list(let items): return items.flatMap { item -> [String] in
            if case .text(let text) = item, !text.isBlank { return [text] }
            return []
        }
        case .table: return []
        }
    }

    private static func read(_ value: FrontMatterValue, into curation: inout ArticleCuration) {
        guard case .table(let entries) = value else { return }
        for entry in entries {
            switch entry.key {
            case addedKey:
                if case .text(let text) = entry.value, ArticleCuration.isTimestamp(text.trimmed) { curation.addedAt = text.trimmed }
            case editedKey:
                guard case .table(let fields) = entry.value else { continue }
                for field in fields {
                    guard let key = ArticleEdits.Field(rawValue: field.key) else { continue }
                    if key == .authors {
                        curation.edits.setAuthors(strings(field.value))
                    } else if case .text(let text) = field.value {
                        curation.edits[key] = .some(text.isEmpty ? nil : text)
                    }
                }
            case authorsKey:
                guard case .list(let items) = entry.value else { continue }
                curation.authors = items.compactMap { item in
                    guard case .table(let fields) = item else { return nil }
                    func text(_ key: String) -> String? {
                        fields.first { $0.key == key }.flatMap { if case .text(let t) = $0.value, !t.isBlank { return t } else { return nil } }
                    }
                    guard let byline = text(bylineKey), let name = text(nameKey) else { return nil }
                    return .init(byline: byline, name: name,
                                 spellings: fields.first { $0.key == spellingsKey }.map { strings($0.value) } ?? [])
                }
            default: break
            }
        }
    }

    private static func strings(_ value: FrontMatterValue) -> [String] {
        switch value {
        case .text(let text): return text.isBlank ? [] : [text]
        case .list(let items): return items.flatMap(strings)
        case .table: return []
        }
    }

    // MARK: Writing

    /// The front-matter entries for `curation` (none when it is empty), every string quoted by
    /// Yams so that any text reads back as written.
    static func entries(for curation: ArticleCuration) -> [(Node, Node)] {
        func string(_ text: String) -> Node { Node(text, .implicit, .doubleQuoted) }
        func list(_ texts: [String]) -> Node { Node(texts.map(string), .implicit, .flow) }
        var out: [(Node, Node)] = []
        if !curation.tags.isEmpty { out.append((Node(tagsKey), list(curation.tags))) }
        var opedb: [(Node, Node)] = []
        if let added = curation.addedAt { opedb.append((Node(addedKey), string(added))) }
        if !curation.edits.isEmpty {
            let fields: [(Node, Node)] = curation.edits.fields.map { field in
                if field == .authors { return (Node(field.rawValue), list(curation.edits.authors ?? [])) }
                return (Node(field.rawValue), string((curation.edits[field] ?? nil) ?? ""))
            }
            opedb.append((Node(editedKey), Node(fields)))
        }
        if !curation.authors.isEmpty {
            opedb.append((Node(authorsKey), Node(curation.authors.map { author in
                Node([(Node(bylineKey), string(author.byline)), (Node(nameKey), string(author.name)),
                      (Node(spellingsKey), list(author.spellings))])
            })))
        }
        if !opedb.isEmpty { out.append((Node(opedbKey), Node(opedb))) }
        return out
    }
}
