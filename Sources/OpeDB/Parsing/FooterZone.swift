/// The article's footer: the blocks after the last body paragraph — bios, the outlet's
/// disclaimer or republication note, the source line, tags, related links and quotes set after
/// the text.
///
/// The footer is found from the end: blocks are taken while each can play a footer role; the
/// first that cannot ends the body, and a rule (`---`) is a boundary the writer of the page drew.
/// Footer roles are given only here, so a body paragraph that happens to say "views expressed"
/// or "first published" stays in the body.
struct FooterZone {
    enum Role: Equatable {
        /// A labelled URL line; `""` when the address is on the next line.
        case urlLabel(String)
        case bareURL(String)
        case disclaimer(String)
        case quote(String)
        case related([String])
        /// A bio's markup.
        case bio(String)
        case reporting([String], additional: Bool)
        /// Rules, images, tag lines, empty headings: nothing to keep.
        case furniture
    }

    var url: String?
    var disclaimer: String?
    var quotes: [String] = []
    var related: [String] = []
    /// Bio texts, in order.
    var notes: [String] = []
    /// A wire story's reporters (`Reporting by …`), not those of `Additional reporting by …`.
    var reportingBy: [String] = []

    /// Where the footer starts in `blocks[bodyStart...]` (`blocks.count` when there is none), and
    /// the role of each footer block: found from the end, each block's role computed once.
    static func find(in blocks: [Block], bodyStart: Int, names: [PersonName]) -> (start: Int, roles: [Role]) {
        var cache = RoleCache(blocks: blocks, names: names)
        var start = blocks.count
        var sawDisclaimer = false
        var i = blocks.count - 1
        walk: while i >= bodyStart {
            let block = blocks[i]
            if block.kind == .rule {
                start = i
                break
            }
            guard let role = cache.role(at: i) else { break }
            switch role {
            case .bareURL:
                // A bare address is the source line only as the last block or after a URL label.
                let afterLabel = i > bodyStart && cache.plainRole(at: i - 1) == .urlLabel("")
                guard i == blocks.count - 1 || afterLabel else { break walk }
            case .disclaimer:
                // One disclaimer: a plain paragraph with a cue above it belongs to the text.
                if sawDisclaimer, Emphasis.italicInner(block.markup) == nil, block.hint != .footer { break walk }
                sawDisclaimer = true
            default:
                break
            }
            start = i
            i -= 1
        }
        return (start, (start..<blocks.count).map { cache.role(at: $0) ?? .furniture })
    }

    /// Roles of blocks, each computed at most once.
    private struct RoleCache {
        let blocks: [Block]
        let names: [PersonName]
        private var plain: [Int: Role?] = [:]

        init(blocks: [Block], names: [PersonName]) {
            self.blocks = blocks
            self.names = names
        }

        /// The block's own role, without context.
        mutating func plainRole(at i: Int) -> Role? {
            if let known = plain[i] { return known }
            let role = FooterZone.role(of: blocks[i], names: names)
            plain[i] = role
            return role
        }

        /// The role with its context: an italic paragraph that names nobody is a bio when it
        /// follows one (`*Their latest book is …*` after `*Renée Abramov is …*`).
        mutating func role(at i: Int) -> Role? {
            if let role = plainRole(at: i) { return role }
            guard let inner = Emphasis.italicInner(blocks[i].markup) else { return nil }
            var k = i - 1
            while k >= 0, blocks[k].kind == .image { k -= 1 }
            guard k >= 0, case .bio? = plainRole(at: k) else { return nil }
            return .bio(inner)
        }
    }

    /// The footer role `block` could play, or nil when it can only be text.
    static func role(of block: Block, names: [PersonName]) -> Role? {
        switch block.kind {
        case .rule, .image:
            return .furniture
        case .heading:
            return block.plainText.isEmpty ? .furniture : nil
        case .listItem:
            return nil
        case .quote:
            return PullQuote.text(of: block).map(Role.quote)
        case .paragraph:
            break
        }
        let p = block.markup
        if let value = SourceURL.labelValue(p) { return .urlLabel(value) }
        if let url = SourceURL.bare(p) { return .bareURL(url) }
        if let bio = AuthorBio.labelled(p) { return .bio(bio) }
        if let text = Disclaimer.labelled(p) { return .disclaimer(text) }
        if TagLine.matches(p) { return .furniture }
        if let names = ReportingCredit.names(p) { return .reporting(names, additional: ReportingCredit.isAdditional(p)) }
        if let titles = RelatedLine.titles(in: p) { return .related(titles) }
        if let quote = PullQuote.text(of: block) { return .quote(quote) }
        if let inner = Emphasis.italicInner(p) {
            let text = Inline.plainText(inner)
            if Disclaimer.matches(text) || Disclaimer.isRepublication(text) { return .disclaimer(text) }
            // An italic paragraph is a bio when it is about someone; otherwise it is the text's.
            return AuthorBio.isAbout(text, names: names) ? .bio(inner) : nil
        }
        switch block.hint {
        case .footer: return .disclaimer(block.plainText)
        case .authorBio: return .bio(p)
        case .related: return .related([block.plainText])
        default: break
        }
        guard p.utf8.count < 1200 else { return nil }
        let plain = block.plainText
        if Disclaimer.isPlainFooter(plain) { return .disclaimer(plain) }
        if AuthorBio.opensWithAuthor(plain, names: names) { return .bio(p) }
        // `*Anna Berg is …` under `By Anna Berg*`: the mark ties the note to the byline.
        if let unmarked = FootnoteMark.withoutLeadingMark(plain), AuthorBio.opensWithAuthor(unmarked, names: names),
           let markup = FootnoteMark.withoutLeadingMark(p) {
            return .bio(markup)
        }
        return nil
    }

    /// Reads the footer: its blocks and the roles ``find(in:bodyStart:names:)`` gave them.
    init<C: Collection>(_ blocks: C, roles: [Role], explaining explanation: inout ParseExplanation)
    where C.Element == Block {
        var expectURL = false
        for (block, role) in zip(blocks, roles) {
            switch role {
            case .urlLabel(let value):
                if value.isEmpty {
                    expectURL = url == nil
                } else if url == nil, let address = CanonicalURL.normalize(value) {
                    url = address
                    explanation.note(.url, "URL line", line: block.line)
                }
                continue
            case .bareURL(let address):
                if url == nil {
                    url = address
                    explanation.note(.url, expectURL ? "address after a URL label" : "address as the last line", line: block.line)
                }
            case .disclaimer(let text):
                if disclaimer == nil {
                    disclaimer = text
                    explanation.note(.disclaimer, "disclaimer or republication note after the text", line: block.line)
                } else {
                    notes.append(text)
                }
            case .quote(let text):
                quotes.append(text)
                explanation.add(.quotes, "quotation set apart", line: block.line)
            case .related(let titles):
                related += titles
                explanation.add(.related, "related line", line: block.line)
            case .bio(let markup):
                notes.append(AuthorBio.text(markup))
                explanation.add(.notes, "bio after the text", line: block.line)
            case .reporting(let names, let additional):
                if !additional { reportingBy = names }
            case .furniture:
                break
            }
            expectURL = false
        }
    }
}
