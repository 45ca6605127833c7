/// The names closest to one a user typed, for a "did you mean" hint.
///
/// Compared folded (case and accents ignored). A name containing what was typed, or contained
/// in it, is closest (`Guardian` → `The Guardian Weekly`); then the edit distance of the whole
/// name or between its closest word and a typed one (`Kalinovksy` → `Artemy Kalinovsky`),
/// within a third of the typed length (whole names: at least 1, at most 3 edits; words: only
/// those of four letters or more, so `op-eds` is not one edit from `news`).
enum ClosestNames {
    static func closest(to typed: String, among candidates: [String], count: Int = 3) -> [String] {
        let query = Array(typed.folded.prefix(100))
        guard !query.isEmpty else { return [] }
        let queryWords = words(query)
        var scored: [(score: Int, name: String)] = []
        for candidate in Set(candidates) {
            let name = Array(candidate.folded.prefix(100))
            guard !name.isEmpty else { continue }
            if contains(name, query) || contains(query, name) {
                scored.append((0, candidate))
                continue
            }
            var best = distance(query, name)
            if best > min(3, max(1, query.count / 3)) { best = Int.max }
            // Word against word, for words long enough that a third of them is an edit or two.
            for word in words(name) {
                for queryWord in queryWords where queryWord.count >= 4 {
                    let d = distance(queryWord, word)
                    if d <= queryWord.count / 3 { best = min(best, d) }
                }
            }
            if best != Int.max { scored.append((best, candidate)) }
        }
        return scored.sorted { $0.score != $1.score ? $0.score < $1.score : $0.name < $1.name }.prefix(count).map(\.name)
    }

    private static func words(_ text: [Character]) -> [[Character]] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(Array.init)
    }

    private static func contains(_ text: [Character], _ part: [Character]) -> Bool {
        guard part.count <= text.count else { return false }
        for start in 0...(text.count - part.count) where text[start..<(start + part.count)].elementsEqual(part) {
            return true
        }
        return false
    }

    /// Levenshtein distance, two rows.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
