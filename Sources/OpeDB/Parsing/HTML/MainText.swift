/// Finds the elements that hold the article's text.
///
/// Semantic markup first, because outlets that write it mean it: `itemprop=articleBody`, then
/// the `<article>` with the most paragraph text, then `<main>`. A candidate needs some prose
/// (``minimumText``), else the next is tried, and finally a readability-style score picks the
/// element whose paragraphs (long, with commas, few links) weigh most, together with the
/// siblings that score nearly as well (articles split over several containers).
enum MainText {
    /// Bytes of paragraph text (links excluded) a semantic candidate must hold.
    static let minimumText = 200

    static func roots(scan: PageScan, table: ElementTable) -> [HTMLNode] {
        let scored = bestScored(table, h1s: scan.h1s)
        for group in [scan.articleBodies, scan.articles, scan.mains] {
            let usable = group.filter { !table.isDropped($0) }
            guard let best = usable.max(by: { paragraphText($0, table) < paragraphText($1, table) }) else { continue }
            let text = paragraphText(best, table)
            guard text >= minimumText else { continue }
            // An `<article>` that is only a teaser or a header beside the real text: the score's
            // choice holds much more prose and is not inside it.
            if !scored.isEmpty, paragraphText(scored, table) > 3 * text, !isAncestor(best, of: scored) {
                return scored
            }
            if group.count > 1, scan.articleBodies.contains(where: { $0.pointer == best.pointer }) {
                return parts(of: best, among: usable, table)
            }
            return [best]
        }
        if !scored.isEmpty { return scored }
        return scan.body.map { [$0] } ?? []
    }

    /// Levels above the first root searched for a lead set apart from the text.
    static let leadLevels = 3
    /// The least and the most visible text (bytes) of a lead: a paragraph or two.
    static let leadText = 60...1500

    /// The article's lead when the page sets it apart, above the element chosen for the text:
    /// in the article's header (`<p class="lead">`, `<div class="intro">`, `itemprop=description`,
    /// a `chapo`), which the score or the `articleBody` leaves out. Searched between `root` and
    /// its nearest `<article>`, or its ancestor ``leadLevels`` up, in document order from the
    /// root back: the nearest such element, outermost; nil when there is none, and for a root
    /// that is an `<article>` (what stands before it is outside the article). Linear in the
    /// elements between the two.
    static func lead(before root: HTMLNode, _ table: ElementTable) -> HTMLNode? {
        guard let rootIndex = table.index(of: root) else { return nil }
        var ancestors: [Int] = []
        var scope = root
        for _ in 0..<leadLevels {
            guard root.tag != .article, let parent = scope.parent, parent.tag != .body, parent.tag != .html else { break }
            scope = parent
            if let index = table.index(of: parent) { ancestors.append(index) }
            if parent.tag == .article { break }
        }
        guard let scopeIndex = table.index(of: scope), scopeIndex < rootIndex else { return nil }
        var i = rootIndex - 1
        while i > scopeIndex {
            defer { i -= 1 }
            guard !ancestors.contains(i), isLead(i, table, scope: scopeIndex) else { continue }
            // `<div class="intro"><p class="lead">`: the outer one, so nothing of it is lost.
            var found = i
            var parent = table.facts[found].parent
            while parent > scopeIndex, !ancestors.contains(parent), isLead(parent, table, scope: scopeIndex) {
                found = parent
                parent = table.facts[parent].parent
            }
            return table.nodes[found]
        }
        return nil
    }

    /// A lead's class or `itemprop`, a paragraph's worth of text with few links, not a heading,
    /// and nothing dropped around it up to `scope`.
    private static func isLead(_ index: Int, _ table: ElementTable, scope: Int) -> Bool {
        let facts = table.facts[index]
        guard leadText.contains(facts.text), facts.linkText * 10 <= facts.text * 3, !facts.dropped else { return false }
        let node = table.nodes[index]
        guard node.tag.headingLevel == nil, node.tag != .li, node.tag != .a else { return false }
        guard facts.cues.isLead || node.attribute("itemprop") == "description" else { return false }
        var parent = facts.parent
        while parent > scope {
            if table.facts[parent].dropped { return false }
            parent = table.facts[parent].parent
        }
        return true
    }

    /// Levels above the best-scoring element searched for repeated sections.
    static let sectionLevels = 4

