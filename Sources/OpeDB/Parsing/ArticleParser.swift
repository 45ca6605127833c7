/// Parses one article in opedb's input format — a Markdown rendering of an article page — into
/// a ``ParsedArticle``.
///
/// The order of work: decode → split into paragraphs → find the title and the header (subtitle,
/// byline, date, photo credit) → classify the rest (related lines, pull quotes, disclaimer, URL,
/// notes, body) → repair body paragraphs the export broke mid-sentence → read the notes.
/// It is lenient in what it accepts (any section may be missing; a plain-text file's first line
/// is its title) and never fails on text: only bytes that are not text are refused.
public struct ArticleParser: Sendable {
    public init() {}

    /// Parses the bytes of a file.
    public func parse(bytes: [UInt8]) throws(ParseError) -> ParsedArticle {
        try parse(source: ArticleSource.read(bytes))  // text, HTML or gzip: see ArticleSource
    }

    /// Parses already-decoded text.
    public func parse(text: String) throws(ParseError) -> ParsedArticle {
        var paragraphs = Paragraphs.split(text)
        guard !paragraphs.isEmpty else { throw .blank }

        // Title: the first `#` heading near the top, else the first line.
        var kindHint: String?
        var leading: [String] = []
        let titleIndex = paragraphs.prefix(6).firstIndex { Emphasis.heading($0)?.level == 1 }
            ?? paragraphs.prefix(3).firstIndex { Emphasis.heading($0) != nil }
        var rawTitle: String
        if let titleIndex {
            for p in paragraphs[..<titleIndex] {
                let plain = Inline.plainText(p)
                if let kind = TitleMarker.kind(named: plain) { kindHint = kind } else if !Emphasis.isImageOnly(p) { leading.append(p) }
            }
            rawTitle = Emphasis.heading(paragraphs[titleIndex])!.text
            paragraphs.removeFirst(titleIndex + 1)
        } else {
            let lines = Paragraphs.lines(of: text)
            let first = lines.firstIndex { !$0.isBlank }!
            rawTitle = Emphasis.boldInner(String(lines[first])).map(Inline.plainText) ?? Inline.plainText(lines[first])
            paragraphs = Paragraphs.split(lines[(first + 1)...].joined(separator: "\n"))
        }
        let (title, marker) = TitleMarker.split(rawTitle)

        var article = ParsedArticle(title: title)
        var header = readHeader(&paragraphs)
        article.subtitle = header.subtitle
        article.imageCredit = header.credit

        let body = classify(leading + paragraphs, authors: header.byline?.names ?? [])
        article.related = body.related
        article.quotes = body.quotes
        article.disclaimer = body.disclaimer
        article.url = body.url
        article.body = body.paragraphs.joined(separator: "\n\n")
        article.wordCount = Self.wordCount(article.body)
        article.mentions = body.mentions

        // Date: the page's, unless it is only an update and the URL carries the original.
        if header.date == nil, let date = header.byline?.date { header.date = date }
        let urlDate = body.url.flatMap(DateParser.dateInURL)
        if let page = header.date, !page.isUpdate || urlDate == nil {
            article.publishedOn = page.iso
            article.dateIsUpdate = page.isUpdate
        } else {
            article.publishedOn = urlDate
        }

        // Publication: the disclaimer's outlet, else the URL's domain.
        article.domain = body.url.flatMap(CanonicalURL.domain)
        article.publication = body.disclaimer.flatMap(Disclaimer.publication)
            ?? article.domain.map { KnownOutlets.named(forDomain: $0) ?? $0 }

        // An opinion disclaimer makes an unmarked article an op-ed; a republication note does not.
        article.kind = marker ?? header.kind ?? kindHint ?? (body.disclaimer.map(Disclaimer.matches) == true ? "op-ed" : "news")

        let names = header.byline?.names ?? body.reportingBy
        if article.publication == nil, let first = body.paragraphs.first, let outlet = Self.datelineOutlet(first) {
            article.publication = outlet
        }
        let notes = NoteParser.parse(paragraphs: body.notes, authors: names)
        article.notes = notes.notes
        article.books = notes.books
        article.authors = names.map {
            ParsedAuthor(name: $0, aliases: notes.aliases[$0] ?? [], affiliation: notes.affiliations[$0])
        }
        if article.title.isEmpty { article.warnings.append("no title found") }
        return article
    }

