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

    /// Looks a libxml2 element name up; names are lowercase. The name's first eight bytes are
    /// packed into an integer and matched by a `switch`: no string, no hashing, on the path
    /// every element of every page takes.
    init(name: UnsafePointer<xmlChar>?) {
        guard let name else {
            self = .other
            return
        }
        var packed: UInt64 = 0
        var i = 0
        while i < 8 {
            let byte = name[i]
            if byte == 0 { break }
            packed |= UInt64(byte) << (8 * UInt64(i))
            i += 1
        }
        if i == 8, name[8] != 0 {
            // The two tags longer than eight bytes.
            switch String(cString: name) {
            case "blockquote": self = .blockquote
            case "figcaption": self = .figcaption
            default: self = .other
            }
            return
        }
        switch packed {
        case 0x747069726373: self = .script
        case 0x656C797473: self = .style
        case 0x7470697263736F6E: self = .noscript
        case 0x6574616C706D6574: self = .template
        case 0x677673: self = .svg
        case 0x656D61726669: self = .iframe
        case 0x6D726F66: self = .form
        case 0x6E6F74747562: self = .button
        case 0x76616E: self = .nav
        case 0x6564697361: self = .aside
        case 0x7463656C6573: self = .select
        case 0x7475706E69: self = .input
        case 0x6165726174786574: self = .textarea
        case 0x6C6562616C: self = .label
        case 0x676F6C616964: self = .dialog
        case 0x7463656A626F: self = .object
        case 0x6465626D65: self = .embed
        case 0x7361766E6163: self = .canvas
        case 0x6F65646976: self = .video
        case 0x6F69647561: self = .audio
        case 0x70616D: self = .map
        case 0x64616568: self = .head
        case 0x656C746974: self = .title
        case 0x6174656D: self = .meta
        case 0x6B6E696C: self = .link
        case 0x6C6D7468: self = .html
        case 0x79646F62: self = .body
        case 0x6E69616D: self = .main
        case 0x656C6369747261: self = .article
        case 0x6E6F6974636573: self = .section
        case 0x726564616568: self = .header
        case 0x7265746F6F66: self = .footer
        case 0x766964: self = .div
        case 0x70: self = .p
        case 0x3168: self = .h1
        case 0x3268: self = .h2
        case 0x3368: self = .h3
        case 0x3468: self = .h4
        case 0x3568: self = .h5
        case 0x3668: self = .h6
        case 0x6C75: self = .ul
        case 0x6C6F: self = .ol
        case 0x696C: self = .li
        case 0x6C64: self = .dl
        case 0x7464: self = .dt
        case 0x6464: self = .dd
        case 0x657270: self = .pre
        case 0x7268: self = .hr
        case 0x657275676966: self = .figure
        case 0x656C626174: self = .table
        case 0x6461656874: self = .thead
        case 0x79646F6274: self = .tbody
        case 0x746F6F6674: self = .tfoot
        case 0x7274: self = .tr
        case 0x6474: self = .td
        case 0x6874: self = .th
        case 0x6E6F6974706163: self = .caption
        case 0x73736572646461: self = .address
        case 0x7265746E6563: self = .center
        case 0x736C6961746564: self = .details
        case 0x7972616D6D7573: self = .summary
        case 0x61: self = .a
        case 0x6D65: self = .em
        case 0x69: self = .i
        case 0x676E6F727473: self = .strong
        case 0x62: self = .b
        case 0x65646F63: self = .code
        case 0x64626B: self = .kbd
        case 0x706D6173: self = .samp
        case 0x7474: self = .tt
        case 0x7262: self = .br
        case 0x676D69: self = .img
        case 0x65727574636970: self = .picture
        case 0x656D6974: self = .time
        case 0x6E617073: self = .span
        case 0x746E6F66: self = .font
        case 0x6C6C616D73: self = .small
        case 0x707573: self = .sup
        case 0x627573: self = .sub
        case 0x65746963: self = .cite
        default: self = .other
        }
    }

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
