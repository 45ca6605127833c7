/// Canonical form of an article's URL: the identity of an article that has one.
///
/// `<https://WWW.Example.com/a#top>` → `https://www.example.com/a`: angle brackets and
/// Markdown link markup removed, scheme and host lowercased, fragment dropped.
enum CanonicalURL {
    static func normalize(_ raw: String) -> String? {
        var text = raw.trimmed
        if text.hasPrefix("<"), text.hasSuffix(">") { text = String(text.dropFirst().dropLast()).trimmed }
        if text.hasPrefix("["), let link = Inline.links(in: text).first {
            text = link.target.hasPrefixIgnoringCase("http") ? link.target : link.text
        }
        if text.hasPrefixIgnoringCase("www.") { text = "https://" + text }
        guard let schemeEnd = text.fastRange(of: "://") else { return nil }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        var rest = text[schemeEnd.upperBound...]
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        let hostEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        let host = rest[..<hostEnd].lowercased()
        guard !host.isEmpty, !host.contains(where: { $0.isWhitespace }), host.contains(".") || host == "localhost"
        else { return nil }
        let path = rest[hostEnd...]
        guard !path.contains(where: { $0.isWhitespace }) else { return nil }
        return "\(scheme)://\(host)\(path)"
    }

    /// The host without `www.` and port: the publication's domain. For a page the Wayback Machine
    /// keeps, the domain of the page it captured: the outlet is the one that published it.
    static func domain(of url: String) -> String? {
        // One layer only: a capture of a capture names the archive, and unwrapping layer after
        // layer would copy the address once per layer.
        hostDomain(of: archivedAddress(url) ?? url)
    }

    private static func hostDomain(of url: String) -> String? {
        guard let schemeEnd = url.fastRange(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        var host = rest.prefix(while: { $0 != "/" && $0 != "?" && $0 != ":" })
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return host.isEmpty ? nil : String(host)
    }

    /// `https://web.archive.org/web/20130307194448/http://example.org/a` (or `…/20130307194448id_/…`,
    /// the captured address without its scheme, or with one slash) → `http://example.org/a`; nil
    /// for any other address.
    static func archivedAddress(_ url: String) -> String? {
        guard let marker = url.fastRange(of: "web.archive.org/web/") else { return nil }
        let before = url[..<marker.lowerBound].lowercased()
        guard before == "http://" || before == "https://" else { return nil }
        let rest = url[marker.upperBound...]
        let stamp = rest.prefix(while: { $0.isASCII && ($0.isNumber || $0.isLetter || $0 == "_") })
        guard stamp.first?.isNumber == true, rest.dropFirst(stamp.count).first == "/" else { return nil }
        let original = rest.dropFirst(stamp.count + 1)
        guard !original.isEmpty else { return nil }
        // The captured address's scheme, if it starts with one: only a web page's is unwrapped
        // (`mailto:` is not a site), and one without a scheme is a web address.
        let scheme = original.prefix(while: { $0.isASCII && $0.isLetter })
        guard original.dropFirst(scheme.count).first == ":" else { return "http://" + original }
        let lower = scheme.lowercased()
        guard lower == "http" || lower == "https" else { return nil }
        let afterColon = original.dropFirst(scheme.count + 1)
        // `http:/example.org/a`: a path cleaner merged the captured address's two slashes.
        if afterColon.hasPrefix("//") { return String(original) }
        return afterColon.hasPrefix("/") ? lower + ":/" + afterColon : nil
    }
}
