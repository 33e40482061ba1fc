import ErrorCatalog

/// One text read from a translators' file, before it is placed in a catalog.
public struct ImportedUnit: Sendable {
    /// What the file gives as the translation.
    public enum Translated: Sendable, Equatable {
        /// One text.
        case text(String)
        /// gettext's plural forms, `msgstr[0]`, `msgstr[1]`, … in the file's own order.
        case forms([String])
        /// A plural's texts by CLDR category.
        case categories([PluralCategory: String])
    }

    /// The unit's key, when the file names one errcat wrote (`msgctxt`, unit id, string key).
    public var key: TextKey?
    /// The source text the file holds.
    public var source: String
    /// The plural source text (`msgid_plural`), for a gettext plural.
    public var sourcePlural: String?
    /// The translation; `nil` when the file leaves it untranslated.
    public var translation: Translated?
    /// Whether the file marks the translation as needing review (fuzzy, needs-review).
    public var isStale: Bool
    /// Where the translation (or the unit) is written.
    public var location: SourceLocation
}

/// What one translators' file holds.
public struct ImportedFile: Sendable {
    /// The file's locale, from its header.
    public var locale: String?
    /// The form index gettext's `Plural-Forms` gives each whole number, for a PO file.
    public var pluralFormula: PluralFormula?
    /// The number of forms the `Plural-Forms` header declares.
    public var formCount: Int?
    /// Where the header is.
    public var headerLocation: SourceLocation
    /// The units in file order.
    public var units: [ImportedUnit]
}
