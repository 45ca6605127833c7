import CLibXML2

/// Facts about every element of a page, found in a few linear passes and read by index
/// afterwards: the class cues, whether the subtree is dropped, its visible and linked text
/// lengths, and a readability-style content score.
///
/// Each element's index is kept in libxml2's `_private` slot (free for applications), so looking
/// facts up is a pointer read, not a hash. Elements are numbered in document order, so a
/// reverse loop visits children before parents.
final class ElementTable {
    struct Facts {
        var cues: ClassCues
        var parent: Int
        /// Never content (scripts, navigation, forms' controls): dropped whatever it holds.
        var hardDropped: Bool
        /// Hidden, or a `<form>`: dropped unless it wraps the page's prose (pages that show
        /// their text only once a script runs; ASP.NET pages inside one big form).
        var softDropped = false
        /// Not entered by the writer: hard-dropped, or boilerplate by its classes.
        var dropped = false
        /// The element is or holds the page's declared text (`itemprop=articleBody`, `<main>`,
        /// `role=main`): no boilerplate holds it, whatever its classes say (`sidebar-right` on
        /// the layout's wrapper, `navigation-wrapper` around `<main>`).
        var holdsMain = false
        var isParagraphLike = false
        /// Visible text bytes directly in this element (not in child elements).
        var ownText = 0
        var ownLinkText = 0
        var ownCommas = 0
        /// Totals over the subtree, dropped subtrees excluded.
        var text = 0
        var linkText = 0
        var commas = 0
        /// Text bytes in paragraph-like descendants, links excluded: what "the most paragraph
        /// text" compares.
        var paragraphText = 0
        /// Readability's score: from the paragraphs below it, plus its own class and tag.
        var score: Double = 0
        var scored = false
    }

    private(set) var facts: [Facts] = []
    private(set) var nodes: [HTMLNode] = []

    /// Walks everything under `root` (the `<html>` element).
    init(root: HTMLNode) {
        facts.reserveCapacity(2048)
        nodes.reserveCapacity(2048)
        collect(root, parent: -1, inLink: false)
        total(excludingBoilerplate: false)
        decideDrops()
        total(excludingBoilerplate: true)
        score()
    }

    func index(of node: HTMLNode) -> Int? {
        guard let raw = node.pointer.pointee._private else { return nil }
        return Int(bitPattern: raw) - 1
    }

    func facts(of node: HTMLNode) -> Facts? { index(of: node).map { facts[$0] } }

    func cues(of node: HTMLNode) -> ClassCues { facts(of: node)?.cues ?? ClassCues(classAndID: node.classAndID) }

    func isDropped(_ node: HTMLNode) -> Bool { facts(of: node)?.dropped ?? false }

    // MARK: Passes

    /// Pre-order: numbers elements, reads their classes and their own text.
    private func collect(_ node: HTMLNode, parent: Int, inLink: Bool) {
        let tag = node.tag
        let index = facts.count
        node.pointer.pointee._private = UnsafeMutableRawPointer(bitPattern: index + 1)
        let attributes = node.layoutAttributes
        let cues = cues(attributes)
        // `<noscript>` is soft too: some pages (Blogger's) write the post's text only there.
        let hard = tag.isNeverContent && tag != .form && tag != .noscript
        facts.append(Facts(cues: cues, parent: parent, hardDropped: hard,
                           softDropped: tag == .form || tag == .noscript || attributes.hidden))
        if attributes.articleBody || tag == .main || attributes.role?.lowercased() == "main" {
            var i = index
            while i >= 0, !facts[i].holdsMain {
                facts[i].holdsMain = true
                i = facts[i].parent
            }
        }
        nodes.append(node)
        guard !hard else { return }
        let linked = inLink || tag == .a
        var hasBlockChild = false
        var own = 0, commas = 0
        for child in node.children {
            if child.isText {
                child.withTextBytes { bytes in
                    for b in bytes {
                        if b > 0x20 { own += 1 }
                        if b == UInt8(ascii: ",") { commas += 1 }
                    }
                }
            } else if child.isElement {
                if child.tag.isBlock { hasBlockChild = true }
                collect(child, parent: index, inLink: linked)
            }
        }
        // Reader comments are never the article, however long: left out of every total, so a
        // long thread does not make the article look like a small part of the page.
        if cues.isComments, !facts[index].holdsMain, tag != .body, tag != .html { facts[index].hardDropped = true }
        facts[index].ownText = own
        facts[index].ownLinkText = linked ? own : 0
        facts[index].ownCommas = commas
        facts[index].isParagraphLike = tag.isParagraphLike || (tag == .div && !hasBlockChild)
    }

