import Foundation

/// Which of the addresses a page declares for itself (JSON-LD `url`/`mainEntityOfPage`,
/// `og:url`, `<link rel=canonical>`…) can be the article's, when they disagree.
///
/// The URL identifies an article in the archive, so a wrong one can make two articles one. Three
/// kinds of declared address are not the article's when a better one is declared beside it:
/// - a site's root (`https://example.com/`): JSON-LD templates put the home page in
///   `mainEntityOfPage`;
/// - an address on a host no other declaration names, when two others agree on theirs (a
///   template's placeholder such as `https://google.com/article`);
/// - a short link (`/!4532`, `/s/4532`) whose number the full address on the same host repeats
///   (`/life/4532-the-long-title`): the full one is the article's address as the site links it.
enum DeclaredURLs {
    static func filtered(_ declared: [DeclaredField]) -> [DeclaredField] {
        let urls = declared.indices.compactMap { index -> (index: Int, host: String, path: String)? in
            guard declared[index].key == .url, let (host, path) = parts(declared[index].value) else { return nil }
            return (index, host, path)
        }
        guard urls.count >= 2 else { return declared }
        var dropped: Set<Int> = []
        if urls.contains(where: { !$0.path.isEmpty }) {
            for url in urls where url.path.isEmpty { dropped.insert(url.index) }
        }
        var hostCounts: [String: Int] = [:]
        for url in urls where !dropped.contains(url.index) { hostCounts[url.host, default: 0] += 1 }
        if hostCounts.values.contains(where: { $0 >= 2 }) {
            for url in urls where hostCounts[url.host] == 1 { dropped.insert(url.index) }
        }
        for short in urls where !dropped.contains(short.index) {
            guard let number = lastNumber(short.path) else { continue }
            let longer = urls.contains { full in
                !dropped.contains(full.index) && full.host == short.host && full.path.count >= short.path.count + 10
                    && full.path.fastRange(of: number) != nil
            }
            if longer { dropped.insert(short.index) }
        }
        guard !dropped.isEmpty else { return declared }
        return declared.indices.filter { !dropped.contains($0) }.map { declared[$0] }
    }

    /// `https%3A%2F%2Fexample.org%2Fnews%2Ftide`: an address a template escaped whole (as for a
    /// query parameter) before writing it into `og:url`, unescaped once; any other value as it is.
    static func unescaped(_ value: String) -> String {
        let lower = value.trimmed.lowercased()
        guard lower.hasPrefix("http%3a%2f%2f") || lower.hasPrefix("https%3a%2f%2f") else { return value }
        return percentDecoded(Substring(value.trimmed)) ?? value
    }

    /// The page's own address in its oEmbed discovery link (`<link rel="alternate"
    /// type="application/json+oembed" href="…/embed?url=https%3A%2F%2F…">`, oembed.com §4, which
    /// every WordPress site writes): its `url` parameter, unescaped.
    static func fromOEmbed(_ href: String) -> String? {
        guard let query = href.firstIndex(of: "?") else { return nil }
        for parameter in href[href.index(after: query)...].split(whereSeparator: { $0 == "&" || $0 == ";" }) {
            guard parameter.hasPrefix("url="), let value = percentDecoded(parameter.dropFirst(4)),
                  HTMLText.isArticleURL(value) else { continue }
            return value
        }
        return nil
    }

    /// `%XX` escapes decoded as UTF-8; nil when an escape is malformed or the result is not UTF-8.
    private static func percentDecoded(_ text: Substring) -> String? {
        String(text).removingPercentEncoding
    }

    /// The host without `www.`, and the path without query, fragment or trailing `/`.
    static func parts(_ url: String) -> (host: String, path: String)? {
        let value = url.trimmed.lowercased()
        guard let scheme = value.fastRange(of: "://") else { return nil }
        let rest = value[scheme.upperBound...]
        let hostEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        var host = String(rest[..<hostEnd])
        if host.hasPrefix("www.") { host.removeFirst(4) }
        guard !host.isEmpty else { return nil }
        var path = rest[hostEnd...].prefix(while: { $0 != "?" && $0 != "#" })
        path = path.droppingLast { $0 == "/" }
        return (host, String(path))
    }

    /// The last run of five or more digits in a path: an article's id.
    private static func lastNumber(_ path: String) -> String? {
        var runs: [Substring] = []
        var rest = Substring(path)
        while let start = rest.firstIndex(where: \.isASCIIDigit) {
            let run = rest[start...].prefix(while: \.isASCIIDigit)
            if run.count >= 5 { runs.append(run) }
            rest = rest[run.endIndex...]
        }
        return runs.last.map(String.init)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
