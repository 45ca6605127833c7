/// What an element's `class`, `id` and `role` say about it: boilerplate to drop, likely article
/// text, or a role worth passing on as a block hint. The word lists live here only, so the
/// scorer, the root choice and the block writer agree.
///
/// Attributes are split into tokens at spaces and tokens into words at `-`, `_` and `:`; a word
/// matches a cue by prefix, so `comments`, `commentlist` and `comment` all match `comment`, while
/// `head-line` does not match `ad`. Matching is on lowercase bytes: it runs for every distinct
/// class list of every page.
struct ClassCues {
    /// Boilerplate: menus, comments, share bars, teasers, ads.
    var isNegative = false
    /// Words that usually mark the article's own text.
    var isPositive = false
    var hint: Block.Hint?
    /// Reader comments: never the article, however much text they hold.
    var isComments = false
    /// The article's lead paragraph: a standfirst class, or a token ending in a lead word
    /// (Bootstrap's `lead`, `article-lead`, French `chapo`, Czech `perex`) — a class that names
    /// no role by itself, so it only helps ``MainText/lead(before:_:)`` find the lead above the text.
    var isLead: Bool { hint == .standfirst || namesLead }
    private var namesLead = false
    private var strong = false
    private var weak = false
    private var roleNegative = false

    /// Boilerplate by a weak cue alone (`print`, `more`, `widget`): a hint a block of plain
    /// prose may outweigh (`tip-print-step` around a how-to's steps).
    var isWeakNegative: Bool { isNegative && !strong && !roleNegative && !isComments }

    init(classAndID: String?, role: String? = nil) {
        if let role {
            switch role.lowercased() {
            case "navigation", "complementary", "banner", "contentinfo", "dialog", "alert", "menu", "menubar",
                 "search", "alertdialog", "toolbar":
                roleNegative = true
                isNegative = true
            default: break
            }
        }
        guard let text = classAndID, !text.isEmpty else { return }
        let bytes = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var start = 0
        while start < bytes.count {
            while start < bytes.count, bytes[start] <= 0x20 { start += 1 }
            var end = start
            while end < bytes.count, bytes[end] > 0x20 { end += 1 }
            guard end > start else { break }
            read(token: bytes[start..<end])
            start = end
        }
        decide()
    }

    /// A weak cue loses to an article cue (`entry-meta` holds the byline, `post-more` the
    /// text); a strong one does not (`article-share`, `post-comments`, `entry-related`).
    private mutating func decide() {
        isNegative = isNegative || roleNegative || strong || (weak && !isPositive)
        if hint == .authorBio || hint == .pullQuote || hint == .caption { isNegative = false }
    }

    /// The cues of an element's `class` and of its `id`, read apart (and cached apart: ids are
    /// often unique, class lists repeat) and combined as if read together.
    func combined(with other: ClassCues) -> ClassCues {
        var both = ClassCues(classAndID: nil)
        both.strong = strong || other.strong
        both.weak = weak || other.weak
        both.roleNegative = roleNegative || other.roleNegative
        both.isPositive = isPositive || other.isPositive
        both.isComments = isComments || other.isComments
        both.namesLead = namesLead || other.namesLead
        both.hint = hint ?? other.hint
        both.isNegative = (isNegative && !weak) || (other.isNegative && !other.weak)
        both.decide()
        return both
    }

    private mutating func read(token: ArraySlice<UInt8>) {
        if Self.hiddenTokens.contains(where: { token.equals($0) }) { strong = true }
        // `has-paywall`, `non-paywall`, `modal-enabled`, `comments-open`: a state or a feature
        // of the element (BEM modifiers, WordPress body classes), not what the element is.
        if Self.isState(token) { return }
        if Self.pullQuoteParts.contains(where: { Self.contains(token, $0) }) { hint = .pullQuote }
        if Self.bioParts.contains(where: { Self.contains(token, $0) }) { hint = .authorBio }
        if Self.teaserParts.contains(where: { Self.contains(token, $0) }) { strong = true }
        if hint == nil, Self.isImageCaption(token) || Self.isImageAuthor(token) { hint = .caption }
        var wordStart = token.startIndex
        var lastWord = token[token.startIndex..<token.startIndex]
        while wordStart < token.endIndex {
            var wordEnd = wordStart
            while wordEnd < token.endIndex, !Self.isWordSeparator(token[wordEnd]) { wordEnd += 1 }
            let word = token[wordStart..<wordEnd]
            if !word.isEmpty {
                lastWord = word
                read(word: word)
            }
            wordStart = wordEnd + 1
        }
        if Self.leadWords.contains(where: { lastWord.equals($0) }) { namesLead = true }
        // `tag-minions` is a post's tag (WordPress), `post-tags` the list of them.
        if lastWord.equals("tags") || (lastWord.equals("tag") && lastWord.count < token.count) {
            strong = true
        }
    }

