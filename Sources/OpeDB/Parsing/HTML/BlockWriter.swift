/// Writes the article's elements as ``Block``s whose text is inline Markdown.
///
/// One walk, appending to a byte buffer (no string concatenation in loops, so the cost is linear
/// in the page): text is whitespace-collapsed and its markup characters backslash-escaped, so
/// ``Inline/plainText(_:)`` gives back exactly the visible text; `<em>`, `<strong>`, `<a href>`
/// and `<code>` become `*…*`, `**…**`, `[…](…)` and `` `…` ``. A block element ends the
/// paragraph before it; `<br><br>` ends one too, a single `<br>` is a space.
struct BlockWriter {
    private(set) var blocks: [Block] = []
    private let table: ElementTable
    /// The title's plain text, folded: a heading repeating it is not written again.
    private let titleKey: String?
    private var titleSeen = false
    /// Where the page's own copy of the title stood, when it was among the first blocks: the
    /// title block goes there, so a kicker before it stays before it.
    private(set) var titlePosition: Int?
    private var buffer: [UInt8] = []
    /// A hint from an inline element (a byline `<span>` inside a `<p>`), for the block being built.
    private var bufferHint: Block.Hint?
    private var order = 0
    private var blockStart = 0
    /// Paragraphs of the text written so far (no hint, ``proseBytes`` or more).
    private var proseBlocks = 0

    /// Paragraphs of the text after which an author-named element is the author's box.
    static let proseBeforeAuthorBox = 3
    /// The least markup (bytes) of a paragraph counted as the text's.
    static let proseBytes = 120

    private struct Context {
        var kind: Block.Kind = .paragraph
        var hint: Block.Hint?
        var inLink = false
        var inEmphasis = false
        var inStrong = false
        var inCode = false
        /// The target of a short link that wraps whole blocks (a teaser card: `<a><h2>…</h2>
        /// <p>…</p></a>`): each block inside is written as that link, so it reads as one.
        var linkTarget: String?
    }

    init(table: ElementTable, title: String?) {
        self.table = table
        self.titleKey = title.map { Self.key($0) }
        buffer.reserveCapacity(4096)
    }

    static func key(_ text: String) -> String { text.folded.filter { $0.isLetter || $0.isNumber } }

    /// Writes the content of `root` (not its own class or tag: the root was chosen as content).
    mutating func write(_ root: HTMLNode) {
        let context = Context()
        if let level = root.tag.headingLevel {
            heading(root, level: level, context)
            return
        }
        walk(root, context)
        flush(context)
    }

    private mutating func walk(_ node: HTMLNode, _ context: Context) {
        for child in node.children {
            if child.isText {
                appendText(child, context)
                continue
            }
            guard child.isElement else { continue }
            order += 1
            guard let facts = table.facts(of: child), !facts.dropped else { continue }
            let tag = child.tag
            var inner = context
            /// Where the blocks of an author-named element read as the author's box begin.
            var authorBoxStart: Int?
            // A caption inside a standfirst or a header box is still the image's caption.
            if var hint = facts.cues.hint {
                // A byline is a byline near the top only: below the text's first paragraphs, an
                // element the page names for its author is the author's box (a name, a line or
                // two about them, links to their other articles), if it has that shape.
                if hint == .byline, proseBlocks >= Self.proseBeforeAuthorBox { hint = .authorBio }
                if context.hint == nil || hint == .pullQuote || hint == .authorBio || hint == .caption,
                   facts.text <= Self.hintLimit(hint), hint != .byline || blocks.count < 12 {
                    inner.hint = hint
                    if hint == .authorBio, facts.cues.hint == .byline, context.hint != .authorBio {
                        authorBoxStart = blocks.count
                    }
                }
            }
            defer { if let authorBoxStart { keepAuthorBox(from: authorBoxStart) } }
            switch tag {
            case .br:
                buffer.append(0x0A)
            case .hr:
                flush(context)
                blocks.append(Block(.rule, "", line: order, hint: context.hint))
            case .img:
                image(child, context)
            case .h1, .h2, .h3, .h4, .h5, .h6:
                flush(context)
                heading(child, level: tag.headingLevel ?? 2, inner)
            case .li:
                flush(context)
                inner.kind = context.kind == .quote ? .quote : .listItem
                walk(child, inner)
                flush(inner)
            case .blockquote:
                flush(context)
                inner.kind = .quote
                walk(child, inner)
                flush(inner)
            case .figcaption, .caption:
                flush(context)
                inner.hint = .caption
                walk(child, inner)
                flush(inner)
            case .a where !context.inLink:
                let start = buffer.count
                inner.inLink = true
                if facts.text <= Self.cardLink { inner.linkTarget = Self.usableTarget(child.attribute("href")) }
                walk(child, inner)
                closeLink(from: start, href: child.attribute("href"))
            case .em, .i, .cite, .strong, .b, .code, .kbd, .samp, .tt:
                let isCode = tag == .code || tag == .kbd || tag == .samp || tag == .tt
                let isStrong = tag == .strong || tag == .b
                // Markers are not nested (`**` inside `**`), nor written inside code.
                if context.inCode || (isStrong && context.inStrong) || (!isStrong && !isCode && context.inEmphasis) {
                    walk(child, inner)
                    continue
                }
                if isCode { inner.inCode = true } else if isStrong { inner.inStrong = true } else { inner.inEmphasis = true }
                let start = buffer.count
                walk(child, inner)
                wrap(from: start, marker: isCode ? "`" : isStrong ? "**" : "*")
            default:
                if tag.isBlock {
                    flush(context)
                    walk(child, inner)
                    flush(inner)
                } else {
                    if let hint = facts.cues.hint, context.hint == nil, facts.text <= Self.hintLimit(hint) { bufferHint = hint }
                    walk(child, inner)
                }
            }
        }
    }

