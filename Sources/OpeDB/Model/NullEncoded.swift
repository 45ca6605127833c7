/// An optional property that JSON-encodes `nil` as `null` rather than leaving the key out.
///
/// Scripts read opedb's JSON by its documented keys, so every key is always present; synthesized
/// `Encodable` skips nil optionals, and this wrapper keeps it from doing so without hand-written
/// `encode(to:)` methods.
@propertyWrapper
public struct NullEncoded<Value: Encodable & Equatable & Sendable>: Encodable, Equatable, Sendable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value = wrappedValue { try container.encode(value) } else { try container.encodeNil() }
    }
}
