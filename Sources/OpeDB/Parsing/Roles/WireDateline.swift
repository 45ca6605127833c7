/// `GENEVA (Reuters) - …`: a wire story's dateline, which names its outlet.
enum WireDateline {
    static func outlet(_ paragraph: String) -> String? {
        guard let open = paragraph.firstIndex(of: "("), paragraph.distance(from: paragraph.startIndex, to: open) <= 50,
              let close = paragraph[open...].firstIndex(of: ")") else { return nil }
        let place = paragraph[..<open].trimmed
        let after = paragraph[paragraph.index(after: close)...].drop(while: { $0 == " " })
        guard !place.isEmpty, place.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "," || $0 == "." || $0 == "-" || $0 == "'" }),
              let dash = after.first, dash == "-" || dash == "–" || dash == "—" else { return nil }
        let outlet = paragraph[paragraph.index(after: open)..<close].trimmed
        guard !outlet.isEmpty, outlet.split(separator: " ").count <= 4, outlet.first?.isUppercase == true else { return nil }
        return KnownOutlets.canonicalName(outlet) ?? outlet
    }
}