    /// The least visible text (characters) of the line about the author in an author's box.
    static let authorBoxBio = 60

    /// Hints as related the blocks from `start` of an element named for the author below the
    /// text when it is a teaser card, not an author's box: it holds another story's headline
    /// (a heading or a link of four words or more that is no name) and no author's box shape
    /// (a person's name, on a line of its own or opening a sentence about them, and that
    /// sentence, not one link). Teaser cards carry author classes too (`headline_byline`); a
    /// name alone (`Author: Jane Roe`, `von Jane Roe`) stays the author's line.
    private mutating func keepAuthorBox(from start: Int) {
        guard start < blocks.count else { return }
        let box = blocks[start...].filter { $0.hint == .authorBio }
        let plain = box.map(\.plainText)
        func isHeadline(_ text: String) -> Bool {
            text.split(separator: " ").count >= 4 && !BylineParser.looksLikeName(text)
        }
        let headline = box.indices.contains { i in
            box[i].isHeading ? isHeadline(plain[i]) : Inline.links(in: box[i].markup).contains { isHeadline($0.text) }
        }
        guard headline else { return }
        let bio = box.indices.contains { i in
            guard !box[i].isHeading, plain[i].count >= Self.authorBoxBio, plain[i].split(separator: " ").count >= 8 else {
                return false
            }
            return Inline.links(in: box[i].markup).allSatisfy { $0.text.count * 2 < plain[i].count }
        }
        let name = plain.contains { text in
            let words = text.split(separator: " ")
            if BylineParser.looksLikeName(text) { return words.count >= 2 }
            return words.count > 2 && words.prefix(2).allSatisfy { $0.first?.isUppercase == true }
        }
        guard !(bio && name) else { return }
        for i in start..<blocks.count where blocks[i].hint == .authorBio { blocks[i].hint = .related }
    }

    /// Removes the first `count` blocks (a lead written before the text, ``MainText/lead(before:_:)``)
    /// that the text repeats: some pages print the lead again as its first paragraph.
    mutating func removeRepeated(first count: Int) {
        guard count > 0, count <= blocks.count else { return }
        let later = Set(blocks[count...].map(\.markup))
        let kept = blocks[..<count].filter { !later.contains($0.markup) }
        blocks.replaceSubrange(..<count, with: kept)
        if let position = titlePosition { titlePosition = max(0, position - (count - kept.count)) }
    }

    /// The most text an element may hold for its class to name its role: a `date` class on a
    /// wrapper of the whole post (Blogger's `date-outer`) says nothing about the post's text.
    static func hintLimit(_ hint: Block.Hint) -> Int {
        switch hint {
        case .byline, .dateline: return 300
        case .standfirst, .caption, .pullQuote: return 800
        case .authorBio, .related, .footer: return 1500
        case .title: return 0
        }
    }

