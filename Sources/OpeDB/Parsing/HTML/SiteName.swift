/// The outlet's name among what a page declares: the masthead readers know it by, not the
/// company that owns it, the person who wrote the post, a slogan or the article's own title.
///
/// Pages declare a name in several places: `og:site_name` (the site, by OpenGraph's definition),
/// schema.org's `publisher` and the `publisher` metas (the legal publisher: often a company, on
/// a blog often its writer), `application-name`, and the `<title>`'s site part. Each rule below
/// corrects one common way the most trusted of them names something else.
enum SiteName {
    /// The names of publication fields that declare a publisher rather than a site.
    static let publisherNames: Set<String> = ["publisher.name", "publisher", "dc.publisher", "dcterms.publisher"]

    /// `declared` with its publication fields reduced to the best name (or, when none is a name,
    /// to the host names it declared): parts of a name matching the host kept alone, titles and
    /// writers dropped, a company giving way to the site's own name, a `<title>`'s site part
    /// when nothing else names the site.
    static func chosen(_ declared: [DeclaredField], titleElement: String?) -> [DeclaredField] {
        let document = Document(format: .html, declared: declared)
        let hostKeys = keys(ofHost: document.declaredDomain)
        // The article's titles (the headline, the most trusted declaration, the visible heading);
        // other declared titles may be the site's own name (a `WebSite`'s `name`, the `<title>`).
        let titles = [document.headline, document.first(.title)].compactMap { $0 }
            + document.declared(.title).filter { $0.source == .element }
        let titleKeys = Set(titles.map { BlockWriter.key($0.value) }.filter { $0.count >= 8 })
        let authorKeys = Set(document.declared(.author).map { BlockWriter.key($0.value) }.filter { !$0.isEmpty })
        var candidates = document.declared(.publication).map { field -> DeclaredField in
            var field = field
            field.value = namePart(of: field.value.collapsingWhitespace, hostKeys: hostKeys, titleKeys: titleKeys)
            return field
        }
        // An article's title is no site's name (`og:site_name` filled with the headline), nor is
        // the page's writer named as its publisher, unless the name is the site's own.
        // So is the page's `<title>` a template wrote into the site's field: the whole `<title>`
        // when it is one sentence, or its first part when its last part names the host
        // (`Headline | Example` beside `og:site_name` `Headline`).
        let pageTitle = titleElement.map(HTMLText.clean) ?? ""
        let titleParts = PageTitle.parts(pageTitle)
        let hostPart = titlePart(titleElement, hostKeys: hostKeys, titleKeys: titleKeys)
        func isPageTitle(_ value: String) -> Bool {
            let key = BlockWriter.key(value)
            guard key.count >= 8 else { return false }
            // (`Example | Courses for schools` is a site's own `<title>`: a name and its slogan.)
            if key == BlockWriter.key(pageTitle), titleParts.count == 1, value.split(separator: " ").count >= 5 { return true }
            guard let hostPart, titleParts.count >= 2, let first = titleParts.first, titleParts.last == hostPart else { return false }
            return key == BlockWriter.key(first) && first.split(separator: " ").count >= 3
        }
        candidates.removeAll { field in
            let key = BlockWriter.key(field.value)
            return (titleKeys.contains(key) || (publisherNames.contains(field.name) && authorKeys.contains(key)) || isPageTitle(field.value))
                && !names(field.value, hostKeys)
        }
        // A publisher whose name is not the host's, beside a site name that is: the network or
        // owner behind the site (`Example Network` publishing `example.org`).
        if candidates.contains(where: { !publisherNames.contains($0.name) && !$0.value.contains("://") && names($0.value, hostKeys) }) {
            candidates.removeAll { publisherNames.contains($0.name) && !names($0.value, hostKeys) }
        }
        let named = candidates.filter { !ArticleParser.isHostName($0.value) }
        let ownName = named.first { !publisherNames.contains($0.name) }
        // `Example Media GmbH` beside `og:site_name` `Example`: the owner gives way to the masthead.
        if let first = named.first, publisherNames.contains(first.name), isCompany(first.value), let ownName {
            candidates.removeAll { $0.value == first.value && $0.name == first.name }
            candidates.insert(ownName, at: 0)
        }
        if named.isEmpty, let part = hostPart
            ?? (hostKeys.isEmpty ? partAfterHeadline(titleElement, titleKeys: titleKeys) : nil)
            ?? titleElement.flatMap({ PageTitle.scriptSiteSuffix(HTMLText.clean($0))?.site }) {
            candidates.insert(DeclaredField(.publication, part, source: .titleElement, name: "title"), at: 0)
        }
        guard let best = candidates.first(where: { !ArticleParser.isHostName($0.value) }) else {
            return declared.filter { $0.key != .publication } + candidates
        }
        return declared.filter { $0.key != .publication } + [best] + candidates.filter { ArticleParser.isHostName($0.value) }
    }

