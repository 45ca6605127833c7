#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths as the system spells them: bytes, not necessarily UTF-8. A Linux file name is any
/// bytes but `/` and NUL; `café.md` saved in Latin-1 is `caf\xE9.md`, which a Swift `String`
/// cannot hold. Inputs are opened by their bytes and shown with such bytes escaped.
enum PathBytes {
    /// The path for people: valid UTF-8 as it is, every other byte as `\xE9`.
    static func display(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var result = ""
        var i = 0
        while i < bytes.count {
            let length = validSequenceLength(bytes, at: i)
            if length > 0 {
                result += String(decoding: bytes[i..<(i + length)], as: UTF8.self)
                i += length
            } else {
                let hex = Array("0123456789ABCDEF")
                result += "\\x" + String(hex[Int(bytes[i] >> 4)]) + String(hex[Int(bytes[i] & 0xF)])
                i += 1
            }
        }
        return result
    }

    /// The length of the valid UTF-8 sequence starting at `i`, or 0 when none starts there.
    private static func validSequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let lead = bytes[i]
        let length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
            : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0
        guard length > 0, i + length <= bytes.count else { return 0 }
        return String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil ? 0 : length
    }

    /// Calls `body` with the path as a C string.
    static func withCString<R>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> R) -> R {
        (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count, body)
        }
    }

    /// The lower-cased name's article suffix test needs text: invalid bytes become U+FFFD there,
    /// which no suffix contains.
    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// The system's limit on a path's length, in bytes (the terminating NUL included).
    static let maximumLength = Int(PATH_MAX)

    /// The suffix a user recognises (`.pdf`, `.tar.gz` reads as `.gz`), or nil when the name has none.
    static func suffix(of name: [UInt8]) -> String? {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0, dot < name.count - 1 else { return nil }
        let suffix = display(Array(name[dot...])).lowercased()
        return suffix.count <= 12 ? suffix : nil
    }
}
