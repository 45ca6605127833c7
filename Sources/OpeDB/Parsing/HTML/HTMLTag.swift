import CLibXML2

/// The HTML elements the reader treats differently; every other element is `.other` and is
/// read as an inline container.
enum HTMLTag: UInt8 {
    case other
    // Never content.
    case script, style, noscript, template, svg, iframe, form, button, nav, aside, select, input,
         textarea, label, dialog, object, embed, canvas, video, audio, map, head, title, meta, link
    // Structure.
    case html, body, main, article, section, header, footer, div
    // Blocks.
    case p, h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, blockquote, pre, hr, figure, figcaption,
         table, thead, tbody, tfoot, tr, td, th, caption, address, center, details, summary
    // Inline.
    case a, em, i, strong, b, code, kbd, samp, tt, br, img, picture, time, span, font, small, sup, sub, cite

    /// Looks a libxml2 element name up; names are lowercase.
    init(name: UnsafePointer<xmlChar>?) {
        guard let name else {
            self = .other
            return
        }
        // Element names are short ASCII: a small string, no allocation.
        self = Self.byName[String(cString: name)] ?? .other
    }

    private static let byName: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [:]
        var raw: UInt8 = 1
        while let tag = HTMLTag(rawValue: raw) {
            table[String(describing: tag)] = tag
            raw += 1
        }
        return table
    }()

    /// Subtrees that never hold article text, whatever their classes say.
    var isNeverContent: Bool {
        switch self {
        case .script, .style, .noscript, .template, .svg, .iframe, .form, .button, .nav, .aside, .select,
             .input, .textarea, .label, .dialog, .object, .embed, .canvas, .video, .audio, .map, .head, .title,
             .meta, .link:
            return true
        default:
            return false
        }
    }

    /// Elements that end the paragraph before them and start a new one.
    var isBlock: Bool {
        switch self {
        case .html, .body, .main, .article, .section, .header, .footer, .div, .p, .h1, .h2, .h3, .h4, .h5, .h6,
             .ul, .ol, .li, .dl, .dt, .dd, .blockquote, .pre, .hr, .figure, .figcaption, .table, .thead, .tbody,
             .tfoot, .tr, .td, .th, .caption, .address, .center, .details, .summary, .form, .nav, .aside:
            return true
        default:
            return false
        }
    }

    var headingLevel: Int? {
        switch self {
        case .h1: return 1
        case .h2: return 2
        case .h3: return 3
        case .h4: return 4
        case .h5: return 5
        case .h6: return 6
        default: return nil
        }
    }

    /// Elements a readability-style scorer counts as a paragraph of text.
    var isParagraphLike: Bool {
        switch self {
        case .p, .pre, .td, .blockquote, .li, .dd: return true
        default: return false
        }
    }
}