    /// Hints "read more" boxes inside the text (``RelatedSection``), then the credit lines,
    /// appeals and teasers set between its paragraphs (``InsertedBlocks``), then removes the
    /// headings left with no text under them; `site` is the page's domain, which tells a
    /// teaser's link to another story of the same site.
    mutating func markRelated(site: String? = nil) {
        RelatedSection.mark(&blocks)
        InsertedBlocks.mark(&blocks, site: site)
        let removed = RelatedSection.removeEmptySections(&blocks)
        if let position = titlePosition { titlePosition = position - removed.filter { $0 < position }.count }
    }

    private mutating func heading(_ node: HTMLNode, level: Int, _ context: Context) {
        var inner = context
        inner.kind = .heading(level: level)
        walk(node, inner)
        if !titleSeen, let titleKey, level <= 2, Self.key(Inline.plainText(String(decoding: buffer, as: UTF8.self))) == titleKey {
            titleSeen = true
            if blocks.count <= 3 { titlePosition = blocks.count }
            buffer.removeAll(keepingCapacity: true)
            bufferHint = nil
            return
        }
        flush(inner)
    }

    private mutating func image(_ node: HTMLNode, _ context: Context) {
        guard !context.inLink, buffer.allSatisfy({ $0 == 0x20 || $0 == 0x0A }) else { return }
        guard let src = node.attribute("src") ?? node.attribute("data-src"), !src.isEmpty, !src.hasPrefix("data:") else { return }
        if node.attribute("width") == "1" || node.attribute("height") == "1" { return }
        var markup: [UInt8] = Array("![".utf8)
        Self.appendEscaped((node.attribute("alt") ?? "").utf8, to: &markup)
        markup.append(contentsOf: "](".utf8)
        markup.append(contentsOf: Self.target(src).utf8)
        markup.append(UInt8(ascii: ")"))
        blocks.append(Block(.image, String(decoding: markup, as: UTF8.self), line: order, hint: context.hint))
    }

    // MARK: Text

    private mutating func appendText(_ node: HTMLNode, _ context: Context) {
        node.withTextBytes { bytes in
            if buffer.isEmpty { blockStart = order }
            for b in bytes {
                switch b {
                case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                    if let last = buffer.last, last != 0x20, last != 0x0A { buffer.append(0x20) }
                default:
                    if Self.needsEscape(b) { buffer.append(UInt8(ascii: "\\")) }
                    buffer.append(b)
                }
            }
        }
    }

