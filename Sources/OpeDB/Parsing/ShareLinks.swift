import Foundation

/// The page's own address as its share buttons pass it on: `facebook.com/sharer.php?u=…`,
/// `twitter.com/intent/tweet?url=…`, `linkedin.com/shareArticle?url=…`. A page that declares
/// no address (no canonical link, no `og:url`) still tells the share services which page a
/// reader shares, and that is the article's address as the site gives it out.
///
/// Only the services' own share endpoints count, and only an absolute `http(s)` address with a
/// path: a template's unfilled placeholder (`u=###url###`) or the site's home page is no
/// article's address.
enum ShareLinks {
    /// The share endpoints, as a host (without `www.`) and the start of a path, and the query
    /// parameter holding the shared address.
    private static let endpoints: [(host: String, path: String, parameter: String)] = [
        ("facebook.com", "/sharer", "u"), ("facebook.com", "/share.php", "u"), ("m.facebook.com", "/sharer", "u"),
        ("twitter.com", "/intent/tweet", "url"), ("twitter.com", "/share", "url"),
        ("x.com", "/intent/tweet", "url"), ("x.com", "/intent/post", "url"), ("x.com", "/share", "url"),
        ("linkedin.com", "/sharearticle", "url"), ("linkedin.com", "/sharing/share-offsite", "url"),
        ("xing.com", "/spi/shares/new", "url"), ("xing.com", "/social/share/spi", "url"), ("xing.com", "/app/user", "url"),
        ("pinterest.com", "/pin/create", "url"), ("reddit.com", "/submit", "url"), ("t.me", "/share/url", "url"),
        ("telegram.me", "/share/url", "url"), ("vk.com", "/share.php", "url"), ("tumblr.com", "/share", "url"),
        ("tumblr.com", "/widgets/share/tool", "canonicalurl"), ("getpocket.com", "/save", "url"),
        ("bsky.app", "/intent/compose", "text"), ("news.ycombinator.com", "/submitlink", "u"),
    ]

    /// Whether a link may be a share link: a cheap test on its bytes before ``target(of:)`` —
    /// long enough, with a query, on a share service's host.
    static func mayShare<Bytes: BidirectionalCollection<UInt8>>(_ href: Bytes) -> Bool {
        href.count > 20 && (href.starts(with: "http".utf8) || href.starts(with: "//".utf8))
            && href.contains(UInt8(ascii: "?")) && isServiceHost(href)
    }

