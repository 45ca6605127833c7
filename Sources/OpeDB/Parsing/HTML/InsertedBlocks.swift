/// Finds the short blocks pages set between an article's paragraphs that are not its text, when
/// no class says so: an image's credit line (`… © Agency`, `Titelbild: Agency`), an appeal from
/// the site (a newsletter sign-up, a call for support or a subscription, with its link), and a
/// teaser (a paragraph that is one link to another story on the same site, `>> Headline <<`).
///
/// Credit lines are hinted ``Block/Hint/caption`` (the header reads the lead image's credit from
/// a caption), teasers ``Block/Hint/related`` (their titles are the article's related links);
/// appeals are removed. Only blocks of at most ``shortBlock`` characters are read, and each once.
enum InsertedBlocks {
    /// The longest block (in visible characters) read as an insert: longer is the article's prose.
    static let shortBlock = 300
    /// The longest credit line, and the longest credit after its label or `©`.
    static let creditLine = 200
    static let credit = 60

    static func mark(_ blocks: inout [Block], site: String?) {
        var appeals: [Int] = []
        var i = 0
        while i < blocks.count {
            let block = blocks[i]
            // Cheap tests on the markup before the plain text is rendered (for every paragraph of
            // every page, that rendering would cost more than all the rest): 300 characters are
            // at most 1,200 bytes, and a link's target a few hundred more; a credit line holds
            // `©` or a label's `:`, an appeal a link or an `!`, a teaser a link.
            let markup = block.markup
            let size = markup.utf8.count
            guard block.hint == nil || mayBeCredit(block.hint) || block.hint == .standfirst,
                  block.kind == .paragraph || block.kind == .listItem || block.isHeading,
                  size <= 4 * shortBlock + 400 else {
                i += 1
                continue
            }
            let hasLink = markup.fastRange(of: "](") != nil
            let mayCredit = block.kind == .paragraph && size <= 4 * creditLine + 400
                && (markup.containsASCII(":") || markup.fastRange(of: "©") != nil)
            guard hasLink || mayCredit || markup.hasSuffix("!") else {
                i += 1
                continue
            }
            let plain = block.plainText
            guard !plain.isEmpty, plain.count <= shortBlock else {
                i += 1
                continue
            }
            if block.hint != nil {
                if mayCredit, isCreditLine(plain) {
                    blocks[i].hint = .caption
                } else if block.hint == .standfirst, hasLink, isTeaser(block, plain, site: site) {
                    // A `teaser` class around a link to another story: not this one's standfirst.
                    blocks[i].hint = .related
                }
                i += 1
                continue
            }
            if isAppeal(block, plain) {
                appeals.append(i)
                i += 1
                continue
            }
            if mayCredit, isCreditLine(plain) {
                blocks[i].hint = .caption
            } else if hasLink, isTeaser(block, plain, site: site) {
                blocks[i].hint = .related
            }
            i += 1
        }
        // Removed in one pass: one `remove(at:)` per appeal would move the blocks after it each time.
        if !appeals.isEmpty {
            var next = 0
            var kept: [Block] = []
            kept.reserveCapacity(blocks.count - appeals.count)
            for (index, block) in blocks.enumerated() {
                if next < appeals.count, appeals[next] == index {
                    next += 1
                } else {
                    kept.append(block)
                }
            }
            blocks = kept
        }
    }

    // MARK: Credit lines

    /// A credit line is often set in the header's standfirst, byline or date box.
    private static func mayBeCredit(_ hint: Block.Hint?) -> Bool {
        hint == .standfirst || hint == .byline || hint == .dateline
    }

