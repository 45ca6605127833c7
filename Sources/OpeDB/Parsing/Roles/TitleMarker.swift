/// The kind marker at the end of a title: `Russia Gambles in Afghanistan – Again (Op-ed)`.
enum TitleMarker {
    /// The title without its marker, and the marker as a kind (`op-ed`, `opinion` …).
    static func split(_ title: String) -> (String, String?) {
        var t = title.trimmed
        if let last = t.last, last == ")" || last == "]",
           let open = t.lastIndex(of: last == ")" ? "(" : "[") {
            let inner = t[t.index(after: open)..<t.index(before: t.endIndex)]
            if let kind = kind(named: String(inner)) {
                t = String(t[..<open]).trimmed
                return (t, kind)
            }
        }
        for separator in [" | ", " — ", " – ", " - "] {
            if let range = t.range(ofLast: separator), let kind = kind(named: String(t[range.upperBound...])) {
                return (String(t[..<range.lowerBound]).trimmed, kind)
            }
        }
        // A leading section label: "OPINION | Title", "Analysis: Title".
        for separator in [" | ", ": ", " — ", " – "] {
            if let range = t.fastRange(of: separator), t.distance(from: t.startIndex, to: range.lowerBound) <= 14,
               let kind = kind(named: String(t[..<range.lowerBound])) {
                return (String(t[range.upperBound...]).trimmed, kind)
            }
        }
        return (t, nil)
    }

    /// The kind a marker word names, or nil when it is not a kind marker.
    static func kind(named marker: String) -> String? {
        let folded = marker.folded.trimmed.filter { $0 != "." && $0 != ":" }
        switch folded {
        case "op-ed", "oped", "op ed", "op–ed": return "op-ed"
        case let word where markerKinds.contains(word): return word
        default: return nil
        }
    }

    /// The kinds a marker word can name besides `op-ed` (which has several spellings).
    static let markerKinds: Set<String> = ["opinion", "editorial", "analysis", "interview", "commentary", "column", "review",
                                           "essay", "explainer", "feature", "obituary", "letter", "podcast", "satire",
                                           "perspective", "profile"]

    /// Every kind an article can have, `news` (no marker) first: what `opedb edit --kind` accepts.
    public static var allKinds: [String] { ["news", "op-ed"] + markerKinds.sorted() }
}

extension String {
    func range(ofLast needle: String) -> Range<String.Index>? {
        var found: Range<String.Index>?
        var searchStart = startIndex
        while let r = self[searchStart...].fastRange(of: needle) {
            found = r
            searchStart = index(after: r.lowerBound)
        }
        return found
    }
}
