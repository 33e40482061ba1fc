/// What the decode stage makes of one parsed file: the catalog as written (names and
/// anchors proposed, nothing related across entries yet), where each entry is written, and
/// the line and column of every node, so the document itself can be released.
public struct DecodedCatalog: Sendable {
    /// The catalog as written.
    public internal(set) var catalog: Catalog
    /// Whether decoding reported no error: only then may the checked catalog be used. The
    /// check stage runs either way, so one run reports every problem.
    public internal(set) var isComplete: Bool
    /// Per entry, index for index, the nodes the cross-entry checks point at.
    var sources: [CatalogDecoder.EntrySource]
    /// Every node's position in the file.
    var locations: NodeLocations
}
