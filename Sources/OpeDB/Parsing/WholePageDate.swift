/// The date of a whole page converted to Markdown, when the header lines kept with the text give
/// none: the first short line holding one among the blocks around the headline (those
/// ``WholePageHeader`` reads for the byline, ``dateLine(page:titleLine:)``), else the one date
/// the date lines after the headline agree on (``onlyDate(after:in:)``).
enum WholePageDate {
    /// The first short line around the headline that holds a date, as plain text, and its date:
    /// the line may name the writer beside it (`Jane Doe, 02.02.2022`).
    static func dateLine(page: [Block], titleLine: Int) -> (date: DateParser.Found, text: String)? {
        for block in WholePageHeader.blocks(around: titleLine, in: page) {
            let plain = WholePageHeader.plainLine(block)
            guard plain.count <= 200 else { continue }
            if let found = DateParser.parseAnyLine(plain) { return (found, plain) }
            let texts = [plain] + Inline.links(in: block.markup).map { Inline.plainText($0.text) }
            if let (published, _) = texts.lazy.compactMap(gluedDates).first { return (published, plain) }
            if let iso = DateText.find(plain) { return (DateParser.Found(iso: iso, isUpdate: false), plain) }
        }
        return nil
    }

    /// `November 26, 2017November 26, 2017`, `15/01/201614/01/2016`: a blog's two `<time>`
    /// elements (published, then updated) a converter wrote without a space — halves of one
    /// length that are each a date. The first is the post's.
    static func gluedDates(_ text: String) -> (DateParser.Found, DateParser.Found)? {
        guard (12...80).contains(text.count), text.contains(where: \.isNumber) else { return nil }
        let half = text.count / 2
        for cut in [half, half + 1] where cut < text.count {
            let split = text.index(text.startIndex, offsetBy: cut)
            // Glued: the halves touch without a space.
            guard !text[text.index(before: split)].isWhitespace, !text[split].isWhitespace,
                  let first = DateParser.parseAnyLine(String(text[..<split])),
                  let second = DateParser.parseAnyLine(String(text[split...])) else { continue }
            return (first, second)
        }
        return nil
    }

    /// The date of the date lines after the headline, when they all give the same one: an
    /// article's date printed far from its headline (under the text, in a meta box), on a page
    /// with no comments' or teasers' dates, which differ. Date lines only: a date and a word or
    /// two (`Erschienen am: 01.11.2023`), without links — a phrase citing a date (`Anlässlich des
    /// 11. September 2001`) is no date line, and a linked title beside a date is a teaser. Above
    /// the headline, the site's header prints the day the page was saved (`Mittwoch, 8. Juli 2020`).
    static func onlyDate(after titleLine: Int, in page: [Block]) -> DateParser.Found? {
        var found: DateParser.Found?
        for block in page where block.line > titleLine && block.kind != .quote && block.markup.utf8.count <= 200
            && !block.markup.contains("](") {
            let plain = WholePageHeader.plainLine(block)
            guard plain.split(separator: " ").count <= maximumDateLineWords,
                  let date = DateParser.parseAnyLine(plain), !date.isUpdate else { continue }
            if let found, found.iso != date.iso { return nil }
            found = date
        }
        return found
    }

    /// The most words a date line far from the headline holds, its date's included.
    static let maximumDateLineWords = 4
}
