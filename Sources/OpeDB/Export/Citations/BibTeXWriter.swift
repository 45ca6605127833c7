/// Writes citations as BibTeX entries that biblatex, BibTeX, pandoc and bibtexparser read:
/// `@article` with `entrysubtype = {newspaper}`, `journal` (the outlet), `date` and `year`,
/// `url` and `urldate` (when it was added).
///
/// Text is UTF-8 (biber and pandoc read it; diacritics are kept as they are) with TeX's special
/// characters escaped (`\{`, `\&`, `\%` …) so that braces stay balanced and nothing is read as
/// a command or comment. URLs are written as they are: biblatex reads `url` verbatim.
public enum BibTeXWriter {
    static func entry(_ c: Citation) -> String {
        var fields: [(String, String)] = []
        if !c.authors.isEmpty { fields.append(("author", c.authors.map(name).joined(separator: " and "))) }
        fields.append(("title", escape(c.title)))
        if let subtitle = c.subtitle { fields.append(("subtitle", escape(subtitle))) }
        if let container = c.container { fields.append(("journal", escape(container))) }
        fields.append(("entrysubtype", "newspaper"))
        if let date = c.publishedOn {
            fields.append(("date", date))
            let parts = Citation.dateParts(date)
            fields.append(("year", String(parts[0])))
            if parts.count > 1 { fields.append(("month", String(parts[1]))) }
        }
        if let url = c.url { fields.append(("url", url)) }
        fields.append(("urldate", c.accessed))
        if c.kind != "news" { fields.append(("note", escape(c.kindLabel))) }
        let body = fields.map { "  \($0.0) = {\($0.1)}," }.joined(separator: "\n")
        return "@article{\(c.key),\n\(body)\n}\n"
    }

    /// `Family, Given`, `von Family, Suffix, Given`, or a literal name in braces (an organisation
    /// whose `and` must not split it).
    static func name(_ n: Citation.Name) -> String {
        if n.isLiteral { return "{" + escape(n.family) + "}" }
        var parts = [escape(n.family)]
        if let suffix = n.suffix { parts.append(escape(suffix)) }
        if let given = n.given, !given.isEmpty { parts.append(escape(given)) }
        return parts.joined(separator: ", ")
    }

    /// TeX's special characters escaped; everything else as it is.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text.collapsingWhitespace {
            switch c {
            case "\\": out += "\\textbackslash{}"
            case "{", "}", "&", "%", "$", "#", "_": out += "\\" + String(c)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            default: out.append(c)
            }
        }
        return out
    }
}
