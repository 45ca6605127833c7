extension StringProtocol {
    /// The text with case and diacritics folded away: `Novák` → `novak`, `Łukasz` → `lukasz`.
    ///
    /// Used for every comparison a user expects to be forgiving: author names, publication
    /// names, related-article titles. Combining marks are dropped, so decomposed input folds too.
    public var folded: String {
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar.isASCII {
                result.append(Unicode.Scalar(UInt8(ascii: scalar) | (isUpperASCII(scalar) ? 0x20 : 0)))
            } else if let plain = latinFoldingTable[scalar.value] {
                for p in plain.lowercased().unicodeScalars { result.append(p) }
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                for p in String(scalar).lowercased().unicodeScalars { result.append(p) }
            }
        }
        return String(result)
    }
}

private func isUpperASCII(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x41 && scalar.value <= 0x5A
}

private extension UInt8 {
    init(ascii scalar: Unicode.Scalar) { self = UInt8(truncatingIfNeeded: scalar.value) }
}
