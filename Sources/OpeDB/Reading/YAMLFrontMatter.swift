import Yams

/// Reads the YAML between `---` fences with Yams.
///
/// `Yams.compose` gives the node tree without converting scalars, so `date: 2021-03-04` stays
/// the text the author wrote instead of becoming a `Date` in some time zone.
enum YAMLFrontMatter {
    enum Reading: Equatable {
        /// Front matter, with a warning when it was not valid YAML and was read line by line.
        case entries([FrontMatterValue.Entry], warning: String?)
        /// The fences enclose something else (prose between two thematic breaks).
        case notFrontMatter
    }

    /// Reads `yaml`, the lines between the fences; `firstLine` is the file line of its first
    /// line, for warnings.
    static func read(_ yaml: String, firstLine: Int) -> Reading {
        if yaml.isBlank { return .entries([], warning: nil) }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            guard looksLikeKeyLines(yaml) else { return .notFrontMatter }
            let detail = problem(error, firstLine: firstLine).map { " (\($0))" } ?? ""
            return .entries(salvage(yaml), warning: "front matter is not valid YAML\(detail); read line by line")
        }
        guard case .mapping(let mapping)? = node else { return .notFrontMatter }
        var entries: [FrontMatterValue.Entry] = []
        var budget = maximumValues
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key, FrontMatterValue.Entry.looksLikeKey(scalar.string) else { return .notFrontMatter }
            entries.append(.init(key: scalar.string, value: convert(value, budget: &budget)))
        }
        return entries.isEmpty ? .notFrontMatter : .entries(entries, warning: nil)
    }

    /// How many values front matter may hold, aliases expanded: far more than any header has,
    /// and a bound on a hostile one whose anchors nest (`b: [*a, *a, …]`, `c: [*b, *b, …]`) and
    /// expand to billions. Values past it read as empty.
    static let maximumValues = 10_000

    private static func convert(_ node: Node, budget: inout Int) -> FrontMatterValue {
        guard budget > 0 else { return .text("") }
        budget -= 1
        switch node {
        case .scalar(let scalar):
            let nulls: Set<String> = ["", "~", "null", "Null", "NULL"]
            return .text(scalar.style == .plain && nulls.contains(scalar.string) ? "" : scalar.string)
        case .sequence(let sequence):
            var items: [FrontMatterValue] = []
            for item in sequence where budget > 0 { items.append(convert(item, budget: &budget)) }
            return .list(items)
        case .mapping(let mapping):
            var entries: [FrontMatterValue.Entry] = []
            for (key, value) in mapping where budget > 0 {
                guard case .scalar(let k) = key else { continue }
                entries.append(.init(key: k.string, value: convert(value, budget: &budget)))
            }
            return .table(entries)
        case .alias:
            return .text("")
        }
    }

    /// Whether the first non-blank line is `key: …`: the block was meant as front matter.
    private static func looksLikeKeyLines(_ yaml: String) -> Bool {
        guard let line = Paragraphs.lines(of: yaml).first(where: { !$0.isBlank }) else { return false }
        return FrontMatterValue.Entry(keyLine: line) != nil
    }

    /// Invalid YAML meant as front matter (an unquoted `title: Why: A Reply`, a stray tab): each
    /// `key: value` line on its own, `- item` lines after an empty value as its list. Lossy, but
    /// keeps what can be kept rather than dropping the whole header.
    private static func salvage(_ yaml: String) -> [FrontMatterValue.Entry] {
        var entries: [FrontMatterValue.Entry] = []
        for line in Paragraphs.lines(of: yaml) where !line.isBlank {
            if var entry = FrontMatterValue.Entry(keyLine: line), case .text(let value) = entry.value {
                entry.value = value.isEmpty ? .list([]) : .text(unquote(value))
                entries.append(entry)
            } else if let item = line.trimmed.dropPrefixIgnoringCase("- "), let last = entries.indices.last,
                      case .list(let items) = entries[last].value {
                entries[last].value = .list(items + [.text(unquote(item.trimmed))])
            }
        }
        return entries
    }

    private static func unquote(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first else { return text }
        return String(text.dropFirst().dropLast())
    }

    /// `line 3: mapping values are not allowed in this context`, in file lines.
    private static func problem(_ error: any Error, firstLine: Int) -> String? {
        guard let error = error as? YamlError else { return nil }
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return "line \(firstLine + mark.line - 1): \(problem)"
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicate key \(duplicates.joined(separator: ", "))"
        default:
            return nil
        }
    }
}
