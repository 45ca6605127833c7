/// A gallery or a slideshow ("90 costumes to make at home") tells its story in its captions: each
/// slide's `<figcaption>` holds the item's paragraph, and the prose outside them is an intro of a
/// few lines. Captions are otherwise set apart from the body (an image's caption and credit are
/// not the article's text), which would leave such a page with its intro alone.
///
/// When the captions hold more prose than everything else together, and there are several, the
/// captions long enough to be prose become paragraphs of the text; short ones (`Photo: Agency`)
/// stay captions, so the lead image's credit is still read from them.
enum GalleryCaptions {
    /// Captions a gallery has at least.
    static let minimumCaptions = 3
    /// Characters of caption prose a gallery holds at least.
    static let minimumText = 1000
    /// The shortest caption (characters) read as an item's paragraph rather than a credit line.
    static let proseCaption = 80

    /// `blocks` with a gallery's captions turned into body paragraphs, or nil when they are not a
    /// gallery's; `otherText` is the characters of the text's own prose (paragraphs, lists, quotes).
    static func asText(_ blocks: [Block], otherText: Int) -> [Block]? {
        var captions: [Int] = []
        var captionText = 0
        for (i, block) in blocks.enumerated() where block.hint == .caption && block.kind == .paragraph {
            let length = block.plainText.count
            guard length >= proseCaption else { continue }
            captions.append(i)
            captionText += length
        }
        guard captions.count >= minimumCaptions, captionText >= minimumText, captionText > otherText else { return nil }
        var result = blocks
        for i in captions { result[i].hint = nil }
        return result
    }
}
