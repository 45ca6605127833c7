/// A pull quote: a sentence of the article set apart, as an italic paragraph or a block quote that
/// is one whole quotation (`*"…"*`, `> "…"`), or an element the page marks as one.
enum PullQuote {
    /// The quotation, without its marks, when `block` is a pull quote.
    static func text(of block: Block) -> String? {
        switch block.kind {
        case .quote:
            let inner = Emphasis.italicInner(block.markup) ?? block.markup
            let quoted = Emphasis.fullQuotation(Inline.plainText(inner))
            if quoted == nil, block.hint == .pullQuote { return nonEmpty(Inline.plainText(inner)) }
            return quoted
        case .paragraph:
            if block.hint == .pullQuote {
                let plain = block.plainText
                return Emphasis.fullQuotation(plain) ?? nonEmpty(plain)
            }
            guard let inner = Emphasis.italicInner(block.markup) else { return nil }
            return Emphasis.fullQuotation(Inline.plainText(inner))
        default:
            return nil
        }
    }

    private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
