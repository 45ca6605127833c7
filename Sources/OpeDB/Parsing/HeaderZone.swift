/// The article's header: the blocks between the title and the first body paragraph — section
/// label, standfirst, byline, date, image credit, the source line some clippers put on top.
///
/// Each block is offered to the header roles in turn; the first block no role takes ends the
/// header. A role is taken once (a second date line is body), so the header cannot swallow text.
struct HeaderZone {
    /// A section label under the title (`*Analysis*`).
    var kind: String?
    var subtitle: String?
    var byline: BylineParser.Byline?
    /// The date line and its line number: it may name the writer beside the date
    /// (`11.12.2019 - Jane Doe`) when nothing better names one.
    var dateline: (text: String, line: Int)?
    var date: DateParser.Found?
    var credit: String?
    var url: String?
    /// Where the header ends in the blocks it was read from.
    var end: Int

    /// Reads the header from `blocks[start...]`.
    init(_ blocks: [Block], from start: Int, explaining explanation: inout ParseExplanation) {
        end = start
        var expectURL = false
        while end < blocks.count {
            let block = blocks[end]
            let p = block.markup
            let line = block.line
            if block.kind == .image {
                end += 1
                continue
            }
            if expectURL {
                expectURL = false
                if let url = SourceURL.bare(p) {
                    self.url = url
                    explanation.note(.url, "address after a URL label in the header", line: line)
                    end += 1
                    continue
                }
            }
            guard block.kind == .paragraph || (block.headingLevel ?? 0) > 1 else { break }
            let nothingYet = byline == nil && date == nil && credit == nil
            if kind == nil, nothingYet, p.utf8.count <= 40, !block.isHeading, let label = TitleMarker.kind(named: Inline.plainText(p)) {
                kind = label
                explanation.note(.kind, "section label under the title", line: line)
            } else if byline == nil, !block.isHeading, let found = BylineParser.parse(p) {
                byline = found
                explanation.note(.authors, "byline", line: line)
            } else if date == nil, !block.isHeading, let found = DateParser.parseAnyLine(p) {
                date = found
                explanation.note(.date, found.isUpdate ? "update date line" : "date line", line: line)
                dateline = (p, line)
            } else if url == nil, !block.isHeading, let value = SourceURL.labelValue(p) {
                if value.isEmpty {
                    expectURL = true
                } else {
                    url = CanonicalURL.normalize(value)
                    explanation.note(.url, "URL line in the header", line: line)
                }
            } else if url == nil, !block.isHeading, let bare = SourceURL.bare(p) {
                url = bare
                explanation.note(.url, "address alone in the header", line: line)
            } else if credit == nil, !block.isHeading, let labelled = ImageCredit.labelled(p) {
                credit = labelled
                explanation.note(.imageCredit, "labelled credit", line: line)
            } else if block.hint == .caption {
                if credit == nil, let found = ImageCredit.inCaption(block.plainText) {
                    credit = found
                    explanation.note(.imageCredit, "credit in the caption under the title", line: line)
                }
            } else if !block.isHeading, let bold = Emphasis.boldInner(p).map(Inline.plainText), !bold.isEmpty {
                if subtitle == nil && nothingYet {
                    subtitle = bold
                    explanation.note(.subtitle, "bold line under the title", line: line)
                } else if credit == nil, ImageCredit.looksLikeCredit(bold) {
                    credit = ImageCredit.fromBold(bold)
                    explanation.note(.imageCredit, "short bold line after the byline", line: line)
                } else {
                    break
                }
            } else if subtitle == nil, byline == nil, date == nil, block.isHeading {
                subtitle = block.plainText
                explanation.note(.subtitle, "subheading under the title", line: line)
            } else if subtitle == nil, nothingYet, !block.isHeading, let italic = Emphasis.italicInner(p),
                      Emphasis.fullQuotation(Inline.plainText(italic)) == nil, !Disclaimer.matches(italic) {
                subtitle = Inline.plainText(italic)
                explanation.note(.subtitle, "italic standfirst under the title", line: line)
            } else if subtitle == nil, nothingYet, block.hint == .standfirst {
                subtitle = block.plainText
                explanation.note(.subtitle, "standfirst element", line: line)
            } else {
                break
            }
            end += 1
        }
    }
}