    @inline(__always)
    static func needsEscape(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "`"), UInt8(ascii: "<"), UInt8(ascii: "&"):
            return true
        default:
            return false
        }
    }

    static func appendEscaped(_ text: some Sequence<UInt8>, to out: inout [UInt8]) {
        for b in text {
            if needsEscape(b) { out.append(UInt8(ascii: "\\")) }
            out.append(b == 0x0A || b == 0x09 || b == 0x0D ? 0x20 : b)
        }
    }

    /// Wraps what was appended since `start` in `marker`, whitespace kept outside the markers
    /// (`* word *` would read as two literal stars).
    private mutating func wrap(from start: Int, marker: StaticString) {
        guard let (lead, core, trail) = split(from: start) else { return }
        if buffer[core].contains(0x0A) { return }  // a <br> inside: leave the text plain
        var rebuilt: [UInt8] = Array(repeating: 0x20, count: lead)
        let m = UnsafeBufferPointer(start: marker.utf8Start, count: marker.utf8CodeUnitCount)
        rebuilt.append(contentsOf: m)
        rebuilt.append(contentsOf: buffer[core])
        rebuilt.append(contentsOf: m)
        rebuilt.append(contentsOf: repeatElement(0x20, count: trail))
        buffer.replaceSubrange(start..., with: rebuilt)
    }

    /// The most text (bytes) a link wrapping blocks may hold to be read as a card: a page
    /// wrapped whole in a broken `<a>` must not turn every paragraph into a link.
    static let cardLink = 400

    /// A link's target worth writing: not empty, not a fragment, not a script.
    static func usableTarget(_ href: String?) -> String? {
        guard let href = href?.trimmed, !href.isEmpty, !href.hasPrefix("#"),
              !href.lowercased().hasPrefix("javascript:") else { return nil }
        return href
    }

    private mutating func closeLink(from start: Int, href: String?) {
        guard let href = Self.usableTarget(href) else { return }
        guard let (lead, core, trail) = split(from: start) else { return }
        var rebuilt: [UInt8] = Array(repeating: 0x20, count: lead)
        rebuilt.append(UInt8(ascii: "["))
        rebuilt.append(contentsOf: buffer[core].map { $0 == 0x0A ? 0x20 : $0 })
        rebuilt.append(contentsOf: "](".utf8)
        rebuilt.append(contentsOf: Self.target(href).utf8)
        rebuilt.append(UInt8(ascii: ")"))
        rebuilt.append(contentsOf: repeatElement(0x20, count: trail))
        buffer.replaceSubrange(start..., with: rebuilt)
    }

    /// Leading spaces, the content, trailing spaces of the buffer from `start`; nil when blank.
    private func split(from start: Int) -> (Int, Range<Int>, Int)? {
        guard start < buffer.count else { return nil }
        var lo = start
        while lo < buffer.count, buffer[lo] == 0x20 { lo += 1 }
        guard lo < buffer.count else { return nil }
        var hi = buffer.count
        while hi > lo, buffer[hi - 1] == 0x20 { hi -= 1 }
        return (lo - start, lo..<hi, buffer.count - hi)
    }

    /// A link target safe inside `(…)`: spaces, parentheses and angle brackets percent-encoded.
    static func target(_ href: String) -> String {
        var out = ""
        out.reserveCapacity(href.utf8.count)
        for c in href.unicodeScalars {
            switch c {
            case " ", "\n", "\t", "\r": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            case "\\": out += "%5C"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    // MARK: Blocks

    /// Ends the paragraph(s) in the buffer: split at blank-line `<br>` runs, single breaks made
    /// spaces, ends trimmed, a leading Markdown block marker escaped.
    private mutating func flush(_ context: Context) {
        defer {
            buffer.removeAll(keepingCapacity: true)
            bufferHint = nil
        }
        guard !buffer.isEmpty else { return }
        var pieces: [ArraySlice<UInt8>] = []
        var start = 0
        var i = 0
        while i < buffer.count {
            guard buffer[i] == 0x0A else {
                i += 1
                continue
            }
            var j = i + 1
            var breaks = 1
            while j < buffer.count, buffer[j] == 0x0A || buffer[j] == 0x20 {
                if buffer[j] == 0x0A { breaks += 1 }
                j += 1
            }
            if breaks >= 2 {
                pieces.append(buffer[start..<i])
                start = j
            }
            i = j
        }
        pieces.append(buffer[start...])
        let hint = context.hint ?? bufferHint
        for piece in pieces {
            var markup: [UInt8] = []
            markup.reserveCapacity(piece.count + 2)
            for b in piece {
                let c: UInt8 = b == 0x0A ? 0x20 : b
                if c == 0x20, markup.last == 0x20 || markup.isEmpty { continue }
                markup.append(c)
            }
            while markup.last == 0x20 { markup.removeLast() }
            guard !markup.isEmpty else { continue }
            Self.escapeBlockStart(&markup)
            if let target = context.linkTarget, !context.inCode, markup.firstIndex(of: UInt8(ascii: "[")) == nil {
                markup.insert(UInt8(ascii: "["), at: 0)
                markup.append(contentsOf: "](".utf8)
                markup.append(contentsOf: Self.target(target).utf8)
                markup.append(UInt8(ascii: ")"))
            }
            if hint == nil, context.kind == .paragraph, markup.count >= Self.proseBytes { proseBlocks += 1 }
            let text = String(decoding: markup, as: UTF8.self)
            blocks.append(Block(context.kind, text, line: blockStart, hint: hint))
        }
    }

    /// Plain text as the inline Markdown of one block of its own: escaped, and with a start
    /// that would read as a heading, quote or list item escaped too.
    static func blockMarkup(_ text: String) -> String {
        var markup: [UInt8] = []
        appendEscaped(text.utf8, to: &markup)
        escapeBlockStart(&markup)
        return String(decoding: markup, as: UTF8.self)
    }

    /// `# `, `> `, `- `, `+ `, `1. ` at the start of a paragraph would make it a Markdown heading,
    /// quote or list item.
    static func escapeBlockStart(_ markup: inout [UInt8]) {
        guard let first = markup.first else { return }
        switch first {
        case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="),
             UInt8(ascii: "|"), UInt8(ascii: "~"):
            if first != UInt8(ascii: "=") { markup.insert(UInt8(ascii: "\\"), at: 0) }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            var k = 0
            while k < markup.count, markup[k] >= 0x30, markup[k] <= 0x39 { k += 1 }
            if k < markup.count, markup[k] == UInt8(ascii: ".") || markup[k] == UInt8(ascii: ")") {
                markup.insert(UInt8(ascii: "\\"), at: k)
            }
        default:
            break
        }
    }
}
