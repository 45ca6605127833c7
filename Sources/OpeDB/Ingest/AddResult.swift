/// The outcome of adding one input: one object of `opedb add --json`.
public struct AddResult: Encodable, Equatable, Sendable {
    /// `replaced`: the input's URL named a plainly different article (title and authors both
    /// differ), which `--replace` let it overwrite. `skipped`: an entry of a folder that is not
    /// an article (its reason in `error`); it does not make `add` fail.
    public enum Status: String, Encodable, Sendable { case added, updated, replaced, unchanged, failed, skipped }

    public var path: String
    public var status: Status
    @NullEncoded public var id: Int?
    @NullEncoded public var title: String?
    @NullEncoded public var error: String?
    public var warnings: [String]
    public var dryRun: Bool
    /// Byline names, for the human-readable line.
    public var authors: [String]
    @NullEncoded public var publishedOn: String?
    /// The title of the different article this input replaced (`replaced`) or was refused for
    /// (`failed` without `--replace`): what the user would otherwise lose without a word.
    @NullEncoded public var replacedTitle: String?

    enum CodingKeys: String, CodingKey {
        case path, status, id, title, error, warnings, dryRun = "dry_run", authors, publishedOn = "published_on"
        case replacedTitle = "replaced_title"
    }

    static func failed(_ path: String, _ reason: String, dryRun: Bool) -> AddResult {
        AddResult(path: path, status: .failed, id: nil, title: nil, error: reason, warnings: [], dryRun: dryRun,
                  authors: [], publishedOn: nil, replacedTitle: nil)
    }

    static func skipped(_ path: String, _ reason: String, dryRun: Bool) -> AddResult {
        var result = failed(path, reason, dryRun: dryRun)
        result.status = .skipped
        return result
    }
}
