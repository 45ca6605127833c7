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
        let scored = bestScored(table)
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
            return [best]
        }
        if !scored.isEmpty { return scored }
        return scan.body.map { [$0] } ?? []
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
    static func bestScored(_ table: ElementTable) -> [HTMLNode] {
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
