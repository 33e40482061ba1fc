/// What the check stage hands on: catalogs that passed every check, with settled Swift
/// names and anchors, sorted by name. Their entries have no stable ids yet (every ``CatalogEntry/id``
/// is 0): ids, `since` and former names come only from the identify stage, which reads the
/// ledger.
public struct CheckedCatalogs: Sendable {
    /// The catalogs, sorted by name.
    public internal(set) var catalogs: [Catalog]

    /// The catalogs, moved out: the only reference left, so the next stage can fill them in
    /// without copying their entries.
    consuming func takeCatalogs() -> [Catalog] {
        var taken: [Catalog] = []
        swap(&taken, &catalogs)
        return taken
    }
}
