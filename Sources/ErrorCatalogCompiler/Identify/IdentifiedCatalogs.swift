/// What the identify stage hands the emitters: the checked catalogs with every entry's
/// stable id, `since` and former names filled in from the ledger, the release history the
/// ledger holds (removed codes, releases and their changes) and what changed since the last
/// release. Emitters read only this; none of them reads the ledger file.
public struct IdentifiedCatalogs: Sendable {
    /// The catalogs compared with the last release; their entries carry ids.
    public let comparison: ReleaseComparison
    /// The released history: every release, its recorded changes and every entry ever
    /// released (removed ones as tombstones).
    public let history: Ledger

    /// Translated texts whose source changed since they were translated, by text and locale,
    /// with the source's text then (`nil` when the ledger does not have it).
    public let staleTexts: [StaleKey: String?]

    /// A text in one locale.
    public struct StaleKey: Hashable, Sendable {
        /// The text.
        public var key: TextKey
        /// The locale.
        public var locale: String
    }

    /// The catalogs, sorted by name, with ids, `since` and former names.
    public var catalogs: [Catalog] { comparison.catalogs }

    /// The number of entries in all catalogs.
    public var entryCount: Int { catalogs.entryCount }

    /// `checked` identified against `history`; `next`, when known, is the version the
    /// changes will be released as (a major one acknowledges every breaking change).
    init(_ checked: consuming CheckedCatalogs, history: Ledger, next: SemanticVersion?) {
        // The comparison takes the catalogs over (nothing else holds them), so it fills in ids
        // without copying entries.
        var comparison = ReleaseComparison(checked.takeCatalogs(), ledger: history, next: next)
        var stale: [StaleTranslations.StaleText] = []
        comparison.diagnostics.append(
            contentsOf: StaleTranslations.find(comparison.catalogs, history: history, stale: &stale))
        staleTexts = Dictionary(
            stale.map { (StaleKey(key: $0.key, locale: $0.locale), $0.then) }, uniquingKeysWith: { first, _ in first })
        self.comparison = comparison
        self.history = history
    }
}
