/// A wire code as received, whether or not the catalog knows it.
///
/// Decoding never fails on an unknown code, so an app built against an older catalog can
/// read a newer server's responses; ``error`` resolves the code when the catalog knows it,
/// and ``rawValue`` keeps it byte for byte either way.
public struct ErrorCode<Catalog: CatalogError>: RawRepresentable, Hashable, Sendable, Codable,
    CustomStringConvertible
{
    /// The code as received.
    public var rawValue: String

    /// A code as received.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The primary code of `error`.
    public init(_ error: Catalog) { self.rawValue = error.code }

    /// The primary code of `entry`.
    public init(_ entry: Catalog.Entry) { self.rawValue = entry.code }

    /// The entry for this code (exact, alias or family), or `nil` when the catalog does
    /// not know it.
    public var entry: Catalog.Entry? { Catalog.Entry(code: rawValue) }

    /// The error for this code when its entry takes no arguments (see
    /// ``CatalogError/init(code:)``).
    public var error: Catalog? { Catalog(code: rawValue) }

    /// ``entry``, else the catalog's catch-all entry.
    public var resolved: Catalog.Entry? { Catalog.Entry(resolving: rawValue) }

    /// Every entry for this code, in file order.
    public var matches: [Catalog.Entry] { Catalog.Entry.matches(code: rawValue) }

    /// The code as received.
    public var description: String { rawValue }

    /// Decodes any string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the code as received.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
