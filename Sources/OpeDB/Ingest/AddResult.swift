/// The outcome of adding one input: one object of `opedb add --json`.
public struct AddResult: Encodable, Equatable, Sendable {
    public enum Status: String, Encodable, Sendable { case added, updated, unchanged, failed }

    public var path: String
    public var status: Status
    public var id: Int?
    public var title: String?
    public var error: String?
    public var warnings: [String]
    public var dryRun: Bool
    /// Byline names, for the human-readable line.
    public var authors: [String]
    public var publishedOn: String?

    enum CodingKeys: String, CodingKey {
        case path, status, id, title, error, warnings, dryRun = "dry_run", authors, publishedOn = "published_on"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(status, forKey: .status)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(error, forKey: .error)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(dryRun, forKey: .dryRun)
        try c.encode(authors, forKey: .authors)
        try c.encode(publishedOn, forKey: .publishedOn)
    }

    static func failed(_ path: String, _ reason: String, dryRun: Bool) -> AddResult {
        AddResult(path: path, status: .failed, id: nil, title: nil, error: reason, warnings: [], dryRun: dryRun,
                  authors: [], publishedOn: nil)
    }
}
