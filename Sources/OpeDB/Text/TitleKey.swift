/// Titles folded for matching: case, diacritics, quotes, dashes and a kind marker ignored.
///
/// `The Taliban Wants Closer Ties With Moscow to Rid Afghanistan of 'U.S. Scourge'` matches a
/// stored `The Taliban Wants Closer Ties with Moscow to Rid Afghanistan of “U.S. Scourge” (Op-ed)`.
public enum TitleKey {
    public static func make(_ title: String) -> String {
        let (bare, _) = TitleMarker.split(title)
        return asciiKey(bare) ?? characterKey(bare)
    }

    /// The key by Characters: any script.
    static func characterKey(_ bare: String) -> String {
        var result = ""
        var pendingSpace = false
        for c in bare.folded {
            if c.isLetter || c.isNumber {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(c)
            } else if c.isQuote || c == "." {
                continue
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// The same key for ASCII titles, on bytes (nil when the title is not ASCII).
    static func asciiKey(_ title: String) -> String? {
        var title = title
        return title.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for b in bytes {
                guard b < 0x80 else { return nil }
                let lower = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    if pendingSpace && !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append(lower)
                } else if lower == 0x22 || lower == 0x27 || lower == 0x2E {
                    continue  // quotes and periods, as Character.isQuote and "." below
                } else {
                    pendingSpace = true
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