    /// The address a share link passes on, or nil when `href` is no share service's link or its
    /// address is no article's.
    static func target(of href: String) -> String? {
        guard mayShare(href.utf8) else { return nil }
        let link = href.hasPrefix("//") ? "https:" + href : href
        guard let service = DeclaredURLs.parts(link), let query = link.firstIndex(of: "?"),
              let endpoint = endpoints.first(where: { service.host == $0.host && service.path.hasPrefix($0.path) }) else { return nil }
        for parameter in link[link.index(after: query)...].split(whereSeparator: { $0 == "&" || $0 == ";" || $0 == "#" }) {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].lowercased() == endpoint.parameter else { continue }
            // Escaped once, as a query wants, or not at all (`u=https://example.org/a`).
            var value = String(pair[1]).replacing("+", with: " ")
            if let decoded = value.removingPercentEncoding { value = decoded }
            // Bluesky's `text` holds words before the address.
            if endpoint.parameter == "text" { value = value.split(separator: " ").last.map(String.init) ?? "" }
            value = value.trimmed
            guard HTMLText.isArticleURL(value), !Self.placeholderMarks.contains(where: { value.contains($0) }),
                  let target = DeclaredURLs.parts(value), !target.path.isEmpty else { return nil }
            return withoutTracking(value)
        }
        return nil
    }

    /// The address without the campaign parameters a share button adds for the site's
    /// statistics (`?utm_source=twitter&utm_medium=social`, `smid=tw-share`): the page is the
    /// same without them.
    static func withoutTracking(_ address: String) -> String {
        guard let query = address.firstIndex(of: "?") else { return address }
        let fragment = address[query...].firstIndex(of: "#")
        let kept = address[address.index(after: query)..<(fragment ?? address.endIndex)].split(separator: "&").filter { parameter in
            let name = parameter.prefix(while: { $0 != "=" }).lowercased()
            return !trackingPrefixes.contains { name.hasPrefix($0) } && !trackingNames.contains(name)
        }
        return String(address[..<query]) + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
    }

    private static let trackingPrefixes = ["utm_", "at_", "wt_", "mc_", "pk_", "mtm_"]
    private static let trackingNames: Set<String> = ["smid", "maca", "fbclid", "gclid", "cmpid", "ocid", "ito", "sr_share", "share", "ref", "src", "ns_source", "ns_mchannel", "ns_campaign"]

    /// What an unfilled template leaves in an address (`###url###`, `{{url}}`, `<%= url %>`).
    private static let placeholderMarks = ["##", "{", "}", "<", ">", " ", "%%", "$"]

    /// The share links' addresses in Markdown or HTML text: every `http…` run up to a space,
    /// quote, bracket or angle bracket, `&amp;` read as `&` (converters keep raw `<a href>`).
    static func targets(inText text: String) -> [String] {
        guard text.utf8.count > 20 else { return [] }
        var found: [String] = []
        let bytes = Array(text.utf8)
        var i = 0
        while i + 8 < bytes.count {
            guard bytes[i] == UInt8(ascii: "h"), bytes[i + 1] == UInt8(ascii: "t"), bytes[i + 2] == UInt8(ascii: "t"),
                  bytes[i + 3] == UInt8(ascii: "p") else { i += 1; continue }
            var end = i
            while end < bytes.count, !linkEnds.contains(bytes[end]) { end += 1 }
            // Only a link with a query on a share service's host is read further.
            guard mayShare(bytes[i..<end]) else { i = max(end, i + 1); continue }
            let link = String(decoding: bytes[i..<end], as: UTF8.self).replacing("&amp;", with: "&")
            if let target = target(of: link) { found.append(target) }
            i = end
        }
        return found
    }

    /// Whether a link's host (`https://www.facebook.com/…`) ends in a share service's, from its
    /// bytes: most links of a page are the site's own and cost no more than this.
    private static func isServiceHost<Bytes: BidirectionalCollection<UInt8>>(_ link: Bytes) -> Bool {
        // `//twitter.com/…` has no scheme: its host follows the two slashes.
        let hostStart: Bytes.Index
        if let scheme = link.firstIndex(of: UInt8(ascii: ":")), link[scheme...].starts(with: "://".utf8) {
            hostStart = link.index(scheme, offsetBy: 3)
        } else if link.starts(with: "//".utf8) {
            hostStart = link.index(link.startIndex, offsetBy: 2)
        } else {
            return false
        }
        let hostEnd = link[hostStart...].firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") }) ?? link.endIndex
        let host = link[hostStart..<hostEnd]
        return serviceHosts.contains { service in
            host.count >= service.count && host.suffix(service.count).elementsEqual(service, by: { $0 | 0x20 == $1 })
        }
    }

    /// The share endpoints' hosts as bytes.
    private static let serviceHosts: [[UInt8]] = Array(Set(endpoints.map(\.host))).map { Array($0.utf8) }

    /// Bytes that end a link in Markdown or HTML text.
    private static let linkEnds: Set<UInt8> = Set(" \t\n\r\"'<>()[]".utf8)

    /// The address most of a page's share links pass on; nil when none does, or when two
    /// addresses are shared as often (a list of teasers, each with its own buttons).
    static func pageAddress(_ targets: [String]) -> String? {
        var counts: [String: Int] = [:]
        for target in targets { counts[target, default: 0] += 1 }
        let ranked = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard let top = ranked.first, ranked.dropFirst().first?.value != top.value else { return nil }
        return top.key
    }
}
