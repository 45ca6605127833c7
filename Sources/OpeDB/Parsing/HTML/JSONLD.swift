/// Reads schema.org JSON-LD (`<script type="application/ld+json">`) into declared fields: the
/// most trusted metadata a page has, written for search engines by the outlet's own system.
///
/// The article is the first object whose `@type` is an article type (top level, in an array or
/// in `@graph`); a `WebPage` only fills what no article declares. Authors come from one object
/// only, so a page's article and its web page never merge their bylines.
struct JSONLD {
    private(set) var fields: [DeclaredField] = []
    private(set) var warnings: [String] = []
    /// The article's `articleBody`, as written (paragraphs on their own lines when the outlet
    /// keeps them): the text of a page that shows it only through scripts.
    private(set) var articleBody: String?
    private var objects: [[String: JSONValue]] = []
    private var byID: [String: [String: JSONValue]] = [:]

    /// schema.org types of an article, most specific first.
    static let articleTypes: Set<String> = [
        "newsarticle", "opinionnewsarticle", "analysisnewsarticle", "reportagenewsarticle", "reviewnewsarticle",
        "backgroundnewsarticle", "askpublicnewsarticle", "article", "blogposting", "socialmediaposting",
        "scholarlyarticle", "techarticle", "report", "liveblogposting", "satiricalarticle", "review", "posting",
        // A forum thread's opening post (schema.org: a SocialMediaPosting).
        "discussionforumposting",
    ]
    static let pageTypes: Set<String> = ["webpage", "itempage", "aboutpage", "collectionpage", "profilepage", "blog"]

    /// Adds one script's content.
    mutating func add(script: [UInt8]) {
        guard let value = JSONValue.parseLenient(script) else {
            warnings.append("malformed JSON-LD ignored")
            return
        }
        collect(value)
    }

    private mutating func collect(_ value: JSONValue, depth: Int = 0) {
        guard depth < 8 else { return }
        switch value {
        case .array(let items):
            for item in items { collect(item, depth: depth + 1) }
        case .object(let object):
            if let id = object["@id"]?.string, object.count > 1, byID[id] == nil { byID[id] = object }
            if object["@type"] != nil { objects.append(object) }
            if let graph = object["@graph"] { collect(graph, depth: depth + 1) }
            // `mainEntity` of a WebPage is often the article itself.
            if let main = object["mainEntity"], case .object = main { collect(main, depth: depth + 1) }
        default:
            break
        }
    }

    /// The declared fields of the best article object, then of a web page for what is missing.
    mutating func finish() -> [DeclaredField] {
        let typed = objects.map { ($0, Self.types(of: $0)) }
        let articles = typed.filter { !$0.1.isDisjoint(with: Self.articleTypes) }.map(\.0)
        let pages = typed.filter { $0.1.isDisjoint(with: Self.articleTypes) && !$0.1.isDisjoint(with: Self.pageTypes) }.map(\.0)
        // The article with a headline first: listing pages carry small article stubs too.
        let ordered = articles.filter { $0["headline"] != nil } + articles.filter { $0["headline"] == nil } + pages
        var authorsTaken = false
        articleBody = articles.lazy.compactMap { $0["articleBody"]?.text }.first { !$0.isEmpty }
        for object in ordered {
            read(object, authorsTaken: &authorsTaken)
        }
        return fields
    }

    private static func types(of object: [String: JSONValue]) -> Set<String> {
        Set((object["@type"]?.list ?? []).compactMap { $0.string?.lowercased().replacingSchemaPrefix })
    }

