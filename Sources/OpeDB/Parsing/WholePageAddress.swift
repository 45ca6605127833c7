/// The address of a whole page converted to Markdown (markdownify, html2text, pandoc), which
/// keeps no `<head>` and so no canonical link: the links the page makes to itself.
///
/// In the order tried, each the page's own address as the site links it:
/// 1. the headline linked to the post (`## [Title](https://…/2024/tides/ "Permanent Link to Title")`);
/// 2. the address the share buttons pass on (``ShareLinks``);
/// 3. the post's date linked to the post, in the lines under the headline (`Posted on
///    [3 May 2024](https://…/2024/tides/)`), never a day's archive (`/2024/05/03/`) or the site's root;
/// 4. a link named the permalink (`Bookmark the [permalink](…)`);
/// 5. the address the comment links point into (`[2 Comments](https://…/tides/#comments)`),
///    when most of them point into one.
///
/// Rules 3 to 5 read only links to the site's own host (the host most of the page's links go to).
///
/// Only absolute `http(s)` addresses with a path count: a relative link cannot be resolved
/// without the page's host, and the site's root is no article's address.
enum WholePageAddress {
    /// The address and the rule that gave it, for ``ParseExplanation``; `title` is the
    /// headline's block and its text.
    static func find(title: (block: Block, text: String)?, page: [Block]) -> (address: String, rule: String)? {
        if let title, let address = headlineLink(title.block, text: title.text) { return (address, "the headline's link to the post") }
        if let shared = ShareLinks.pageAddress(page.flatMap { ShareLinks.targets(inText: $0.markup) }) {
            return (shared, "the address the page's share links pass on")
        }
        // The rules below read links a page also makes to other sites (a cited source's date, an
        // embedded tweet ending in its date): only the site's own links count.
        let links = page.flatMap { Inline.links(in: $0.markup) }
        guard let site = siteHost(links) else { return nil }
        func own(_ link: Inline.Link, keepingFragment: Bool = false) -> String? {
            address(of: link, keepingFragment: keepingFragment).flatMap { DeclaredURLs.parts($0)?.host == site ? $0 : nil }
        }
        // The lines under the headline in the page's own blocks (lines of links included, which
        // the whole-page reading drops), not an embedded post's quote; not a comment's date
        // (`…/tides/#comment-3303`).
        let titleIndex = title.flatMap { title in page.firstIndex { $0.line == title.block.line } }
        let underTitle = titleIndex.map { page[($0 + 1)...].prefix(6) } ?? []
        let underTitleLinks = underTitle.filter { $0.kind != .quote }.flatMap { Inline.links(in: $0.markup) }
        if let dated = underTitleLinks.first(where: { isDate($0.text) }).flatMap({ own($0, keepingFragment: true) }),
           !dated.contains("#"), !isArchive(dated) {
            return (dated, "the post's date linked to the post")
        }
        if let permalink = links.first(where: isPermalink).flatMap({ own($0) }) { return (permalink, "the permalink") }
        let commented = links.compactMap { link -> String? in
            guard link.target.utf8.contains(UInt8(ascii: "#")), let address = own(link, keepingFragment: true), let hash = address.lastIndex(of: "#"),
                  commentAnchors.contains(address[address.index(after: hash)...].lowercased()) else { return nil }
            return withoutCommentPage(String(address[..<hash]))
        }
        if let post = ShareLinks.pageAddress(commented) { return (post, "the post's comment links") }
        return nil
    }

    /// The host most of the page's absolute links go to, when it is most of them and at least
    /// three: the site's own (its menus, its archives, its posts).
    private static func siteHost(_ links: [Inline.Link]) -> String? {
        var counts: [String: Int] = [:]
        var total = 0
        for link in links {
            guard let target = link.target.split(separator: " ").first, target.hasPrefix("http"),
                  let host = DeclaredURLs.parts(String(target))?.host else { continue }
            counts[host, default: 0] += 1
            total += 1
        }
        guard let top = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              top.value >= 3, top.value * 2 > total else { return nil }
        return top.key
    }

    /// The headline's link, when its text is the headline (`## [Title](…)`, also inside a list
    /// item as some converters leave it).
    private static func headlineLink(_ block: Block, text: String) -> String? {
        let headline = Inline.plainText(text)
        guard let link = Inline.links(in: block.markup).first(where: { Inline.plainText($0.text) == headline }) else { return nil }
        return address(of: link).flatMap { isArchive($0) ? nil : $0 }
    }

    /// A link's absolute address without its title (`url "Permanent Link"`), nil unless it is
    /// an article's (``HTMLText/isArticleURL(_:)``, a path, no fragment but with `keepingFragment`).
    private static func address(of link: Inline.Link, keepingFragment: Bool = false) -> String? {
        var target = String(link.target.prefix(while: { $0 != " " })).replacing("&amp;", with: "&")
        if target.hasPrefix("<"), target.hasSuffix(">") { target = String(target.dropFirst().dropLast()) }
        if !keepingFragment, let hash = target.firstIndex(of: "#") { target = String(target[..<hash]) }
        guard HTMLText.isArticleURL(target), let parts = DeclaredURLs.parts(target), !parts.path.isEmpty else { return nil }
        return target
    }

    private static func isDate(_ text: String) -> Bool {
        let plain = Inline.plainText(text)
        return plain.count <= 40 && DateText.find(plain) != nil
    }

    /// `/2024/05/03/`, `/date/2024/05/`, `/archiv/auto/06-07-2018/`: a day's, a month's or a
    /// year's archive, its path ending in a short number or a date; the site's root too. An
    /// archived page's own address (`web.archive.org/web/…/http://…`) is read the same way.
    private static func isArchive(_ address: String) -> Bool {
        var address = Substring(address)
        if let inner = address.dropFirst(8).range(of: "http") { address = address[inner.lowerBound...] }
        guard let path = DeclaredURLs.parts(String(address))?.path else { return false }
        guard let last = path.split(separator: "/").last else { return true }
        let numbers = last.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "_" })
        return numbers.count <= 3 && numbers.allSatisfy { (1...4).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    private static func isPermalink(_ link: Inline.Link) -> Bool {
        guard link.text.utf8.count <= 40 else { return false }
        let text = Inline.plainText(link.text).folded
        return permalinkNames.contains(text)
    }

    /// `…/tides/comment-page-2/`: the post's comments paged (WordPress), the post's address
    /// before it.
    private static func withoutCommentPage(_ address: String) -> String {
        var trimmed = Substring(address)
        if trimmed.last == "/" { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/"), trimmed[trimmed.index(after: slash)...].hasPrefix("comment-page-") else { return address }
        return String(trimmed[...slash])
    }

    private static let permalinkNames: Set<String> = [
        "permalink", "permanent link", "permanenter link", "lien permanent", "enlace permanente", "link permanente",
    ]

    /// The fragments of a post's comment section.
    private static let commentAnchors: Set<String> = ["comments", "respond", "disqus_thread", "comment-form", "kommentare", "reply"]
}