    // MARK: Header

    struct Header {
        /// A section label under the title (`*Analysis*`).
        var kind: String?
        var subtitle: String?
        var byline: BylineParser.Byline?
        var date: DateParser.Found?
        var credit: String?
    }

    /// Reads subtitle, byline, date and credit from the top of `paragraphs`, removing them.
    private func readHeader(_ paragraphs: inout [String]) -> Header {
        var header = Header()
        var consumed = 0
        for p in paragraphs {
            if Emphasis.isImageOnly(p) {
                consumed += 1
                continue
            }
            let nothingYet = header.byline == nil && header.date == nil && header.credit == nil
            if header.kind == nil, nothingYet, p.utf8.count <= 40, let kind = TitleMarker.kind(named: Inline.plainText(p)) {
                header.kind = kind
            } else if header.byline == nil, let byline = BylineParser.parse(p) {
                header.byline = byline
            } else if header.date == nil, let date = DateParser.parseLine(p) {
                header.date = date
            } else if let bold = Emphasis.boldInner(p).map(Inline.plainText), !bold.isEmpty {
                if header.subtitle == nil && nothingYet {
                    header.subtitle = bold
                } else if header.credit == nil, Self.looksLikeCredit(bold) {
                    header.credit = Self.stripCreditLabel(bold)
                } else {
                    break
                }
            } else if header.subtitle == nil, header.byline == nil, header.date == nil,
                      let heading = Emphasis.heading(p), heading.level > 1 {
                header.subtitle = heading.text
            } else if header.credit == nil, let credit = Self.labelledCredit(p) {
                header.credit = credit
            } else if header.subtitle == nil, nothingYet, let italic = Emphasis.italicInner(p),
                      Emphasis.fullQuotation(Inline.plainText(italic)) == nil, !Disclaimer.matches(italic) {
                // An italic standfirst between the title and the byline.
                header.subtitle = Inline.plainText(italic)
            } else {
                break
            }
            consumed += 1
        }
        paragraphs.removeFirst(consumed)
        return header
    }

    private static func looksLikeCredit(_ text: String) -> Bool {
        text.count <= 150 && text.split(separator: " ").count <= 16 && text.last != "."
            || labelledCredit(text) != nil
    }

    private static let creditLabels = ["photo credit:", "photograph:", "photo:", "image:", "credit:", "picture:"]

    private static func labelledCredit(_ paragraph: String) -> String? {
        let plain = Inline.plainText(paragraph)
        for label in creditLabels {
            if let rest = plain.dropPrefixIgnoringCase(label) {
                let credit = rest.trimmed
                return credit.isEmpty ? nil : credit
            }
        }
        return nil
    }

    private static func stripCreditLabel(_ text: String) -> String {
        labelledCredit(text) ?? text
    }

    // MARK: Body

    struct Body {
        var paragraphs: [String] = []
        var related: [String] = []
        var quotes: [String] = []
        var notes: [String] = []
        var disclaimer: String?
        var url: String?
        var mentions: [String] = []
        /// A wire story's closing credit: `Reporting by A and B; Editing by C`.
        var reportingBy: [String] = []
    }

    private enum Item {
        /// A body paragraph and its plain text when already computed.
        case body(String, plain: String?)
        case heading(String)
        case italic(String)
        case other
    }

