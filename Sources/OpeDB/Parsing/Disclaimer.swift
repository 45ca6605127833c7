/// The outlet's disclaimer under an op-ed: `The views expressed in opinion pieces do not
/// necessarily reflect the position of The Moscow Times.` It names the publication.
enum Disclaimer {
    static func matches(_ text: String) -> Bool {
        // Every phrase below contains "necessarily" or "expressed": a cheap test before folding.
        guard text.utf8.count < 1200 else { return false }
        guard text.containsEitherASCIIIgnoringCase("necessarily", "expressed") else { return false }
        let f = text.folded
        return f.count < 600 && (f.fastContains("views expressed") || f.fastContains("opinions expressed")
            || f.fastContains("not necessarily reflect") || f.fastContains("n't necessarily reflect")
            || f.fastContains("not necessarily those of") || f.fastContains("not necessarily represent"))
    }

    /// `This article was originally published in The Conversation.` — a footer that names the
    /// outlet, kept like a disclaimer but not a mark of opinion.
    static func isRepublication(_ text: String) -> Bool {
        guard text.utf8.count < 400 else { return false }
        guard text.containsASCIIIgnoringCase("published") || text.containsASCIIIgnoringCase("appeared") else { return false }
        let f = text.lowercased()
        return f.fastContains("originally published") || f.fastContains("first published") || f.fastContains("first appeared")
            || f.fastContains("republished from")
    }

    /// The outlet named after `position of` / `views of` / `those of` / `published in` …
    static func publication(_ text: String) -> String? {
        let plain = text.trimmed
        let folded = plain.lowercased()
        var best: String.Index?
        for cue in ["position of ", "positions of ", "views of ", "view of ", "opinions of ", "opinion of ",
                    "policy of ", "policies of ", "stance of ", "those of ", "editorial board of ", "editors of ",
                    "published in ", "published by ", "published on ", "appeared in ", "appeared on ", "republished from "] {
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

/// Outlets linked from a body: `[New York Times](#)`.
enum Mention {
    static func outletName(_ linkText: String) -> String? {
        let text = linkText.trimmed
        guard !text.isEmpty, text.count <= 60, text.split(separator: " ").count <= 7,
              text.first?.isUppercase == true else { return nil }
        if let known = KnownOutlets.canonicalName(text) { return known }
        let last = text.split(separator: " ").last.map(String.init) ?? ""
        let endings: Set<String> = ["Times", "Post", "Journal", "News", "Review", "Gazette", "Tribune", "Herald",
                                    "Telegraph", "Observer", "Chronicle", "Guardian", "Economist"]
        return endings.contains(last) ? text : nil
    }
}
