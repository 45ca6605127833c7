/// A count and its noun, agreeing: `1 file`, `2 files`. Written once so that no message says
/// "wrote 1 files" (a count printed with a fixed plural is right only most of the time).
public enum Plural {
    /// `count` followed by `singular`, or by `plural` (default: `singular` + "s") unless it is 1.
    ///
    ///     Plural.phrase(1, "file")              // "1 file"
    ///     Plural.phrase(3, "entry", "entries")  // "3 entries"
    public static func phrase(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
