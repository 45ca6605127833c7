/// The article's text: paragraphs and subheadings between the header and the footer, with the
/// pull quotes and related links set inside it taken out, and paragraphs the export broke
/// mid-sentence joined again.
///
/// No footer role is given here: a paragraph that mentions "the views expressed" or "first
/// published" is text, and so is a link or a URL line: the article's address comes from the
/// header, the footer or declared metadata only.
struct BodyZone {
    /// Body paragraphs, clean text.
    var paragraphs: [String] = []
    var quotes: [String] = []
    var related: [String] = []
    /// Outlets linked from the text, by their canonical names, first mention first.
    var mentions: [String] = []
    /// Bios and the outlet's footer that a web page marked as such inside its text.
    var notes: [String] = []
    var disclaimer: String?

    private enum Piece {
        case paragraph(String)
        case heading(String)
        /// A list or a paragraph with line breaks: never joined to its neighbours.
        case lines(String)
    }

    init<C: Collection>(_ blocks: C, explaining explanation: inout ParseExplanation) where C.Element == Block {
        var pieces: [Piece] = []
        var firstLine: Int?
        for block in blocks {
            let p = block.markup
            // What a web page marks as not being text (a caption, a related box, a bio, its
            // footer) never joins the body.
            switch block.hint {
            case .caption, .title:
                continue
            case .related:
                let titles = Inline.links(in: p).map(\.text).filter { !$0.isEmpty }
                related += titles.isEmpty ? [block.plainText].filter { !$0.isEmpty } : titles
                explanation.add(.related, "related box", line: block.line)
                continue
            case .authorBio:
                if !block.plainText.isEmpty { notes.append(AuthorBio.text(p)) }
                explanation.add(.notes, "bio box", line: block.line)
                continue
            case .footer:
                if disclaimer == nil, !block.plainText.isEmpty {
                    disclaimer = block.plainText
                    explanation.note(.disclaimer, "footer box", line: block.line)
                }
                continue
            default:
                break
            }
            switch block.kind {
            case .rule, .image:
                continue
            case .heading:
                let text = block.plainText
                if !text.isEmpty { pieces.append(.heading(text)) }
                continue
            case .quote:
                if let quote = PullQuote.text(of: block) {
                    quotes.append(quote)
                    explanation.add(.quotes, "quotation set apart", line: block.line)
                } else {
                    append(Emphasis.italicInner(p) ?? p, to: &pieces)
                    firstLine = firstLine ?? block.line
                }
                continue
            case .listItem:
                append(p, to: &pieces)
                firstLine = firstLine ?? block.line
                continue
            case .paragraph:
                break
            }
            if let titles = RelatedLine.titles(in: p) {
                related += titles
                explanation.add(.related, "related line", line: block.line)
            } else if let quote = PullQuote.text(of: block) {
                quotes.append(quote)
                explanation.add(.quotes, "quotation set apart", line: block.line)
            } else if let inner = Emphasis.italicInner(p) {
                append(inner, to: &pieces)
                firstLine = firstLine ?? block.line
            } else if let bold = Emphasis.boldInner(p), bold.count <= 120, bold.last != "." {
                pieces.append(.heading(Inline.plainText(bold)))
            } else {
                append(p, to: &pieces)
                firstLine = firstLine ?? block.line
            }
        }
        paragraphs = Self.repairBreaks(pieces)
        if !paragraphs.isEmpty { explanation.note(.body, "paragraphs between the header and the footer", line: firstLine) }
    }

    private mutating func append(_ markup: String, to pieces: inout [Piece]) {
        for link in Inline.links(in: markup) {
            if let name = Mention.outletName(link.text),
               !mentions.contains(where: { PublicationName.key($0) == PublicationName.key(name) }) {
                mentions.append(name)
            }
        }
        let text: String
        if markup.containsASCII("\n") {
            text = markup.split(separator: "\n").map { Inline.plainText($0) }.joined(separator: "\n")
        } else {
            text = Inline.plainText(markup)
        }
        if !text.isEmpty { pieces.append(markup.containsASCII("\n") ? .lines(text) : .paragraph(text)) }
    }

    /// Joins paragraphs the export broke mid-sentence — the first ends without terminal
    /// punctuation and the next begins with a lowercase letter — never across a subheading.
    private static func repairBreaks(_ pieces: [Piece]) -> [String] {
        var result: [String] = []
        var lastWasHeading = false
        for piece in pieces {
            switch piece {
            case .heading(let text), .lines(let text):
                result.append(text)
                lastWasHeading = true
            case .paragraph(let p):
                // `.lines` pieces set `lastWasHeading` too, so `previous` is one line and only the
                // ends of the two texts are looked at: a long run of broken paragraphs stays linear.
                // Decided before appending: a live copy of the last paragraph would make the
                // append copy it (quadratic over a long run).
                let join = !lastWasHeading && result.last.map { joins($0, p) } == true
                if join {
                    // Appended in place: rebuilding the joined string each time would be quadratic
                    // for a long run of broken paragraphs.
                    result[result.count - 1].append(" ")
                    result[result.count - 1].append(p)
                } else {
                    result.append(p)
                }
                lastWasHeading = false
            }
        }
        return result
    }

    /// `texts` with the paragraphs an export broke joined again: the repair rule alone, for tests.
    static func repairBreaks(_ texts: [String]) -> [String] {
        repairBreaks(texts.map(Piece.paragraph))
    }

    /// Whether the parser joins `first` and `next` as one paragraph broken by the export.
    static func wouldJoin(_ first: String, _ next: String) -> Bool {
        !first.containsASCII("\n") && !next.containsASCII("\n") && joins(first, next)
    }

    private static func joins(_ first: String, _ next: String) -> Bool {
        guard endsMidSentence(first), let start = next.first else { return false }
        if start.isLowercase { return true }
        // `… held the position in` / `1871.`: no sentence ends on a preposition or an article.
        guard start.isNumber || "£$€¥".contains(start), let last = first.split(separator: " ").last else { return false }
        return Vocabulary.functionWords.contains(last.lowercased())
    }

    private static func endsMidSentence(_ text: String) -> Bool {
        // Walked back one character at a time: `dropLast()` counts the whole string each time,
        // which made a paragraph ending in 16,000 `*` take seconds.
        var end = text.endIndex
        while end > text.startIndex {
            end = text.index(before: end)
            let last = text[end]
            if last.isQuote || last == ")" || last == "]" || last == "*" { continue }
            return !last.isSentenceTerminal
        }
        return false
    }
}
