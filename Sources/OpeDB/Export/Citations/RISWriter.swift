/// Writes citations in RIS, the tagged format Zotero, EndNote and Mendeley import: `TY  - NEWS`
/// (newspaper article), `AU` per author (`Family, Given`), `TI`, `T2` (the outlet), `PY`/`DA`,
/// `UR`, `Y2` (access date: when it was added), closed by `ER  - `.
///
/// One line per tag: a value's line breaks become spaces, since RIS has no escaping.
public enum RISWriter {
    static func record(_ c: Citation) -> String {
        var lines: [(String, String)] = [("TY", "NEWS"), ("ID", c.key)]
        for author in c.authors {
            if author.isLiteral { lines.append(("AU", author.family)); continue }
            lines.append(("AU", [author.family, author.given ?? "", author.suffix ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")))
        }
        lines.append(("TI", c.subtitle.map { c.title + ": " + $0 } ?? c.title))
        if let container = c.container { lines.append(("T2", container)) }
        if let date = c.publishedOn {
            lines.append(("PY", String(date.prefix(4))))
            lines.append(("DA", date.split(separator: "-").joined(separator: "/")))
        }
        if let url = c.url { lines.append(("UR", url)) }
        lines.append(("Y2", c.accessed.split(separator: "-").joined(separator: "/")))
        if c.kind != "news" { lines.append(("M3", c.kind)) }
        lines.append(("ER", ""))
        return lines.map { "\($0.0)  - \($0.1.collapsingWhitespace)" }.joined(separator: "\n") + "\n"
    }
}