    private mutating func read(word: ArraySlice<UInt8>) {
        if word.equals("tag") || word.equals("tags") { return }
        if Self.isCommentary(word) {
            isPositive = true  // `commentary`: an opinion piece, the very text wanted
        } else {
            for cue in Self.cues[Int(word[word.startIndex])] {
                let matched = cue.exact ? word.equals(cue.bytes) : word.hasPrefix(cue.bytes)
                guard matched else { continue }
                switch cue.kind {
                case .strong: strong = true
                case .weak: weak = true
                case .positive: isPositive = true
                }
            }
        }
        if (word.hasPrefix("comment") && !Self.isCommentary(word)) || word.hasPrefix("disqus") || word.equals("respond")
            || word.equals("replies") {
            isComments = true
        }
        // Another language's comments (`kommentare`, `comentarios`): boilerplate, but not dropped
        // whatever it wraps as English `comment` is, since a section of opinion pieces bears the
        // same plural (`ressort-kommentare`) and may wrap the article.
        if Self.foreignCommentStems.contains(where: { word.count > $0.count && word.hasPrefix($0) }) { strong = true }
        guard hint == nil else { return }
        if word.hasPrefix("byline") || word.equals("author") || word.equals("authors")
            || (word.hasPrefix("author") && word.count <= 10) {
            hint = .byline
        } else if word.hasPrefix("dateline") || word.equals("date") || word.equals("pubdate")
                    || word.equals("published") {
            hint = .dateline
        } else if word.hasPrefix("standfirst") || word.equals("dek") || word.hasPrefix("lede")
                    || word.equals("summary") || word.hasPrefix("subhead") || word.equals("intro")
                    || word.equals("teaser") || word.equals("excerpt") {
            hint = .standfirst
        } else if word.hasPrefix("caption") || word.hasPrefix("credit") || word.hasPrefix("legend") {
            hint = .caption
        } else if word.hasPrefix("disclaimer") || word.hasPrefix("affiliate") {
            hint = .footer
        } else if word.equals("bio") {
            hint = .authorBio
        }
    }

    /// A token that states something about the element rather than naming it: it opens with a
    /// state word (`has-`, `is-`, `no-`, `non-`, `not-`, `with-`, `without-`) or ends with one
    /// (`-enabled`, `-disabled`, `-active`, `-open`, `-closed`, `-on`, `-off`: `paywall-on`).
    static func isState(_ token: ArraySlice<UInt8>) -> Bool {
        for prefix in statePrefixes where token.count > prefix.count + 1 && token.hasPrefix(prefix)
            && isWordSeparator(token[token.startIndex + prefix.count]) {
            return true
        }
        for suffix in stateSuffixes where token.count > suffix.count + 1 {
            let start = token.endIndex - suffix.count
            if isWordSeparator(token[start - 1]), token[start...].equals(suffix) { return true }
        }
        return false
    }

    private static let statePrefixes = bytes(["has", "is", "no", "non", "not", "with", "without"])
    private static let stateSuffixes = bytes(["enabled", "disabled", "active", "inactive", "open", "opened", "closed", "on", "off"])

    /// `img_description`, `image-metadata`, `photoCredit`, `bildunterschrift`: a token naming an
    /// image and what is written under it is a caption, whatever words it is split into.
    static func isImageCaption(_ token: ArraySlice<UInt8>) -> Bool {
        imageParts.contains { contains(token, $0) } && captionParts.contains { contains(token, $0) }
    }

    /// `image-author`, `photo_autor`, `bild-autor`: the author of an image, named after the
    /// image word, is its credit, not the article's byline (`author-photo` is the byline's).
    static func isImageAuthor(_ token: ArraySlice<UInt8>) -> Bool {
        guard let image = imageParts.compactMap({ firstIndex(of: $0, in: token) }).min() else { return false }
        return authorParts.contains { contains(token[image...], $0) }
    }

    private static func firstIndex(of needle: [UInt8], in hay: ArraySlice<UInt8>) -> Int? {
        guard hay.count >= needle.count, let first = needle.first else { return nil }
        var i = hay.startIndex
        let last = hay.endIndex - needle.count
        while i <= last {
            if hay[i] == first, hay[i..<(i + needle.count)].equals(needle) { return i }
            i += 1
        }
        return nil
    }