    /// `Jane Roe, photo: Agency`, `The harbour at dawn. © Agency / Jane Roe`, `Titelbild: Agency`:
    /// a short line whose end is a credit.
    static func isCreditLine(_ plain: String) -> Bool {
        guard plain.count <= creditLine else { return false }
        if let mark = plain.lastIndex(of: "©") {
            let rest = plain[plain.index(after: mark)...].trimmed
            return !rest.isEmpty && rest.count <= credit && rest.split(separator: " ").count <= 8
        }
        let lower = plain.lowercased()
        for label in labels {
            guard let range = lower.range(ofLast: label) else { continue }
            // The label opens the line or follows a sentence or a name (`, photo:`), then `:`.
            let before = lower[..<range.lowerBound]
            guard before.isEmpty || before.hasSuffix(", ") || before.hasSuffix(". ") || before.hasSuffix("| ")
                    || before.hasSuffix("/ ") || before.hasSuffix("(") else { continue }
            let after = lower[range.upperBound...].drop(while: { $0 == " " })
            guard after.first == ":" else { continue }
            let rest = after.dropFirst().trimmed
            return !rest.isEmpty && rest.count <= credit
        }
        return false
    }

    /// Image-credit labels; sources (`Quelle`, `Source`, `Fuente`) are no image's credit.
    private static let labels: [String] = (Vocabulary.creditLabels + Vocabulary.captionCreditLabels
        + Vocabulary.creditLineLabels).filter { !["quelle", "source", "fuente"].contains($0) }

    // MARK: Appeals

    /// A short block with an appeal phrase (``Vocabulary/appealPhrases``) and a link or an
    /// exclamation: `Never miss the news: sign up to our newsletter!`.
    static func isAppeal(_ block: Block, _ plain: String) -> Bool {
        let hasLink = block.markup.fastRange(of: "](") != nil
        guard hasLink || plain.hasSuffix("!") else { return false }
        let folded = plain.folded
        return Vocabulary.appealPhrases.contains { folded.fastRange(of: $0) != nil }
    }

    // MARK: Teasers

    /// The most visible text beside a teaser's link, besides its label: `>>`, `»`, quotes.
    static let teaserSlack = 0.1

    /// A paragraph, item or heading that is one link of four words or more to a page of the same
    /// site, after an optional short label (`Lesen Sie hier: [Headline](/…)`).
    static func isTeaser(_ block: Block, _ plain: String, site: String?) -> Bool {
        guard block.markup.fastRange(of: "](") != nil else { return false }
        let links = Inline.links(in: block.markup)
        guard links.count == 1, let link = links.first, isSameSite(link.target, site: site) else { return false }
        let linked = link.text.trimmed
        guard linked.split(separator: " ").count >= 4 else { return false }
        var rest = Substring(plain)
        if let colon = rest.firstIndex(of: ":"), rest.distance(from: rest.startIndex, to: colon) <= 30,
           !linked.hasPrefix(rest[..<colon]) {
            rest = rest[rest.index(after: colon)...]
        }
        let visible = rest.filter { !decoration.contains($0) }.count
        let core = linked.filter { !decoration.contains($0) }.count
        return Double(visible - core) <= teaserSlack * Double(max(core, 1))
    }

    /// Spaces and the arrows and quotes around a teaser's headline.
    private static let decoration: Set<Character> = [" ", ">", "<", "»", "«", "›", "‹", "-", "–", "—", "→", "▶", "►",
                                                      "|", "•", "\"", "“", "”", "„"]

    /// A relative target, or one on the page's own host (or a host of the same site).
    static func isSameSite(_ target: String, site: String?) -> Bool {
        let t = target.trimmed
        if t.hasPrefix("//") {
            return site.map { domainMatches(String(t.dropFirst(2)), site: $0) } ?? false
        }
        guard t.fastRange(of: "://") != nil else {
            return !t.hasPrefixIgnoringCase("mailto:") && !t.hasPrefixIgnoringCase("tel:") && !t.hasPrefix("#")
        }
        guard let site, let domain = CanonicalURL.domain(of: t.lowercased()) else { return false }
        return domainMatches(domain, site: site)
    }

    private static func domainMatches(_ hostAndPath: String, site: String) -> Bool {
        var domain = Substring(hostAndPath.prefix(while: { $0 != "/" && $0 != "?" && $0 != ":" }))
        if domain.hasPrefix("www.") { domain = domain.dropFirst(4) }
        return domain == site || domain.hasSuffix("." + site) || site.hasSuffix("." + domain)
    }
}
