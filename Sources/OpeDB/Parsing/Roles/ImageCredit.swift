/// The image credit under a title: `**Alexei Nikolsky / TASS**`, `Photo: Jane Roe/Getty Images`.
enum ImageCredit {
    /// The credit of a labelled line (`Photo credit: …`, `Image: …`), or nil.
    static func labelled(_ markup: String) -> String? {
        let opening = Substring(markup).drop(while: { $0 == "*" || $0 == "_" || $0 == " " })
        // A cheap test on the raw text before the plain text is computed.
        guard Vocabulary.creditLabels.contains(where: { opening.hasPrefixIgnoringCase($0) }) else { return nil }
        let plain = Inline.plainText(markup)
        for label in Vocabulary.creditLabels {
            guard let rest = plain.dropPrefixIgnoringCase(label) else { continue }
            let afterSpace = rest.drop(while: { $0 == " " })
            guard afterSpace.first == ":" else { continue }
            let credit = afterSpace.dropFirst().trimmed
            return credit.isEmpty ? nil : credit
        }
        return nil
    }

    /// Whether an unlabelled bold line under the header reads as a credit: short, no sentence.
    static func looksLikeCredit(_ text: String) -> Bool {
        text.count <= 150 && text.split(separator: " ").count <= 16 && text.last != "."
            || labelled(text) != nil
    }

    /// The credit in a bold line: its label removed when it has one.
    static func fromBold(_ text: String) -> String {
        labelled(text) ?? text
    }

    /// The credit inside a caption: `The ferry at dawn. Photo: Ada Lindqvist` → `Ada Lindqvist`;
    /// a caption that is only a credit (`Jane Roe / Reuters`, `© Getty Images`) is one. Nil when
    /// the caption credits nobody: a description is not a credit.
    static func inCaption(_ caption: String) -> String? {
        let lower = caption.lowercased()
        var best: String.Index?
        for label in Vocabulary.creditLabels + Vocabulary.captionCreditLabels {
            if let r = lower.range(ofLast: label + ":"), best == nil || r.upperBound > best! { best = r.upperBound }
        }
        if let start = best {
            let offset = lower.distance(from: lower.startIndex, to: start)
            let credit = String(caption.dropFirst(offset)).trimmed
            return credit.isEmpty || credit.count > 150 ? nil : credit
        }
        if let copyright = caption.lastIndex(of: "©") {
            let credit = caption[caption.index(after: copyright)...].trimmed
            return credit.isEmpty || credit.count > 150 ? nil : credit
        }
        let t = caption.trimmed
        if t.contains(" / "), t.split(separator: " ").count <= 8, t.last != "." { return t }
        return nil
    }
}
