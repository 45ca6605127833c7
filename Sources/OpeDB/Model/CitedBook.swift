/// A book named in an author note: `A Long Goodbye: The Soviet Withdrawal from Afghanistan
/// (Harvard University Press, 2011)`.
public struct CitedBook: Codable, Equatable, Sendable {
    public enum Role: String, Codable, Sendable { case author, editor }

    /// The main title (before the first `: `).
    public var title: String
    public var subtitle: String?
    public var publisher: String?
    public var year: Int?
    /// `true` for `(Publisher, forthcoming)`.
    public var forthcoming: Bool
    /// The byline spelling of the note's author.
    public var author: String?
    public var role: Role

    public init(title: String, subtitle: String? = nil, publisher: String? = nil, year: Int? = nil,
                forthcoming: Bool = false, author: String? = nil, role: Role = .author) {
        self.title = title
        self.subtitle = subtitle
        self.publisher = publisher
        self.year = year
        self.forthcoming = forthcoming
        self.author = author
        self.role = role
    }

    /// The title as cited: `Title: Subtitle`.
    public var fullTitle: String {
        subtitle.map { "\(title): \($0)" } ?? title
    }
}
