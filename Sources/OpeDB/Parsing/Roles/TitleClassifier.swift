/// Finds the title block: the first level-1 heading near the top, else the first heading of any
/// level among the first blocks. When there is neither, the document's first line is the title
/// (the Markdown reader gives it a block of its own).
enum TitleClassifier {
    /// How far down a level-1 heading is still the title; any heading within `anyHeadingWindow`.
    static let levelOneWindow = 6
    static let anyHeadingWindow = 3

    static func titleIndex(in blocks: [Block]) -> Int? {
        blocks.prefix(levelOneWindow).firstIndex { $0.headingLevel == 1 }
            ?? blocks.prefix(anyHeadingWindow).firstIndex { $0.isHeading }
    }

    /// The title of a first block that is not a heading: its bold inside when it is bold.
    static func plainTitle(_ block: Block) -> String {
        Emphasis.boldInner(block.markup).map(Inline.plainText) ?? block.plainText
    }
}
