/// Bounds on what one catalog file may cost, so hostile input fails fast with a
/// diagnostic instead of exhausting memory, time or the stack.
public struct ParseLimits: Sendable, Hashable {
    /// The largest file read, in bytes (default 64 MiB; `--max-file-size` raises it).
    public var maxFileBytes: Int
    /// The deepest nesting of collections (a catalog needs about five).
    public var maxDepth: Int
    /// The most nodes that aliases may add when expanded (billion-laughs guard).
    public var maxAliasExpansion: Int
    /// The longest scalar, in bytes.
    public var maxScalarBytes: Int

    /// Limits with the given values.
    public init(
        maxFileBytes: Int = 64 << 20, maxDepth: Int = 64, maxAliasExpansion: Int = 100_000,
        maxScalarBytes: Int = 1 << 20
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxScalarBytes = maxScalarBytes
    }

    /// The defaults.
    public static let `default` = ParseLimits()
}
