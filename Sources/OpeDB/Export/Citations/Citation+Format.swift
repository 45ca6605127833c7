/// Writing a list of citations in one ``Citation/Format``, all at once (`cite`) or one at a time
/// (`export`, which never holds the whole archive).
extension Citation.Format {
    /// What opens the output (CSL JSON's array).
    public var opening: String { self == .cslJSON ? "[\n" : "" }

    /// One citation; `isFirst` tells CSL JSON whether a comma separates it from the one before.
    public func entry(_ citation: Citation, isFirst: Bool) throws -> String {
        switch self {
        case .bibtex: return (isFirst ? "" : "\n") + BibTeXWriter.entry(citation)
        case .ris: return (isFirst ? "" : "\n") + RISWriter.record(citation)
        case .cslJSON: return (isFirst ? "" : ",\n") + (try CSLJSONWriter.line(citation))
        }
    }

    /// What closes the output; `isEmpty` when no citation was written.
    public func closing(isEmpty: Bool) -> String {
        guard self == .cslJSON else { return "" }
        return isEmpty ? "]\n" : "\n]\n"
    }

    public func render(_ citations: [Citation]) throws -> String {
        var out = opening
        for (i, citation) in citations.enumerated() { out += try entry(citation, isFirst: i == 0) }
        return out + closing(isEmpty: citations.isEmpty)
    }
}