    /// A text split into repeated content blocks (a CMS writes each paragraph or text element
    /// as its own `<div class="text-element">`, each scoring alone): the nearest element at or
    /// above `top` with siblings of the same `class` that hold prose, together with those
    /// siblings and the headings and figures between them. Nil when there is none. The search
    /// stops at an `<article>` (what lies beside it is another article), and a sibling with an
    /// `<h1>` starts another article.
    static func sameClassSections(of top: HTMLNode, _ table: ElementTable, h1s: [HTMLNode]) -> [HTMLNode]? {
        var current = top
        for _ in 0..<sectionLevels {
            guard current.tag != .article, current.tag != .main, let parent = current.parent,
                  parent.tag != .html else { return nil }
            if let classNames = current.attribute("class"), !classNames.isEmpty {
                let siblings = parent.children.filter(\.isElement)
                let same = siblings.enumerated().filter { _, sibling in
                    sibling.pointer == current.pointer
                        || sibling.attribute("class") == classNames && isProse(sibling, table)
                        && !h1s.contains { isAncestor(sibling, of: [$0]) }
                }
                if same.count > 1, let first = same.first?.offset, let last = same.last?.offset {
                    return (first...last).map { siblings[$0] }.filter { sibling in
                        guard let facts = table.facts(of: sibling), !facts.dropped else { return false }
                        return facts.text == 0 || Double(facts.linkText) < 0.5 * Double(facts.text)
                    }
                }
            }
            current = parent
        }
        return nil
    }

    /// Some paragraph text, few links, not dropped.
    private static func isProse(_ node: HTMLNode, _ table: ElementTable) -> Bool {
        guard let facts = table.facts(of: node), !facts.dropped, facts.paragraphText >= 25 else { return false }
        return Double(facts.linkText) < 0.3 * Double(facts.text)
    }

    /// An article split into several `itemprop=articleBody` sections (between them an image, an
    /// ad, a quote box): every section of the same article with text, in document order. Sections
    /// inside another one, or in another `<article>` (a teaser), are left out.
    static func parts(of best: HTMLNode, among bodies: [HTMLNode], _ table: ElementTable) -> [HTMLNode] {
        let article = enclosingArticle(best)
        let sections = bodies.filter { body in
            body.pointer == best.pointer
                || paragraphText(body, table) > 0 && enclosingArticle(body)?.pointer == article?.pointer
        }
        let outer = sections.filter { body in
            !sections.contains { other in other.pointer != body.pointer && isAncestor(other, of: [body]) }
        }
        return outer.sorted { (table.index(of: $0) ?? 0) < (table.index(of: $1) ?? 0) }
    }

    /// The nearest `<article>` above `node`, not `node` itself.
    private static func enclosingArticle(_ node: HTMLNode) -> HTMLNode? {
        var current = node.parent
        while let c = current {
            if c.tag == .article { return c }
            current = c.parent
        }
        return nil
    }

    private static func paragraphText(_ node: HTMLNode, _ table: ElementTable) -> Int {
        table.facts(of: node)?.paragraphText ?? 0
    }

    private static func paragraphText(_ nodes: [HTMLNode], _ table: ElementTable) -> Int {
        nodes.reduce(0) { $0 + paragraphText($1, table) }
    }

    private static func isAncestor(_ a: HTMLNode, of nodes: [HTMLNode]) -> Bool {
        nodes.contains { node in
            var current: HTMLNode? = node
            while let c = current {
                if c.pointer == a.pointer { return true }
                current = c.parent
            }
            return false
        }
    }

    /// The best-scoring element and the siblings that belong with it, in document order.
    static func bestScored(_ table: ElementTable, h1s: [HTMLNode] = []) -> [HTMLNode] {
        var best = -1
        var bestScore = 0.0
        for (i, facts) in table.facts.enumerated() where facts.scored && !facts.dropped {
            let density = facts.text > 0 ? Double(facts.linkText) / Double(facts.text) : 0
            let score = facts.score * (1 - density)
            if score > bestScore {
                bestScore = score
                best = i
            }
        }
        guard best >= 0 else { return [] }
        let top = table.nodes[best]
        if let sections = sameClassSections(of: top, table, h1s: h1s) { return sections }
        guard let parent = top.parent else { return [top] }
        let threshold = max(10, bestScore * 0.2)
        var group: [HTMLNode] = []
        for sibling in parent.children where sibling.isElement {
            if sibling.pointer == top.pointer {
                group.append(sibling)
                continue
            }
            guard let facts = table.facts(of: sibling), !facts.dropped else { continue }
            let density = facts.text > 0 ? Double(facts.linkText) / Double(facts.text) : 1
            let score = facts.score * (1 - density)
            let isProse = sibling.tag == .p && facts.text > 80 && density < 0.25
            if (facts.scored && score >= threshold) || isProse { group.append(sibling) }
        }
        return group
    }
}
