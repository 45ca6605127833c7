/// One block of an article's source, in reading order: what every reader produces and every
/// classifier reads.
///
/// The block's text is kept as **inline Markdown** (`markup`): emphasis as `*…*`, strong as
/// `**…**`, links as `[text](target)`, code in backticks, other markup characters escaped with a
/// backslash. Markdown sources pass their own text through; the HTML reader writes its inline
/// elements in the same notation. One notation means one set of inline tests
/// (``Inline/plainText(_:)``, ``Emphasis``) serves every reader, so an HTML `<p><em>…</em></p>`
/// and a Markdown `*…*` are the same emphasis-only paragraph to every classifier.
public struct Block: Equatable, Sendable {
    /// What kind of block the source says this is. Roles (byline, bio, disclaimer…) are *not*
    /// kinds: classifiers decide them from the kind, the text, the hint and the block's zone.
    public enum Kind: Equatable, Sendable {
        /// `#`…`######`, `<h1>`…`<h6>`, a setext heading.
        case heading(level: Int)
        case paragraph
        /// `> …`, `<blockquote>`.
        case quote
        /// `- …`, `1. …`, `<li>`: one item per block.
        case listItem
        /// `---`, `<hr>`.
        case rule
        /// An image alone (`![alt](src)`, `<img>`, `<figure>` without caption text).
        case image
    }

    /// What the source's markup says a block is for, when it says so (HTML classes, schema.org
    /// properties, `<figcaption>`). A hint is evidence, not a verdict: a classifier may ignore it.
    public enum Hint: String, Equatable, Sendable {
        /// `<figcaption>`, a credit element.
        case caption
        /// A pull-quote element.
        case pullQuote
        /// A byline element (`rel=author`, `itemprop=author`, a byline class).
        case byline
        /// A date element (`<time>`, a dateline class).
        case dateline
        /// A standfirst / dek / summary element.
        case standfirst
        /// A related-articles link or box inside the article.
        case related
        /// An author bio after the text.
        case authorBio
        /// The outlet's footer or disclaimer box after the text.
        case footer
        /// The title the source declares, placed by the reader where the text has none.
        case title
    }

    public var kind: Kind
    /// The block's text as inline Markdown (see the type's documentation).
    public var markup: String
    /// 1-based line (Markdown) or element order (HTML) where the block starts in the source.
    public var line: Int
    public var hint: Hint?

    public init(_ kind: Kind, _ markup: String, line: Int = 0, hint: Hint? = nil) {
        self.kind = kind
        self.markup = markup
        self.line = line
        self.hint = hint
    }

    /// The visible text: links as their text, images gone, emphasis markers and escapes resolved,
    /// whitespace collapsed.
    public var plainText: String { Inline.plainText(markup) }

    public var isHeading: Bool {
        if case .heading = kind { return true }
        return false
    }

    public var headingLevel: Int? {
        if case .heading(let level) = kind { return level }
        return nil
    }
}
