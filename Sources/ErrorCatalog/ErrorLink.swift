/// A reference to further documentation about an error.
public struct ErrorLink: Hashable, Sendable, Codable {
    /// The document's title.
    public var title: String
    /// Where it is, when known.
    public var url: String?

    /// A link titled `title`, optionally to `url`.
    public init(title: String, url: String? = nil) {
        self.title = title
        self.url = url
    }
}
