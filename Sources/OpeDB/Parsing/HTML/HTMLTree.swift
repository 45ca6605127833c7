import CLibXML2

/// A page parsed by libxml2's HTML parser, which recovers from broken markup the way browsers
/// do; opedb walks the tree itself (``HTMLNode``) rather than through XPath, so each pass is one
/// linear walk with no intermediate node sets.
///
/// A class because it owns the C document: `deinit` frees it, and every ``HTMLNode`` taken from
/// it is valid only while the tree is alive.
final class HTMLTree {
    private let document: htmlDocPtr

    /// Parses bytes in `encoding`, or returns nil when libxml2 cannot build a tree at all.
    ///
    /// The encoding is always passed explicitly (``HTMLCharset`` decided it, and converted the
    /// common ones to UTF-8), so libxml2 never guesses from the page's own declarations.
    init?(bytes: [UInt8], encoding: String) {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        guard bytes.count < Int(Int32.max) else { return nil }
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, encoding, options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// The `<html>` element (libxml2 adds one when the page has none).
    var root: HTMLNode? { xmlDocGetRootElement(document).map(HTMLNode.init) }
}
