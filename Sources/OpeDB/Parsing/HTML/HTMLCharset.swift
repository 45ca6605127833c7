import CLibXML2

/// Decides a page's character encoding and turns its bytes into UTF-8 for libxml2.
///
/// In order: a byte-order mark; a declaration in the first bytes (`<meta charset>`,
/// `<meta http-equiv=Content-Type content="…; charset=…">`, `<?xml … encoding=…?>`); else UTF-8
/// when the bytes are valid UTF-8, else Windows-1252 with a warning. Declared UTF-8 and the
/// Windows-1252 family are converted here (reusing ``SourceDecoder``); any other declared charset
/// is converted by libxml2, told the name explicitly, so libxml2 itself never guesses.
enum HTMLCharset {
    struct Decoded {
        /// The page as UTF-8, or in `encoding` when libxml2 converts it.
        var bytes: [UInt8]
        /// The encoding name handed to libxml2.
        var encoding: String
        var warnings: [String]
    }

    /// How far declarations are looked for: a page's `<head>` often starts with long comments
    /// and scripts, so a little more than the 1,024 bytes browsers pre-scan.
    static let scanLimit = 4096

    static func decode(_ bytes: [UInt8]) throws(ParseError) -> Decoded {
        guard !bytes.isEmpty else { throw .empty }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(bytes: utf8Repaired(bytes.dropFirst(3)), encoding: "UTF-8", warnings: [])
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let text = try SourceDecoder.decode(bytes).text
            return Decoded(bytes: Array(text.utf8), encoding: "UTF-8", warnings: [])
        }
        let isValidUTF8 = String(validating: bytes, as: UTF8.self) != nil
        if let declared = declaredCharset(bytes) {
            switch family(of: declared) {
            case .utf8:
                if isValidUTF8 { return Decoded(bytes: bytes, encoding: "UTF-8", warnings: []) }
                return Decoded(bytes: utf8Repaired(bytes[...]), encoding: "UTF-8",
                               warnings: ["declared UTF-8 but not valid UTF-8; invalid bytes replaced"])
            case .windows1252:
                // Valid UTF-8 with multi-byte characters is almost never Windows-1252 text: the
                // declaration is a template's leftover.
                if isValidUTF8 && bytes.contains(where: { $0 >= 0x80 }) {
                    return Decoded(bytes: bytes, encoding: "UTF-8",
                                   warnings: ["declared \(declared) but valid UTF-8; read as UTF-8"])
                }
                let text = try SourceDecoder.decodeWindows1252(bytes[...], lenient: true)
                return Decoded(bytes: Array(text.utf8), encoding: "UTF-8", warnings: [])
            case .other:
                if isValidUTF8 && bytes.contains(where: { $0 >= 0x80 }) {
                    return Decoded(bytes: bytes, encoding: "UTF-8",
                                   warnings: ["declared \(declared) but valid UTF-8; read as UTF-8"])
                }
                if libxml2Knows(declared) { return Decoded(bytes: bytes, encoding: declared, warnings: []) }
            }
        }
        if isValidUTF8 { return Decoded(bytes: bytes, encoding: "UTF-8", warnings: []) }
        let text = try SourceDecoder.decodeWindows1252(bytes[...], lenient: true)
        return Decoded(bytes: Array(text.utf8), encoding: "UTF-8",
                       warnings: ["no usable charset declared and not valid UTF-8; read as Windows-1252"])
    }

    enum Family { case utf8, windows1252, other }

    /// WHATWG reads every label of the Latin-1 family as Windows-1252.
    static func family(of label: String) -> Family {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return .utf8
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
             "us-ascii", "ascii", "iso-ir-100", "csisolatin1", "ibm819", "cp819", "iso88591", "8859-1":
            return .windows1252
        default: return .other
        }
    }

    /// The charset named in the first ``scanLimit`` bytes, lowercase, or nil.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(scanLimit)
        // Lowercase ASCII once; non-ASCII bytes cannot be part of a declaration.
        let lower = ArraySlice(head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        let xmlDeclaration = Array("<?xml".utf8)
        if lower.starts(with: xmlDeclaration), let end = lower.firstIndex(of: UInt8(ascii: ">")),
           let value = value(after: Array("encoding".utf8), in: lower[..<end]) {
            return value
        }
        let meta = Array("<meta".utf8)
        var i = 0
        while let start = firstIndex(of: meta, in: lower, from: i) {
            let end = lower[start...].firstIndex(of: UInt8(ascii: ">")) ?? lower.endIndex
            if let value = value(after: Array("charset".utf8), in: lower[start..<end]) { return value }
            i = end
        }
        return nil
    }

    /// The token after `name`, optional spaces, `=` and an optional quote.
    private static func value(after name: [UInt8], in bytes: ArraySlice<UInt8>) -> String? {
        guard let at = firstIndex(of: name, in: bytes, from: bytes.startIndex) else { return nil }
        var j = at + name.count
        while j < bytes.endIndex, bytes[j] == 0x20 { j += 1 }
        guard j < bytes.endIndex, bytes[j] == UInt8(ascii: "=") else { return nil }
        j += 1
        while j < bytes.endIndex, bytes[j] == 0x20 || bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") { j += 1 }
        let start = j
        while j < bytes.endIndex, isLabelByte(bytes[j]) { j += 1 }
        guard j > start else { return nil }
        return String(decoding: bytes[start..<j], as: UTF8.self)
    }

    private static func isLabelByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
            || b == UInt8(ascii: ":") || b == UInt8(ascii: ".")
    }

    private static func firstIndex(of needle: [UInt8], in hay: ArraySlice<UInt8>, from: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var i = max(from, hay.startIndex)
        let last = hay.endIndex - needle.count
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < needle.count, hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// UTF-8 with invalid sequences replaced by U+FFFD.
    private static func utf8Repaired(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        if String(validating: bytes, as: UTF8.self) != nil { return Array(bytes) }
        return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// Whether libxml2 (through iconv) converts from `label`.
    private static func libxml2Knows(_ label: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(label) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }
}