    private func classify(_ paragraphs: [String], authors: [String]) -> Body {
        var body = Body()
        var items: [Item] = []
        var expectURL = false
        for p in paragraphs {
            // The visible text, computed at most once per paragraph.
            var plainCache: String?
            func plain() -> String {
                if let cached = plainCache { return cached }
                let text = Inline.plainText(p)
                plainCache = text
                return text
            }
            if expectURL {
                expectURL = false
                if body.url == nil, let url = CanonicalURL.normalize(plain()) {
                    body.url = url
                    items.append(.other)
                    continue
                }
            }
            if let value = Self.urlLabelValue(p) {
                if value.isEmpty { expectURL = true } else if body.url == nil { body.url = CanonicalURL.normalize(value) }
                items.append(.other)
            } else if body.url == nil, !p.containsASCII(" "), let url = CanonicalURL.normalize(plain()),
                      p.trimmed.hasPrefix("<") || p.trimmed.hasPrefixIgnoringCase("http") {
                body.url = url
                items.append(.other)
            } else if let bio = Self.labelledBio(p) {
                items.append(.italic(bio))
            } else if Self.isTagLine(p) {
                items.append(.other)
            } else if let names = Self.reportingCredit(p) {
                body.reportingBy = names
                items.append(.other)
            } else if let titles = RelatedLine.titles(in: p) {
                body.related += titles
                items.append(.other)
            } else if Emphasis.isRule(p) || Emphasis.isImageOnly(p) {
                items.append(.other)
            } else if let heading = Emphasis.heading(p) {
                items.append(heading.text.isEmpty ? .other : .heading(heading.text))
            } else if let inner = Emphasis.italicInner(p) {
                let text = Inline.plainText(inner)
                if let quote = Emphasis.fullQuotation(text) {
                    body.quotes.append(quote)
                    items.append(.other)
                } else if Disclaimer.matches(text) || Disclaimer.isRepublication(text), body.disclaimer == nil {
                    body.disclaimer = text
                    items.append(.other)
                } else {
                    items.append(.italic(inner))
                }
            } else if p.hasPrefix(">") {
                let inner = String(p.drop(while: { $0 == ">" || $0 == " " }))
                let text = Inline.plainText(Emphasis.italicInner(inner) ?? inner)
                if let quote = Emphasis.fullQuotation(text) {
                    body.quotes.append(quote)
                    items.append(.other)
                } else {
                    items.append(.body(inner, plain: nil))
                }
            } else if p.utf8.count < 1200, body.disclaimer == nil, Disclaimer.matches(plain()) || Disclaimer.isRepublication(plain()) {
                body.disclaimer = plain()
                items.append(.other)
            } else if let bold = Emphasis.boldInner(p), bold.count <= 120, bold.last != "." {
                items.append(.heading(Inline.plainText(bold)))
            } else {
                items.append(.body(p, plain: plainCache))
            }
        }

        // Notes: the italic paragraphs (or paragraphs opening with a byline name) at the end.
        let names = authors.map(PersonName.init)
        var noteStart = items.count
        var index = items.count - 1
        while index >= 0 {
            switch items[index] {
            case .other: break
            case .italic: noteStart = index
            case .body(let p, let plain) where !names.isEmpty && Self.opensWithAuthor(plain ?? Inline.plainText(p), names: names): noteStart = index
            default: index = -1
            }
            index -= 1
        }
        for (i, item) in items.enumerated() {
            switch item {
            case .body(let p, let plain):
                if i >= noteStart { body.notes.append(Self.noteText(p)) } else { appendBody(p, plain: plain, to: &body) }
            case .italic(let p):
                if i >= noteStart { body.notes.append(Self.noteText(p)) } else { appendBody(p, to: &body) }
            case .heading(let h):
                body.paragraphs.append(h)
                body.paragraphs.append(Self.headingBoundary)
            case .other:
                break
            }
        }
        body.paragraphs = Self.repairBreaks(body.paragraphs)
        return body
    }

    /// Marks a heading so repair never joins across it; removed by ``repairBreaks(_:)``.
    private static let headingBoundary = "\u{0}"

