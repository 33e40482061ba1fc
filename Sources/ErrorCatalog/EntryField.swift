/// The columns of a generated catalog's entry table, in storage order.
///
/// String columns hold an index into `_CatalogTables.strings` (0 is the empty string,
/// read as "absent" for optional fields); list columns hold a start index into
/// `_CatalogTables.lists` and are followed by their count column. The ``message`` column holds
/// the start of the entry's compiled message in `_CatalogTables.messages` (0: the entry has no
/// parameters, and its string columns are its texts). ``categoryPosition`` is the category's
/// position in file order plus one (0: none), ``categoryTitle`` its title in the source locale.
public enum _EntryField: Int, CaseIterable, Sendable {
    case name, code, title, meaning, remedy, deprecation, anchor
    case httpStatus, category
    case retryPolicy, retryAttempts, retryWindowSeconds, retryNote
    case aliasStart, aliasCount, linkStart, linkCount, stepStart, stepCount
    case flags
    case numericID
    case message
    case categoryPosition, categoryTitle

    /// Bits of the ``flags`` column.
    public enum Flag {
        /// The entry is a family (its code ends in a pattern such as `5xx`).
        public static let family = 1
        /// The entry is the catalog's catch-all.
        public static let catchAll = 2
    }
}