    private static func isCommentary(_ word: ArraySlice<UInt8>) -> Bool {
        word.hasPrefix("commentar") || word.hasPrefix("commentat")
    }

    private static func isWordSeparator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ":")
    }

    private static func contains(_ hay: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: hay) != nil
    }

    private static func bytes(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) } }

    private enum Kind { case strong, weak, positive }

    /// Every word cue, bucketed by its first byte: a class word is compared with the few cues
    /// that start like it, not with all of them.
    private static let cues: [[(bytes: [UInt8], exact: Bool, kind: Kind)]] = {
        var table = [[(bytes: [UInt8], exact: Bool, kind: Kind)]](repeating: [], count: 256)
        func add(_ list: [[UInt8]], exact: Bool, _ kind: Kind) {
            for bytes in list { table[Int(bytes[0])].append((bytes, exact, kind)) }
        }
        add(strongPrefixes, exact: false, .strong)
        add(strongWords, exact: true, .strong)
        add(weakPrefixes, exact: false, .weak)
        add(weakWords, exact: true, .weak)
        add(positivePrefixes, exact: false, .positive)
        return table
    }()

    /// Utility classes that hide an element from sighted readers.
    private static let hiddenTokens = bytes(Vocabulary.hiddenClasses)
    private static let pullQuoteParts = bytes(["pullquote", "pull-quote", "pull_quote"])
    private static let bioParts = bytes(["author-bio", "authorbio", "about-author", "author-info", "author_bio", "bio-box",
                                         "author-box", "authorbox", "author_box", "author-desc", "about-the-author"])
    private static let imageParts = bytes(["img", "image", "photo", "foto", "bild", "picture"])
    private static let authorParts = bytes(["author", "autor"])
    private static let captionParts = bytes(["desc", "caption", "legend", "metadata", "unterschrift", "copyright"])
    /// Last words of a lead paragraph's class (``Vocabulary/leadClassWords``).
    private static let leadWords = bytes(Vocabulary.leadClassWords)
    /// ``Vocabulary/commentClassStems``.
    private static let foreignCommentStems = bytes(Vocabulary.commentClassStems)
    /// Strong cues by substring, whatever separates their words (`news-letter-section`, `sign-up`).
    private static let teaserParts = bytes(["most-read", "mostread", "more-from", "also-read", "read-next", "news-letter",
                                            "news_letter", "sign-up", "pay-wall"])
    private static let strongPrefixes = bytes([
        "comment", "share", "sharing", "social", "related", "recommend", "newsletter", "subscri", "cookie",
        "advert", "breadcrumb", "popup", "modal", "outbrain", "taboola", "sponsor", "sidebar", "navbar",
        "navigation", "disqus", "gdpr", "consent", "paywall", "signup", "promo", "donat",
    ])
    private static let strongWords = bytes([
        "nav", "ad", "ads", "adv", "dsq", "facebook", "twitter", "whatsapp", "pinterest", "linkedin", "reddit",
        "footer", "menu", "tagcloud", "topics", "teasers", "cta", "buybox",
    ])
    private static let weakPrefixes = bytes([
        "masthead", "trending", "popular", "skip", "pagination", "pager", "toolbar", "banner", "print",
        "jump", "follow", "rating", "categories", "archive", "login", "search", "footnote-back",
    ])
    /// `widget` is weak: blog platforms wrap the post itself in one (`widget Blog`).
    private static let weakWords = bytes(["more", "email", "mail", "links", "widget", "widgets"])
    private static let positivePrefixes = bytes(["article", "body", "content", "entry", "post", "story", "text", "main", "blog"])
}

/// Byte comparisons without the generic `elementsEqual` / `starts(with:)` over a string's UTF-8
/// view, which were a tenth of the HTML reader's time: class lists are read for every page.
private extension ArraySlice where Element == UInt8 {
    func equals(_ literal: StaticString) -> Bool {
        count == literal.utf8CodeUnitCount && hasPrefix(literal)
    }

    func hasPrefix(_ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard count >= n else { return false }
        let start = literal.utf8Start
        var i = startIndex
        for k in 0..<n {
            if self[i] != start[k] { return false }
            i += 1
        }
        return true
    }

    func equals(_ bytes: [UInt8]) -> Bool { count == bytes.count && hasPrefix(bytes) }

    func hasPrefix(_ bytes: [UInt8]) -> Bool {
        guard count >= bytes.count else { return false }
        var i = startIndex
        for b in bytes {
            if self[i] != b { return false }
            i += 1
        }
        return true
    }
}