    private func appendBody(_ raw: String, plain: String? = nil, to body: inout Body) {
        for link in Inline.links(in: raw) {
            if let name = Mention.outletName(link.text), !body.mentions.contains(where: {
                PublicationName.key($0) == PublicationName.key(name)
            }) {
                body.mentions.append(name)
            }
        }
        let text: String
        if raw.containsASCII("\n") {
            text = raw.split(separator: "\n").map { Inline.plainText($0) }.joined(separator: "\n")
        } else {
            text = plain ?? Inline.plainText(raw)
        }
        if !text.isEmpty { body.paragraphs.append(text) }
    }

    /// Joins paragraphs the export broke mid-sentence: the first ends without terminal
    /// punctuation and the next begins with a lowercase letter.
    static func repairBreaks(_ paragraphs: [String]) -> [String] {
        var result: [String] = []
        var lastWasHeading = false
        for p in paragraphs {
            if p == headingBoundary {
                lastWasHeading = true
                continue
            }
            if !lastWasHeading, let previous = result.last, endsMidSentence(previous), p.first?.isLowercase == true {
                // Appended in place: rebuilding the joined string each time would be quadratic
                // for a long run of broken paragraphs.
                result[result.count - 1].append(" ")
                result[result.count - 1].append(p)
            } else {
                result.append(p)
            }
            lastWasHeading = false
        }
        return result
    }

    private static func endsMidSentence(_ text: String) -> Bool {
        var t = Substring(text)
        while let last = t.last, last.isQuote || last == ")" || last == "]" || last == "*" { t = t.dropLast() }
        guard let last = t.last else { return false }
        return !last.isSentenceTerminal
    }

    /// Whether a paragraph's plain text opens with a byline author's name and a bio's verb.
    private static func opensWithAuthor(_ plain: String, names: [PersonName]) -> Bool {
        guard !names.isEmpty else { return false }
        guard let leading = NoteParser.leadingName(of: plain) else { return false }
        let afterName = plain.dropFirst(leading.display.count).trimmed
        let verbs = ["is ", "was ", "has ", "teaches ", "writes ", "works ", "lives ", "covers ", "served "]
        return names.contains { $0.matches(leading) && $0.key.contains(" ") }
            && (afterName.hasPrefix(",") || verbs.contains { afterName.hasPrefix($0) })
    }

    /// `About the author: Jane Doe is …` — a bio with a label instead of italics.
    static func labelledBio(_ paragraph: String) -> String? {
        let t = Substring(paragraph).drop(while: { $0 == "*" || $0 == "_" || $0 == " " })
        for label in ["about the authors", "about the author", "author bio", "author's bio"] {
            guard let rest = t.dropPrefixIgnoringCase(label) else { continue }
            let text = rest.drop(while: { $0 == "*" || $0 == "_" || $0 == ":" || $0 == " " })
            return text.isEmpty ? nil : String(text)
        }
        return nil
    }

    /// `Tags: a, b` / `Topics: …` / `Filed under: …`: page furniture, not text.
    static func isTagLine(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= 300 else { return false }
        return ["tags:", "topics:", "filed under:", "categories:"].contains { paragraph.hasPrefixIgnoringCase($0) }
    }

    /// A note's text without a leading dash or bullet (`— Jane Doe is …`).
    static func noteText(_ raw: String) -> String {
        let plain = Inline.plainText(raw)
        let stripped = plain.drop(while: { $0 == "—" || $0 == "–" || $0 == "-" || $0 == "•" || $0 == " " })
        return stripped.isEmpty ? plain : String(stripped)
    }

