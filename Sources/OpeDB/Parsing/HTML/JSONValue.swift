#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Any JSON value, decoded with `JSONDecoder` (FoundationEssentials has no `JSONSerialization`).
/// Object keys lose their order, which JSON-LD does not give a meaning to.
enum JSONValue: Decodable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    var string: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        default: return nil
        }
    }

    /// The value as a list: an array's elements, or the value alone.
    var list: [JSONValue] {
        switch self {
        case .array(let items): return items
        case .null: return []
        default: return [self]
        }
    }

    /// A property that may be a string, an object with `@value`/`name`/`@id`, or a list of these:
    /// its first usable string.
    var text: String? {
        switch self {
        case .string(let s): return s
        case .number: return string
        case .array(let items): return items.lazy.compactMap(\.text).first
        case .object: return self["@value"]?.text ?? self["name"]?.text
        default: return nil
        }
    }

    /// Parses JSON as web pages write it: raw newlines and control characters inside strings,
    /// trailing commas, HTML comment or CDATA wrappers, several objects one after the other.
    static func parseLenient(_ source: [UInt8]) -> JSONValue? {
        let cleaned = clean(source)
        if let value = try? JSONDecoder().decode(JSONValue.self, from: Data(cleaned)) { return value }
        // Objects written one after another (`{…}{…}`) or a trailing `;`: try them as an array.
        var wrapped: [UInt8] = [UInt8(ascii: "[")]
        var depth = 0
        var inString = false
        var escaped = false
        for b in cleaned {
            if inString {
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
            } else if b == UInt8(ascii: "\"") {
                inString = true
            } else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
                if depth == 0 && wrapped.count > 1 { wrapped.append(UInt8(ascii: ",")) }
                depth += 1
            } else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                depth -= 1
            } else if depth == 0 {
                continue  // stray `;` and text between top-level values
            }
            wrapped.append(b)
        }
        wrapped.append(UInt8(ascii: "]"))
        return try? JSONDecoder().decode(JSONValue.self, from: Data(wrapped))
    }

    /// One pass: control characters inside strings escaped or dropped, trailing commas dropped,
    /// wrappers dropped.
    private static func clean(_ source: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(source.count)
        var inString = false
        var escaped = false
        var i = 0
        let n = source.count
        while i < n {
            let b = source[i]
            if inString {
                if escaped {
                    escaped = false
                    // An invalid escape (`\'`, `\/` is valid) becomes the character itself.
                    if !"\"\\/bfnrtu".utf8.contains(b) { out.removeLast() }
                    out.append(b < 0x20 ? 0x20 : b)
                } else if b == UInt8(ascii: "\\") {
                    escaped = true
                    out.append(b)
                } else if b == UInt8(ascii: "\"") {
                    inString = false
                    out.append(b)
                } else if b < 0x20 {
                    out.append(0x20)
                } else {
                    out.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: "\""):
                inString = true
                out.append(b)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if matches(source, at: i, "]]>") {
                    i += 3
                    continue
                }
                // Drop a comma left before the closing bracket.
                var k = out.count - 1
                while k >= 0, out[k] == 0x20 || out[k] == 0x0A || out[k] == 0x0D || out[k] == 0x09 { k -= 1 }
                if k >= 0, out[k] == UInt8(ascii: ",") { out.remove(at: k) }
                out.append(b)
            case UInt8(ascii: "<") where matches(source, at: i, "<![CDATA["):
                i += 9
                continue
            case UInt8(ascii: "<") where matches(source, at: i, "<!--"):
                i += 4
                continue
            case UInt8(ascii: "-") where matches(source, at: i, "-->"):
                i += 3
                continue
            case UInt8(ascii: "/") where matches(source, at: i, "//"):
                // A line comment (`//<![CDATA[`): JSON has none, pages add them.
                while i < n, source[i] != 0x0A { i += 1 }
                continue
            default:
                out.append(b)
            }
            i += 1
        }
        return out
    }

    private static func matches(_ source: [UInt8], at i: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard i + count <= source.count else { return false }
        let p = literal.utf8Start
        for k in 0..<count where source[i + k] != p[k] { return false }
        return true
    }
}
