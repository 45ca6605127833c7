/// A request's query string, decoded the way browsers encode forms: `+` is a space, `%XX` a
/// byte, and the bytes must be UTF-8. (Hummingbird's own map leaves `+` as it is.)
public struct QueryParameters: Sendable {
    private var pairs: [(name: String, value: String)] = []

    /// At most this many parameters are read: a page has a dozen.
    static let maximumCount = 64
    /// A parameter longer than this is refused (the longest search filter is 500 characters).
    static let maximumLength = 4096

    public init(_ query: String?) throws(WebError) {
        guard let query, !query.isEmpty else { return }
        for part in query.split(separator: "&", omittingEmptySubsequences: true) {
            guard pairs.count < Self.maximumCount else { throw .badRequest("too many query parameters") }
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(pieces[0])
            let value = try pieces.count > 1 ? Self.decode(pieces[1]) : ""
            guard value.utf8.count <= Self.maximumLength else { throw .badRequest("the parameter '\(name)' is too long") }
            pairs.append((name, value))
        }
    }

    /// The first value of `name`; an empty value counts as absent (an empty form field).
    public subscript(_ name: String) -> String? {
        guard let value = pairs.first(where: { $0.name == name })?.value, !value.isEmpty else { return nil }
        return value
    }

    /// Every non-empty value of `name`, in order (`tag=a&tag=b`: a repeatable filter).
    public func values(_ name: String) -> [String] {
        pairs.filter { $0.name == name && !$0.value.isEmpty }.map(\.value)
    }

    /// A whole number in `range`, or `fallback` when absent.
    public func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(WebError) -> Int {
        guard let text = self[name] else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw .badRequest("'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// A switch: `1` on, `0` or absent off.
    public func flag(_ name: String) throws(WebError) -> Bool {
        guard let text = self[name] else { return false }
        guard text == "1" || text == "0" else { throw .badRequest("'\(name)' must be 1 or 0") }
        return text == "1"
    }

    /// One of a fixed set of words, or `fallback` when absent.
    public func choice<T: RawRepresentable & CaseIterable>(_ name: String, default fallback: T) throws(WebError) -> T
    where T.RawValue == String {
        guard let text = self[name] else { return fallback }
        guard let value = T(rawValue: text) else {
            throw .badRequest("'\(name)' must be one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    static func decode(_ text: Substring) throws(WebError) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) else { return String(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    throw .badRequest("malformed percent-encoding in the query string")
                }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        guard let string = String(validating: bytes, as: UTF8.self) else {
            throw .badRequest("the query string is not valid UTF-8")
        }
        return string
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
