/// Plain text written as Markdown that reads back as the same text.
enum MarkdownEscaping {
    /// Escapes inline markup characters (`*`, `_`, `[`, `]`, `` ` ``, `<`, `&`, `\`).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "\\", "*", "_", "[", "]", "`", "<", "&": out.append("\\"); out.append(c)
            default: out.append(c)
            }
        }
        return out
    }
}
