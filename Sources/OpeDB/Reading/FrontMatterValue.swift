/// A front-matter value before it is given a meaning: YAML and TOML both come down to text,
/// lists and tables, and ``FrontMatterVocabulary`` reads all three the same way.
indirect enum FrontMatterValue: Equatable, Sendable {
    /// A scalar exactly as the author wrote it (`2021-03-04` stays text, never a date).
    case text(String)
    case list([FrontMatterValue])
    /// A nested map in source order (`author: {name: …, url: …}`).
    case table([Entry])

    struct Entry: Equatable, Sendable {
        var key: String
        var value: FrontMatterValue
    }

    /// Every scalar inside, depth first: the items of a list, a table's `name` (or else its first text).
    var texts: [String] {
        switch self {
        case .text(let text): return text.isBlank ? [] : [text]
        case .list(let items): return items.flatMap(\.texts)
        case .table(let entries):
            if let name = entries.first(where: { $0.key.lowercased() == "name" }) { return name.value.texts }
            return entries.lazy.compactMap { entry -> [String]? in
                if case .text(let t) = entry.value, !t.isBlank { return [t] }
                return nil
            }.first ?? []
        }
    }
}

extension FrontMatterValue.Entry {
    /// A `key: value` line (not indented), as YAML salvage and header lines read it.
    init?(keyLine line: Substring) {
        guard let first = line.first, !first.isWhitespace, let colon = line.firstIndex(of: ":") else { return nil }
        let key = String(line[..<colon])
        guard Self.looksLikeKey(key) else { return nil }
        self.init(key: key, value: .text(line[line.index(after: colon)...].trimmed))
    }

    /// A front-matter key: a short name (`title`, `date_published`, `URL Source`), not a clause
    /// of prose that happens to end in a colon.
    static func looksLikeKey(_ key: String) -> Bool {
        guard let first = key.first, first.isLetter || first == "_", key.count <= 40,
              key.split(separator: " ").count <= 3 else { return false }
        return key.allSatisfy { $0.isLetter || $0.isNumber || "_-. ".contains($0) }
    }
}