    /// `Reporting by Anna Keller and Li Wei; Editing by Tom Hughes` → the reporters.
    static func reportingCredit(_ paragraph: String) -> [String]? {
        // A cheap test on the raw text before the plain text is computed.
        guard paragraph.utf8.count <= 2_000 else { return nil }
        let opening = Substring(paragraph).drop(while: { $0 == "*" || $0 == "_" || $0 == " " })
        guard ["reporting", "additional", "written", "writing"].contains(where: { opening.hasPrefixIgnoringCase($0) })
        else { return nil }
        let plain = Inline.plainText(paragraph)
        guard plain.utf8.count <= 300 else { return nil }
        for label in ["reporting by ", "additional reporting by ", "written by ", "writing by "] {
            guard let rest = plain.dropPrefixIgnoringCase(label) else { continue }
            let names = rest.split(separator: ";").first.map { String($0).trimmed } ?? ""
            let cleaned = names.hasSuffix(".") ? String(names.dropLast()) : names
            return BylineParser.splitNames(cleaned)
        }
        return nil
    }

    /// `GENEVA (Reuters) - …`: the outlet of a wire story's dateline.
    static func datelineOutlet(_ paragraph: String) -> String? {
        guard let open = paragraph.firstIndex(of: "("), paragraph.distance(from: paragraph.startIndex, to: open) <= 50,
              let close = paragraph[open...].firstIndex(of: ")") else { return nil }
        let place = paragraph[..<open].trimmed
        let after = paragraph[paragraph.index(after: close)...].drop(while: { $0 == " " })
        guard !place.isEmpty, place.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "," || $0 == "." || $0 == "-" || $0 == "'" }),
              let dash = after.first, dash == "-" || dash == "–" || dash == "—" else { return nil }
        let outlet = paragraph[paragraph.index(after: open)..<close].trimmed
        guard !outlet.isEmpty, outlet.split(separator: " ").count <= 4, outlet.first?.isUppercase == true else { return nil }
        return KnownOutlets.canonicalName(outlet) ?? outlet
    }

    private static func urlLabelValue(_ paragraph: String) -> String? {
        let t = Substring(paragraph.trimmed).drop(while: { $0 == "*" || $0 == "_" })
        for label in ["original url", "original link", "original article", "source url", "canonical url",
                      "canonical", "url", "link", "source"] {
            guard let rest = t.dropPrefixIgnoringCase(label) else { continue }
            let afterMarks = rest.drop(while: { $0 == "*" || $0 == "_" || $0 == " " })
            guard afterMarks.first == ":" else { continue }
            let value = afterMarks.dropFirst().drop(while: { $0 == "*" || $0 == "_" || $0 == " " }).trimmed
            // "Source: Reuters" is not a URL line; only an address or nothing (the next line) is.
            if value.isEmpty || CanonicalURL.normalize(Inline.plainText(value)) != nil
                || CanonicalURL.normalize(value) != nil {
                return value.isEmpty ? "" : (CanonicalURL.normalize(value) != nil ? value : Inline.plainText(value))
            }
            return nil
        }
        return nil
    }

    /// Tokens of the body that contain a letter or a digit (Unicode whitespace separates tokens).
    /// One pass over UTF-8 bytes; only non-ASCII scalars are decoded for their properties.
    static func wordCount(_ body: String) -> Int {
        var body = body
        return body.withUTF8 { bytes in
            var count = 0
            var hasAlnum = false
            var inWord = false
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                let isSpace: Bool
                var isAlnum = false
                if b < 0x80 {
                    isSpace = b == 0x20 || (b >= 0x09 && b <= 0x0D)
                    isAlnum = (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
                    i += 1
                } else {
                    let scalar = decodeScalar(bytes, at: &i)
                    isSpace = scalar.properties.isWhitespace
                    if !isSpace && !hasAlnum {
                        isAlnum = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    }
                }
                if isSpace {
                    if inWord && hasAlnum { count += 1 }
                    inWord = false
                    hasAlnum = false
                } else {
                    inWord = true
                    hasAlnum = hasAlnum || isAlnum
                }
            }
            if inWord && hasAlnum { count += 1 }
            return count
        }
    }

    /// The scalar whose (valid, multi-byte) UTF-8 starts at `i`; moves `i` past it.
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> Unicode.Scalar {
        let b = UInt32(bytes[i])
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var value = b & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        i += length
        return Unicode.Scalar(value) ?? " "
    }
}