    /// `Example – News from the valley`, `Slogan • Example`: the one part that names the host;
    /// `Headline | Example`: the part that is not the article's title; else the whole value.
    static func namePart(of value: String, hostKeys: [String], titleKeys: Set<String>) -> String {
        let parts = PageTitle.parts(value)
        guard parts.count >= 2 else { return value }
        let untitled = parts.filter { !titleKeys.contains(BlockWriter.key($0)) }
        if untitled.count == 1, untitled.count < parts.count { return untitled[0] }
        guard !hostKeys.isEmpty else { return value }
        let exact = parts.filter { part in hostKeys.contains(BlockWriter.key(part)) || hostKeys.contains(transliterated(part)) }
        if exact.count == 1 { return exact[0] }
        let near = parts.filter { names($0, hostKeys) }
        return near.count == 1 ? near[0] : value
    }

    /// The first or last part of a `<title>` that names the host (`Headline | Example`,
    /// `Example - Headline`), never the headline itself.
    static func titlePart(_ title: String?, hostKeys: [String], titleKeys: Set<String>) -> String? {
        guard let title = title.map(HTMLText.clean), !hostKeys.isEmpty else { return nil }
        let parts = PageTitle.parts(title)
        guard parts.count >= 2 else { return nil }
        // A name of a few words, not a sentence that mentions the site nor a host with more.
        for part in [parts[parts.count - 1], parts[0]] where part.split(separator: " ").count <= 4
            && !titleKeys.contains(BlockWriter.key(part)) {
            let words = part.split(separator: " ")
            guard words.count == 1 || !words.contains(where: { HTMLText.isHostLike($0.filter { $0 != ":" && $0 != "," }) }) else { continue }
            if names(part, hostKeys) { return part }
        }
        return nil
    }

    /// `Headline | Site`, `Headline - Section | Site`: on a page that declares no address to
    /// check a name against, the last part of a `<title>` that opens with the article's own
    /// headline is the site's name — the convention of nearly every content system. Only a
    /// name of a few words, and never the headline again; a `<title>` that opens with anything
    /// else (`News - Headline`) names no site this way.
    static func partAfterHeadline(_ title: String?, titleKeys: Set<String>) -> String? {
        guard let title = title.map(HTMLText.clean) else { return nil }
        let parts = PageTitle.parts(title)
        guard parts.count >= 2, let last = parts.last else { return nil }
        var head = ""
        for part in parts.dropLast() {
            head += BlockWriter.key(part)
            guard titleKeys.contains(head) else { continue }
            let lastKey = BlockWriter.key(last)
            guard (1...4).contains(last.split(separator: " ").count), lastKey.count >= 3, !titleKeys.contains(lastKey) else { return nil }
            return last
        }
        return nil
    }

    /// Whether `part` names a site whose host gave `hostKeys`: the same letters, or one holding
    /// the other (`Example Online` for `example.com`, `Valley` for `valley-news.org`) when the
    /// shorter has four letters or more.
    static func names(_ part: String, _ hostKeys: [String]) -> Bool {
        for key in [BlockWriter.key(part), transliterated(part)] where !key.isEmpty {
            for host in hostKeys {
                if key == host { return true }
                if min(key.count, host.count) >= 4, key.contains(host) || host.contains(key) { return true }
            }
        }
        return false
    }

    /// The distinctive labels of a host, folded (`valleynews` of `www.valley-news.co.uk`), and
    /// the whole host without `www.` (`gaych` of `gay.ch`: some sites are named by their host).
    static func keys(ofHost host: String?) -> [String] {
        guard let host else { return [] }
        var labels = host.lowercased().split(separator: ".").map(String.init)
        if labels.first == "www" { labels.removeFirst() }
        guard labels.count >= 2 else { return [] }
        var keys = [BlockWriter.key(labels.joined())]
        // The registered name: the label before the suffix, or before `co.uk`-like suffixes.
        var index = labels.count - 2
        if index > 0, labels[index].count <= 3, labels[labels.count - 1].count == 2 { index -= 1 }
        let registered = BlockWriter.key(labels[index])
        if !registered.isEmpty, !keys.contains(registered) { keys.append(registered) }
        return keys
    }

    /// `Bächli` as its host spells it: `baechli`.
    private static func transliterated(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            switch character {
            case "ä": out += "ae"
            case "ö": out += "oe"
            case "ü": out += "ue"
            case "ß": out += "ss"
            default: out.append(character)
            }
        }
        return BlockWriter.key(out)
    }

    /// `Example Media GmbH`, `Ediciones Example S.L.`, `C.A. Example`: a company's legal form.
    static func isCompany(_ name: String) -> Bool {
        name.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" }).contains { word in
            Vocabulary.companyForms.contains(word.folded.filter { $0 != "." })
        }
    }
}
