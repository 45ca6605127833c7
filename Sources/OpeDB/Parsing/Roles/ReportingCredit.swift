/// A wire story's closing credit: `Reporting by Anna Keller and Li Wei; Editing by Tom Hughes`.
enum ReportingCredit {
    /// The reporters, when `markup` is such a credit.
    static func names(_ markup: String) -> [String]? {
        // A cheap test on the raw text before the plain text is computed.
        guard markup.utf8.count <= 2_000 else { return nil }
        let opening = Substring(markup).drop(while: { $0 == "*" || $0 == "_" || $0 == " " })
        guard ["reporting", "additional", "written", "writing"].contains(where: { opening.hasPrefixIgnoringCase($0) })
        else { return nil }
        let plain = Inline.plainText(markup)
        guard plain.utf8.count <= 300 else { return nil }
        for label in Vocabulary.reportingLabels {
            guard let rest = plain.dropPrefixIgnoringCase(label) else { continue }
            let names = rest.split(separator: ";").first.map { String($0).trimmed } ?? ""
            let cleaned = names.hasSuffix(".") ? String(names.dropLast()) : names
            return BylineParser.splitNames(cleaned)
        }
        return nil
    }

    /// Whether the credit only adds reporters to a byline (`Additional reporting by …`): those
    /// people helped, they are not the authors.
    static func isAdditional(_ markup: String) -> Bool {
        Substring(markup).drop(while: { $0 == "*" || $0 == "_" || $0 == " " }).hasPrefixIgnoringCase("additional")
    }
}
