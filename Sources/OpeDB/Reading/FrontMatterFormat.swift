/// The notations of front matter opedb reads, each named by the first line that opens it.
public enum FrontMatterFormat: String, Equatable, Sendable {
    /// `---` … `---` (or `...`): Jekyll, Hugo, Obsidian, trafilatura, MarkDownload.
    case yaml
    /// `+++` … `+++`: Hugo, Zola. A subset; see ``TOMLFrontMatter``.
    case toml
    /// `Title: …` / `URL Source: …` … `Markdown Content:` (Jina Reader), or a short block of
    /// `Title:` / `Author:` / `Date:` lines ended by a blank line.
    case headerLines
}
