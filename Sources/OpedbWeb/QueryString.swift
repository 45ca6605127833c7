/// Builds a query string from pairs, percent-encoding every value: links to other pages of
/// the site carry the current search's filters this way.
public enum QueryString {
    public static func make(_ pairs: [(String, String?)]) -> String {
        var out = ""
        for (name, value) in pairs {
            guard let value, !value.isEmpty else { continue }
            out += out.isEmpty ? "?" : "&"
            out += name
            out += "="
            out += encode(value)
        }
        return out
    }

    static func encode(_ value: String) -> String {
        // Most values (a word, a name without accents, a number) need no change.
        if value.utf8.allSatisfy({ isUnreserved($0) }) { return value }
        let hex: StaticString = "0123456789ABCDEF"
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count + 8)
        for byte in value.utf8 {
            if isUnreserved(byte) {
                out.append(byte)
            } else if byte == UInt8(ascii: " ") {
                out.append(UInt8(ascii: "+"))
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hex.utf8Start[Int(byte >> 4)])
                out.append(hex.utf8Start[Int(byte & 15)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Letters, digits and `-_.~`: the bytes a URL carries as they are (RFC 3986).
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}
