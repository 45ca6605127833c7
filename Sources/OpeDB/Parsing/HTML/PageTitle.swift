/// A page title without the outlet's name around it: `Title | The Daily Planet`,
/// `Title - example.com`, `Planet: Title`.
///
/// The name is removed only when it matches what the page says the site is (its declared
/// publication) or its host, so a title that merely contains a dash keeps it.
enum PageTitle {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " : ", " // ", " / "]

    static func strip(_ title: String, site: String?, host: String?) -> String {
        let keys = siteKeys(site: site, host: host)
        guard !keys.isEmpty else { return title }
        // The earliest separator after which everything is about the site: a suffix may have
        // several parts (`Title | Section | Site`).
        var cuts: [(Range<String.Index>)] = []
        for separator in separators {
            var from = title.startIndex
            while let range = title[from...].fastRange(of: separator) {
                cuts.append(range)
                from = range.upperBound
            }
        }
        cuts.sort { $0.lowerBound < $1.lowerBound }
        for cut in cuts {
            let head = String(title[..<cut.lowerBound]).trimmed
            let tail = String(title[cut.upperBound...])
            guard head.count >= 3 else { continue }
            let tailKey = BlockWriter.key(tail)
            if matches(tailKey, keys) && (tailKey.count <= 3 * maxKeyLength(keys) + 40) { return head }
        }
        // A prefix: `Site | Title`, `Site: Title`.
        for cut in cuts.reversed() {
            let head = String(title[..<cut.lowerBound])
            let tail = String(title[cut.upperBound...]).trimmed
            guard tail.count >= 3 else { continue }
            if matches(BlockWriter.key(head), keys) && BlockWriter.key(head).count <= 2 * maxKeyLength(keys) + 10 { return tail }
        }
        return title
    }

    private static func maxKeyLength(_ keys: [String]) -> Int { keys.map(\.count).max() ?? 0 }

    private static func matches(_ part: String, _ keys: [String]) -> Bool {
        guard !part.isEmpty else { return false }
        return keys.contains { key in part == key || part.contains(key) || (part.count >= 4 && key.contains(part)) }
    }

    /// The site's name folded, and the distinctive labels of its host (`theguardian` of
    /// `www.theguardian.com`).
    private static func siteKeys(site: String?, host: String?) -> [String] {
        var keys: [String] = []
        if let site {
            let key = BlockWriter.key(site)
            if key.count >= 3 { keys.append(key) }
        }
        if let host {
            let labels = host.lowercased().split(separator: ".")
            for label in labels.dropLast() where label.count >= 4 && label != "www" {
                keys.append(BlockWriter.key(String(label)))
            }
        }
        return keys
    }
}
