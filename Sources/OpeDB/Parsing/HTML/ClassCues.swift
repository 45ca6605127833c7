/// What an element's `class`, `id` and `role` say about it: boilerplate to drop, likely article
/// text, or a role worth passing on as a block hint. The word lists live here only, so the
/// scorer, the root choice and the block writer agree.
///
/// Attributes are split into words at spaces, `-`, `_` and camel-case is not split (class names
/// are mostly lowercase); a word matches a cue by prefix, so `comments`, `commentlist` and
/// `comment` all match `comment`, while `head-line` does not match `ad`.
struct ClassCues {
    /// Boilerplate: menus, comments, share bars, teasers, ads.
    var isNegative = false
    /// Words that usually mark the article's own text.
    var isPositive = false
    var hint: Block.Hint?
    /// Reader comments: never the article, however much text they hold.
    var isComments = false

    init(classAndID: String?, role: String? = nil) {
        if let role {
            switch role.lowercased() {
            case "navigation", "complementary", "banner", "contentinfo", "dialog", "alert", "menu", "menubar",
                 "search", "alertdialog", "toolbar":
                isNegative = true
            default: break
            }
        }
        guard let text = classAndID, !text.isEmpty else { return }
        var words: [Substring] = []
        var compound: [Substring] = []  // whole class tokens, for cues that span a dash
        for token in text.split(separator: " ") {
            compound.append(token)
            words.append(contentsOf: token.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == ":" }))
        }
        for token in compound {
            if token.contains("pullquote") || token.contains("pull-quote") || token.contains("pull_quote") { hint = .pullQuote }
            if token.contains("author-bio") || token.contains("authorbio") || token.contains("about-author")
                || token.contains("author-info") || token.contains("author_bio") || token.contains("bio-box") {
                hint = .authorBio
            }
            if token.contains("most-read") || token.contains("mostread") || token.contains("more-from")
                || token.contains("also-read") || token.contains("read-next") { isNegative = true }
        }
        var strong = false
        var weak = false
        for token in compound where Self.hiddenTokens.contains(String(token)) { strong = true }
        for token in compound {
            // `tag-minions` is a post's tag (WordPress), `post-tags` the list of them.
            let last = token.split(whereSeparator: { $0 == "-" || $0 == "_" }).last ?? token
            if last == "tags" || last == "tag" && token != "tag" || token == "tags" { strong = true }
            if token == "comments-open" || token == "comments-closed" { continue }
        }
        for word in words {
            if word == "tag" || word == "tags" { continue }
            if Self.strongNegativePrefixes.contains(where: { word.hasPrefix($0) }) || Self.strongNegativeWords.contains(String(word)) {
                strong = true
            } else if Self.weakNegativePrefixes.contains(where: { word.hasPrefix($0) }) || Self.weakNegativeWords.contains(String(word)) {
                weak = true
            }
            if Self.positivePrefixes.contains(where: { word.hasPrefix($0) }) { isPositive = true }
            if (word.hasPrefix("comment") && !text.contains("comments-open") && !text.contains("comments-closed")) || word.hasPrefix("disqus") || word == "respond" || word == "replies" { isComments = true }
            if hint == nil {
                if word.hasPrefix("byline") || word == "author" || word == "authors" || word.hasPrefix("author") && word.count <= 10 {
                    hint = .byline
                } else if word.hasPrefix("dateline") || word == "date" || word == "pubdate" || word == "published" {
                    hint = .dateline
                } else if word.hasPrefix("standfirst") || word == "dek" || word.hasPrefix("lede") || word == "summary"
                            || word.hasPrefix("subhead") || word == "intro" || word == "teaser" || word == "excerpt" {
                    hint = .standfirst
                } else if word.hasPrefix("caption") || word.hasPrefix("credit") {
                    hint = .caption
                } else if word == "bio" {
                    hint = .authorBio
                }
            }
        }
        // A weak cue loses to an article cue (`entry-meta` holds the byline, `post-more` the
        // text); a strong one does not (`article-share`, `post-comments`, `entry-related`).
        isNegative = isNegative || strong || (weak && !isPositive)
        if hint == .authorBio || hint == .pullQuote || hint == .caption { isNegative = false }
    }

    /// Utility classes that hide an element from sighted readers.
    private static let hiddenTokens: Set<String> = ["hidden", "hide", "sr-only", "visually-hidden", "screen-reader-text", "invisible", "d-none"]
    private static let strongNegativePrefixes = [
        "comment", "share", "sharing", "social", "related", "recommend", "newsletter", "subscri", "cookie",
        "advert", "breadcrumb", "popup", "modal", "outbrain", "taboola", "sponsor", "sidebar", "navbar",
        "navigation", "disqus", "gdpr", "consent", "paywall", "signup", "promo",
    ]
    private static let strongNegativeWords: Set<String> = [
        "nav", "ad", "ads", "adv", "dsq", "facebook", "twitter", "whatsapp", "pinterest", "linkedin", "reddit",
        "footer", "menu", "widget", "widgets", "tagcloud", "topics", "teasers",
    ]
    private static let weakNegativePrefixes = [
        "masthead", "trending", "popular", "skip", "pagination", "pager", "toolbar", "banner", "print",
        "jump", "follow", "rating", "categories", "archive", "login", "search", "footnote-back",
    ]
    private static let weakNegativeWords: Set<String> = ["more", "email", "mail", "links"]
    private static let positivePrefixes = ["article", "body", "content", "entry", "post", "story", "text", "main", "blog"]
}
