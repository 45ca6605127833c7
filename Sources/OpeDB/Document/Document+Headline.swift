extension Document {
    /// The article's title: the most trusted declared one, unless the page's visible headline
    /// (an `<h1>` found as a ``DeclaredField/Source/element``) is a variant of it.
    ///
    /// Metadata titles are often written for search engines and social cards (`og:title`
    /// shortened, a site name appended); when the visible headline shares a good part of its words with
    /// the declared title, it is the same headline as readers saw it, and it wins.
    public var headline: DeclaredField? {
        let titles = declared(.title)
        guard var best = titles.first else { return nil }
        // A kicker the most trusted title keeps (microdata read from `<h1><small>Kicker</small>
        // Headline</h1>`) and another declaration leaves out (`og:title` = `Headline`).
        if let plain = titles.first(where: { $0.source < .element && Self.isKickerBefore($0.value, in: best.value) }) { best = plain }
        guard best.source < .element, let visible = titles.first(where: { $0.source == .element }) else { return best }
        if Self.isKickerBefore(best.value, in: visible.value) { return best }
        return Self.isVariant(visible.value, of: best.value) ? visible : best
    }

    /// A heading that prints a kicker before the declared headline (`Energy crisis The grid
    /// holds` for `The grid holds`): the declared one is the headline. A label such as
    /// `Opinion:` is no kicker; it says what the piece is.
    static func isKickerBefore(_ declared: String, in visible: String) -> Bool {
        let short = words(declared), long = words(visible)
        guard short.count >= 3, long.count > short.count, long.count - short.count <= 6,
              Array(long.suffix(short.count)) == short else { return false }
        // The extra words end in a colon or a bar: a label (`Opinion:`), kept with the heading.
        let labelMarks: [Character] = [":", "|"]
        return !labelMarks.contains { visible.contains($0) && !declared.contains($0) }
    }

    /// Two titles are variants when one starts the other (`Title` and `Title | Site`), or
    /// contains it and is not much longer, or a good part of their words are shared.
    static func isVariant(_ a: String, of b: String) -> Bool {
        let wordsA = words(a), wordsB = words(b)
        guard !wordsA.isEmpty, !wordsB.isEmpty else { return false }
        let (short, long) = wordsA.count <= wordsB.count ? (wordsA, wordsB) : (wordsB, wordsA)
        let shortKey = short.joined(separator: " "), longKey = long.joined(separator: " ")
        if longKey.hasPrefix(shortKey) || longKey.hasSuffix(shortKey) { return true }
        if longKey.contains(shortKey) && short.count * 5 >= long.count * 2 { return true }
        let setA = Set(wordsA), setB = Set(wordsB)
        return Double(setA.intersection(setB).count) / Double(setA.union(setB).count) > 0.3
    }

    private static func words(_ text: String) -> [String] {
        text.folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}
