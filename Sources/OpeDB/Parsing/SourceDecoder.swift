/// Turns the bytes of an article file into text, or says why they are not an article.
///
/// UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; anything else is read
/// as Windows-1252 with a warning, unless it uses the five bytes 1252 leaves undefined.
public enum SourceDecoder {
    public struct Decoded: Sendable {
        public var text: String
        public var warnings: [String]
    }

    public static func decode(_ bytes: [UInt8]) throws(ParseError) -> Decoded {
        guard !bytes.isEmpty else { throw .empty }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return Decoded(text: try decodeUTF16(bytes), warnings: [])
        }
        var bytes = bytes
        var warnings: [String] = []
        if bytes.contains(0) {
            // Stray NULs in text are kept only when the rest is UTF-8: a Windows-1252 reading
            // would take any binary file for text.
            guard let dropped = try droppingStrayNULs(&bytes, from: "the text"),
                  String(validating: bytes, as: UTF8.self) != nil else { throw .binary }
            warnings.append(dropped)
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) {
            return Decoded(text: text, warnings: warnings)
        }
        return Decoded(text: try decodeWindows1252(body),
                       warnings: warnings + ["not valid UTF-8; read as Windows-1252"])
    }

    /// Drops a few stray NUL bytes (a CMS pasted them into a link or a script; converters keep
    /// them), as browsers ignore them, and says so; many — more than one in a thousand bytes —
    /// mean a binary file or UTF-16 without a byte-order mark. Nil when there were none, and
    /// UTF-16 with a byte-order mark is left alone.
    static func droppingStrayNULs(_ bytes: inout [UInt8], from what: String) throws(ParseError) -> String? {
        guard bytes.contains(0), !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]) else { return nil }
        let nuls = bytes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        guard nuls * 1000 <= bytes.count else { throw .binary }
        bytes.removeAll { $0 == 0 }
        return "\(nuls) NUL byte\(nuls == 1 ? "" : "s") dropped from \(what)"
    }

    private static func decodeUTF16(_ bytes: [UInt8]) throws(ParseError) -> String {
        let bigEndian = bytes[0] == 0xFE
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else { throw .undecodable }
        if text.containsASCII("\0") { throw .binary }
        return text
    }

    /// Windows-1252 (what browsers read for `latin1`, `iso-8859-1` and `us-ascii` too).
    /// `lenient` reads the five undefined bytes as U+FFFD instead of refusing the text: a web
    /// page that declares its charset is read like a browser reads it.
    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>, lenient: Bool = false) throws(ParseError) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte < 0x80 || byte >= 0xA0 {
                scalars.append(Unicode.Scalar(byte))
            } else {
                let value = windows1252High[Int(byte - 0x80)]
                if let scalar = Unicode.Scalar(value), value != 0 {
                    scalars.append(scalar)
                } else if lenient {
                    scalars.append("\u{FFFD}")
                } else {
                    throw .undecodable
                }
            }
        }
        return String(scalars)
    }

    /// Bytes 0x80–0x9F in Windows-1252; 0 marks the five undefined ones.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]
}