    /// Children before parents: subtree totals, dropped subtrees left out.
    private func total(excludingBoilerplate: Bool) {
        for i in facts.indices {
            facts[i].text = facts[i].ownText
            facts[i].linkText = facts[i].ownLinkText
            facts[i].commas = facts[i].ownCommas
            facts[i].paragraphText = 0
        }
        for i in facts.indices.reversed() {
            let f = facts[i]
            // Text directly in a container (`<div>text<br>text<div>…`) is prose too.
            if f.isParagraphLike {
                facts[i].paragraphText = max(f.paragraphText, f.text - f.linkText)
            } else {
                facts[i].paragraphText += f.ownText - f.ownLinkText
            }
            let excluded = f.hardDropped || (excludingBoilerplate && f.dropped)
            guard f.parent >= 0, !excluded else { continue }
            facts[f.parent].text += f.text
            facts[f.parent].linkText += f.linkText
            facts[f.parent].commas += f.commas
            facts[f.parent].paragraphText += facts[i].paragraphText
        }
    }

    /// Parents before children: an element with boilerplate classes is dropped, unless it wraps
    /// most of the page's prose (`<div class="top-line">` around everything, a theme's
    /// `content-sidebar-wrap`) — but reader comments are dropped however long they are.
    private func decideDrops() {
        let pageText = max(facts.first?.paragraphText ?? 0, 1)
        for i in facts.indices {
            let f = facts[i]
            var dropped = f.hardDropped
            let tag = nodes[i].tag
            let wrapsPage = f.paragraphText * 10 >= pageText * 6 && f.paragraphText >= 500
            // A `<blockquote>` is a quotation the article embeds, a social network's class on it
            // included (`twitter-tweet`, `instagram-media`: the embed codes' own markup, whose text
            // is the quoted post): only as comments is it left out.
            if !dropped, f.cues.isNegative, tag != .body, tag != .html, !f.holdsMain, tag != .blockquote || f.cues.isComments {
                dropped = f.cues.isComments || !(wrapsPage || f.cues.isWeakNegative && Self.isPlainProse(f))
            }
            if !dropped, f.softDropped, !f.holdsMain { dropped = !wrapsPage }
            if !dropped, nodes[i].tag == .footer, f.cues.hint != .authorBio, !f.holdsMain {
                dropped = f.paragraphText * 10 < pageText * 6
            }
            facts[i].dropped = dropped
        }
    }

    /// Bytes of paragraph text, nearly without links, that outweigh a weak boilerplate cue: a
    /// print button, a "more" link or a rating widget holds a line, not paragraphs.
    static let plainProse = 250

    static func isPlainProse(_ f: Facts) -> Bool {
        f.paragraphText >= plainProse && f.linkText * 10 <= f.text
    }

    /// Readability's tag weights: containers of prose gain, lists and headings lose.
    private static func tagWeight(_ tag: HTMLTag) -> Double {
        switch tag {
        case .div, .article, .section, .main: return 5
        case .pre, .td, .blockquote: return 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: return -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: return -5
        default: return 0
        }
    }

    /// Readability's bonus for an article-like class (`entry-content`, `post-body`), in full
    /// only for an element holding a few paragraphs: a class is a hint, the text the evidence,
    /// and a `post-date` or an `article-meta` line must not outweigh the paragraphs beside it.
    static func classBonus(_ facts: Facts) -> Double {
        guard facts.cues.isPositive else { return 0 }
        return 25 * min(1, Double(facts.paragraphText) / Double(bonusText))
    }

    /// Bytes of paragraph text that earn an article-like class its full bonus.
    static let bonusText = 500

    /// A paragraph's score goes to its parent, half to the grandparent, a sixth further up.
    private func score() {
        var excluded = [Bool](repeating: false, count: facts.count)
        for i in facts.indices {
            let f = facts[i]
            excluded[i] = f.dropped || (f.parent >= 0 && excluded[f.parent])
            guard !excluded[i] else { continue }
            // A paragraph scores its ancestors; so does a container's own text, scoring itself
            // first (old pages write paragraphs as text and `<br>`s straight into a `<div>`).
            let ownProse = !f.isParagraphLike && f.ownText - f.ownLinkText >= 80
            guard (f.isParagraphLike && f.text >= 25) || ownProse else { continue }
            let length = ownProse ? f.ownText : f.text
            let points = 1 + Double(ownProse ? f.ownCommas : f.commas) + min(Double(length) / 100, 3)
            var ancestor = ownProse ? i : f.parent
            for divisor in [1.0, 2.0, 6.0] {
                guard ancestor >= 0 else { break }
                if !facts[ancestor].scored {
                    facts[ancestor].scored = true
                    facts[ancestor].score += Self.tagWeight(nodes[ancestor].tag) + Self.classBonus(facts[ancestor])
                }
                facts[ancestor].score += points / divisor
                ancestor = facts[ancestor].parent
            }
        }
    }

    /// Pages repeat the same few class lists on hundreds of elements: each is read once.
    private var cueCache: [String: ClassCues] = [:]

    private func cues(_ attributes: HTMLNode.LayoutAttributes) -> ClassCues {
        var cues = ClassCues(classAndID: nil, role: attributes.role)
        for value in [attributes.classNames, attributes.id] {
            guard let value, !value.isEmpty else { continue }
            let read: ClassCues
            if let cached = cueCache[value] {
                read = cached
            } else {
                read = ClassCues(classAndID: value)
                cueCache[value] = read
            }
            cues = cues.combined(with: read)
        }
        return cues
    }
}
