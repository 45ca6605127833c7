#if canImport(Glibc)
import Glibc
#endif
/// Reads a saved web page into a ``Document``: what the page declares about itself, most trusted
/// first, and the article's blocks.
///
/// The steps, each its own type: ``HTMLCharset`` decides the encoding; ``HTMLTree`` (libxml2)
/// builds the tree; ``ElementTable`` measures every element once; ``PageScan`` gathers metadata
/// (``JSONLD``, microdata, ``MetaTags``, canonical link, visible bylines and dates, `<title>`);
/// ``MainText`` chooses the article's elements; ``BlockWriter`` writes them as blocks. Each step
/// is one linear walk, so reading is linear in the page's size.
public enum HTMLReader {
    /// Main text shorter than this (in visible characters) is no article: a home page, an index,
    /// a login or cookie wall.
    static let minimumArticleText = 200

    public static func read(_ bytes: [UInt8]) throws(ParseError) -> Document {
        let decoded = try HTMLCharset.decode(bytes)
        guard let tree = HTMLTree(bytes: decoded.bytes, encoding: decoded.encoding), let root = tree.root else {
            throw .noArticleText
        }
        let table = ElementTable(root: root)
        let scan = PageScan(root: root, table: table)
        var warnings = decoded.warnings
        let roots = MainText.roots(scan: scan, table: table)

        var declared: [DeclaredField] = []
        var jsonLD = JSONLD()
        for script in scan.jsonLD { jsonLD.add(script: script) }
        declared += jsonLD.finish()
        warnings += jsonLD.warnings
        declared += scan.microdata
        declared += MetaTags.fields(scan.metas)
        declared += canonical(scan, declared: declared)
        declared += elements(scan, roots: roots)
        if let title = scan.titleElement, !title.isEmpty {
            declared.append(DeclaredField(.title, title, source: .titleElement, name: "title"))
        }
        declared = cleanTitles(declared)

        let title = Document(format: .html, declared: declared).first(.title)?.value
        var writer = BlockWriter(table: table, title: title)
        for node in roots { writer.write(node) }
        let textLength = writer.blocks.reduce(0) { total, block in
            switch (block.kind, block.hint) {
            case (.paragraph, nil), (.quote, nil), (.listItem, nil), (.paragraph, .standfirst), (.quote, .pullQuote):
                return total + block.plainText.count
            default:
                return total
            }
        }
        if getenv("OPEDB_HTML_DEBUG") != nil {  // TEMP-DEBUG
            var out = "roots: " + roots.map { "\($0.name)#\($0.attribute("id") ?? "").\($0.attribute("class") ?? "")" }.joined(separator: ", ") + "\n"
            for f in declared { out += "  \(f.key) [\(f.source) \(f.name)] \(f.value)\n" }
            for b in writer.blocks { out += "  - \(b.kind) \(b.hint.map { "\($0)" } ?? "") \(b.markup.prefix(150))\n" }
            _ = out.withCString { write(2, $0, strlen($0)) }
        }
        guard textLength >= minimumArticleText else { throw .noArticleText }

        var blocks: [Block] = []
        if let title {
            var markup: [UInt8] = []
            BlockWriter.appendEscaped(title.utf8, to: &markup)
            BlockWriter.escapeBlockStart(&markup)
            blocks.append(Block(.heading(level: 1), String(decoding: markup, as: UTF8.self), line: 0))
        }
        blocks += writer.blocks
        return Document(format: .html, declared: declared, blocks: blocks, warnings: warnings)
    }

    /// `<link rel=canonical>` when absolute, or resolved against an absolute `og:url`.
    private static func canonical(_ scan: PageScan, declared: [DeclaredField]) -> [DeclaredField] {
        guard let href = scan.canonical, !href.isEmpty else { return [] }
        if HTMLText.isArticleURL(href) { return [DeclaredField(.url, href, source: .link, name: "canonical")] }
        guard href.hasPrefix("/"), !href.hasPrefix("//"),
              let base = declared.first(where: { $0.key == .url && HTMLText.isArticleURL($0.value) })?.value,
              let schemeEnd = base.fastRange(of: "://") else { return [] }
        let hostEnd = base[schemeEnd.upperBound...].firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? base.endIndex
        let resolved = String(base[..<hostEnd]) + href
        return HTMLText.isArticleURL(resolved) ? [DeclaredField(.url, resolved, source: .link, name: "canonical")] : []
    }

    /// What the visible page says: the article's `<h1>`, its `<time>`, its byline.
    private static func elements(_ scan: PageScan, roots: [HTMLNode]) -> [DeclaredField] {
        var fields: [DeclaredField] = []
        let scope = roots.map { articleScope(of: $0) }
        func inScope(_ node: HTMLNode) -> Bool {
            var current: HTMLNode? = node
            while let c = current {
                if scope.contains(where: { $0.pointer == c.pointer }) { return true }
                current = c.parent
            }
            return false
        }
        if let h1 = scan.h1s.first(where: inScope) ?? (scan.h1s.count == 1 ? scan.h1s.first : nil) {
            let text = h1.text
            if !text.isEmpty, text.count <= 300 { fields.append(DeclaredField(.title, text, source: .element, name: "h1")) }
        }
        if let time = scan.times.first(where: \.strong) ?? scan.times.first {
            fields.append(DeclaredField(.published, time.value.trimmed, source: .element, name: "time"))
        }
        for text in scan.bylines {
            let names = BylineParser.parse(text)?.names ?? HTMLText.personNames(text)
            guard !names.isEmpty, text.count <= 200 else { continue }
            for name in names { fields.append(DeclaredField(.author, name, source: .element, name: "byline")) }
            break
        }
        return fields
    }

    /// The `<article>` around a chosen root (its head holds the h1 and the byline), or the root.
    private static func articleScope(of node: HTMLNode) -> HTMLNode {
        var current: HTMLNode? = node
        while let c = current {
            if c.tag == .article { return c }
            current = c.parent
        }
        return node.parent ?? node
    }

    /// Titles without the site's name around them.
    private static func cleanTitles(_ declared: [DeclaredField]) -> [DeclaredField] {
        let document = Document(format: .html, declared: declared)
        let site = document.first(.publication)?.value
        let host = document.first(.url).flatMap { CanonicalURL.normalize($0.value) }.flatMap { CanonicalURL.domain(of: $0) }
        return declared.map { field in
            guard field.key == .title else { return field }
            var field = field
            field.value = PageTitle.strip(field.value, site: site, host: host)
            return field
        }
    }
}
