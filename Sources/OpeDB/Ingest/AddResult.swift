/// The outcome of adding one input: one object of `opedb add --json`.
public struct AddResult: Encodable, Equatable, Sendable {
    public enum Status: String, Encodable, Sendable { case added, updated, unchanged, failed }

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

    enum CodingKeys: String, CodingKey {
        case path, status, id, title, error, warnings, dryRun = "dry_run", authors, publishedOn = "published_on"
    }

    static func failed(_ path: String, _ reason: String, dryRun: Bool) -> AddResult {
        AddResult(path: path, status: .failed, id: nil, title: nil, error: reason, warnings: [], dryRun: dryRun,
                  authors: [], publishedOn: nil)
    }
}