    private mutating func read(_ object: [String: JSONValue], authorsTaken: inout Bool) {
        func add(_ key: DeclaredField.Key, _ value: String?, _ name: String) {
            guard let value = value.map(HTMLText.clean), !value.isEmpty else { return }
            fields.append(DeclaredField(key, value, source: .jsonLD, name: name))
        }
        add(.title, object["headline"]?.text, "headline")
        add(.title, object["name"]?.text, "name")
        add(.subtitle, object["alternativeHeadline"]?.text, "alternativeHeadline")
        add(.subtitle, object["description"]?.text, "description")
        add(.published, object["datePublished"]?.text, "datePublished")
        add(.published, object["dateCreated"]?.text, "dateCreated")
        add(.modified, object["dateModified"]?.text, "dateModified")
        if let type = object["@type"]?.list.compactMap(\.string).first { add(.type, type.replacingSchemaPrefix, "@type") }
        for key in ["url", "mainEntityOfPage"] {
            let value = object[key].flatMap { $0["@id"]?.string ?? $0.text }
            if let value, HTMLText.isArticleURL(value) { add(.url, value, key) }
            // `{"@type": "WebPage", "@id": …, "url": …}`: the page's `url` beside its id, which
            // templates sometimes leave as a placeholder (``DeclaredURLs`` weighs the two).
            if let url = object[key]?["url"]?.string, url != value, HTMLText.isArticleURL(url) { add(.url, url, key + ".url") }
        }
        if let section = object["articleSection"]?.list.compactMap(\.text).first { add(.section, section, "articleSection") }
        for publisher in object["publisher"]?.list ?? [] {
            add(.publication, resolve(publisher)["name"]?.text, "publisher.name")
        }
        for image in object["image"]?.list ?? [] {
            let image = resolve(image)
            add(.imageCredit, image["creditText"]?.text, "image.creditText")
            add(.imageCredit, image["copyrightHolder"].map(resolve)?["name"]?.text ?? image["copyrightHolder"]?.text, "image.copyrightHolder")
        }
        for keyword in object["keywords"]?.list ?? [] {
            guard let text = keyword.text else { continue }
            for tag in text.split(separator: ",") { add(.tag, String(tag), "keywords") }
        }
        // Authors: people only; an organisation is the publication.
        var people: [String] = []
        for author in (object["author"]?.list ?? []) + (object["creator"]?.list ?? []) {
            // `"author": "https://example.com/#/schema/person/1"`: a reference by `@id`, written
            // as a plain string by some SEO plugins.
            if case .string(let name) = author, byID[name.trimmed] == nil {
                people += HTMLText.personNames(name)
                continue
            }
            let author = resolve(author)
            let types = Self.types(of: author)
            guard let name = author["name"]?.text ?? joinedName(author) else { continue }
            // `["Person", "Organization"]` (a one-person site's plugins write both): a person.
            if !types.contains("person"),
               types.contains("organization") || types.contains("newsmediaorganization") || types.contains("corporation") {
                add(.publication, name, "author (Organization)")
            } else {
                people += HTMLText.personNames(Self.fullName(name, bio: author["description"]?.text))
            }
        }
        if !authorsTaken, !people.isEmpty {
            authorsTaken = true
            var seen: Set<String> = []
            for person in people where seen.insert(person.lowercased()).inserted { add(.author, person, "author") }
        }
    }

    /// A person named by a first name alone (`Nils`) whose `description` opens with the full
    /// name (`Nils Pickert is a freelance writer…`, as SEO plugins copy a profile's bio): the
    /// full name: the first name and the one capitalised word after it (a second could be a
    /// German noun of the bio).
    static func fullName(_ name: String, bio: String?) -> String {
        guard !name.contains(" "), let bio, bio.hasPrefix(name + " ") else { return name }
        var words = [Substring(name)]
        for word in bio.dropFirst(name.count + 1).split(separator: " ").prefix(1) {
            guard let first = word.first, first.isUppercase, word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }) else { break }
            words.append(word)
        }
        return words.count >= 2 ? words.joined(separator: " ") : name
    }

    /// `givenName` + `familyName` when a person has no `name`.
    private func joinedName(_ person: [String: JSONValue]) -> String? {
        let parts = [person["givenName"]?.text, person["familyName"]?.text].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// An `{"@id": …}` reference replaced by the object it names, when the page defines it.
    private func resolve(_ value: JSONValue) -> [String: JSONValue] {
        if case .string(let id) = value, let target = byID[id.trimmed] { return target }
        guard case .object(let object) = value else { return [:] }
        if object.count <= 2, let id = object["@id"]?.string, let target = byID[id] { return target }
        return object
    }
}

private extension String {
    /// `http://schema.org/NewsArticle` → `NewsArticle`.
    var replacingSchemaPrefix: String {
        guard let slash = lastIndex(of: "/") else { return self }
        return String(self[index(after: slash)...])
    }
}
