/// The outlet's disclaimer under an op-ed: `The views expressed in opinion pieces do not
/// necessarily reflect the position of The Moscow Times.` It names the publication.
enum Disclaimer {
    static func matches(_ text: String) -> Bool {
        // Every phrase below contains "necessarily" or "expressed": a cheap test before folding.
        guard text.utf8.count < 1200 else { return false }
        guard text.containsEitherASCIIIgnoringCase("necessarily", "expressed") else { return false }
        let f = text.folded
        return f.count < 600 && Vocabulary.disclaimerCues.contains { f.fastContains($0) }
    }

    /// `Disclaimer: …` → the footer's text without its label.
    static func labelled(_ markup: String) -> String? {
        let t = Substring(markup).drop(while: { $0 == "*" || $0 == "_" || $0 == " " })
        guard let rest = t.dropPrefixIgnoringCase(Vocabulary.disclaimerLabel),
              rest.drop(while: { $0 == "*" || $0 == "_" || $0 == " " }).first == ":" else { return nil }
        let text = Inline.plainText(rest.drop(while: { $0 == "*" || $0 == "_" || $0 == ":" || $0 == " " }))
        return text.isEmpty ? nil : text
    }

    /// `This article was originally published in The Conversation.` — a footer that names the
    /// outlet, kept like a disclaimer but not a mark of opinion.
    static func isRepublication(_ text: String) -> Bool {
        guard text.utf8.count < 400 else { return false }
        guard text.containsASCIIIgnoringCase("published") || text.containsASCIIIgnoringCase("appeared") else { return false }
        let f = text.lowercased()
        return Vocabulary.republicationCues.contains { f.fastContains($0) }
    }

    /// Whether a paragraph *without* emphasis reads as the outlet's footer: a disclaimer that
    /// disclaims (`… do not necessarily reflect …`, `… are the author's own`) or a note about this
    /// article's first publication (`This article was first published in …`). A plain paragraph
    /// needs more than a cue word: it opens on views or opinions and disclaims them, or opens as a
    /// note about the article. "The views expressed at the summit were positive", "critics said
    /// the views did not necessarily reflect the ministry's" and "Godzilla first appeared in 1954"
    /// are text.
    static func isPlainFooter(_ text: String) -> Bool {
        guard text.utf8.count < 600 else { return false }
        let f = text.lowercased()
        let opening = f.prefix(60)
        if opening.contains("views") || opening.contains("opinions") || opening.contains("opinion pieces"),
           Vocabulary.disclaimingPhrases.contains(where: { f.fastContains($0) }) { return true }
        guard isRepublication(text) else { return false }
        return Vocabulary.republicationOpenings.contains { opening.hasPrefix($0) }
    }

    /// The outlet named after `position of` / `views of` / `those of` / `published in` …
    static func publication(_ text: String) -> String? {
        let plain = text.trimmed
        let folded = plain.lowercased()
        var best: String.Index?
        for cue in Vocabulary.outletCues {
            if let r = folded.range(ofLast: cue), best == nil || r.upperBound > best! { best = r.upperBound }
        }
        guard let start = best, folded.count == plain.count else { return nil }
        let offset = folded.distance(from: folded.startIndex, to: start)
        var name = String(plain.dropFirst(offset)).trimmed
        while let last = name.last, ".*_)!".contains(last) || last.isWhitespace { name.removeLast() }
        for possessive in ["’s ", "'s "] {
            if let r = name.fastRange(of: possessive) { name = String(name[..<r.lowerBound]) }
        }
        // "the position of The Moscow Times" names "The Moscow Times"; "the views of the Nordic
        // Herald" writes the article as prose, so the name is "Nordic Herald".
        if name.hasPrefix("the ") { name = String(name.dropFirst(4)) }
        let afterArticle = name.hasPrefix("The ") ? name.dropFirst(4) : Substring(name)
        guard let first = afterArticle.first, first.isUppercase || first.isNumber,
              name.split(separator: " ").count <= 10 else { return nil }
        return name
    }
}
