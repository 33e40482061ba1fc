import ErrorCatalog

/// Places the units of a translators' file in the catalogs' translations into its locale.
///
/// A unit keyed by errcat (its `msgctxt`, id or key names a catalog's text) replaces that
/// text's translation, or removes it when the file leaves it empty. A unit of another
/// project's file is placed by its source: the entry whose text equals its `msgid`, with
/// `%(name)s`, `%s` and `{name}` read as parameters; it fills only untranslated texts unless
/// `overwrite`. gettext plural forms go onto CLDR categories through the file's own
/// `Plural-Forms`. A translation that changed, or is no longer fuzzy, is marked as made from
/// `release` (the last one); a fuzzy one keeps the release it was made from.
public struct TranslationMerger {
    /// The catalogs, checked, with their translations.
    public var catalogs: [Catalog]
    /// The latest release, which a current translation is made from.
    public var release: SemanticVersion?
    /// The texts whose translation is stale now: confirmed by a file that no longer marks them.
    public var stale: Set<TextKey> = []
    /// Whether another project's translations replace translations the catalogs have.
    public var overwrite: Bool
    /// What could not be placed, and why.
    public internal(set) var diagnostics = DiagnosticList()
    /// How many units were placed.
    public internal(set) var placed = 0
    var translations: [String: CatalogTranslation] = [:]
    var changed: Set<String> = []

    /// A merger into `catalogs`.
    public init(catalogs: [Catalog], release: SemanticVersion?, overwrite: Bool) {
        self.catalogs = catalogs
        self.release = release
        self.overwrite = overwrite
    }

    /// The translations into `locale` the file changes, each with the path of its YAML file.
    public mutating func merge(
        _ file: ImportedFile, locale: String
    ) -> [(path: String, translation: CatalogTranslation)] {
        let mapping = PluralMapping(file, locale: locale, diagnostics: &diagnostics)
        let sources = SourceIndex(catalogs)
        for unit in file.units {
            if let key = unit.key, let catalog = catalogs.first(where: { $0.name == key.catalog }) {
                place(unit, at: key, in: catalog, locale: locale, mapping: mapping, foreign: false)
            } else if let key = sources.key(unit) {
                place(
                    unit, at: key, in: catalogs.first { $0.name == key.catalog }!, locale: locale, mapping: mapping,
                    foreign: true)
            } else if unit.translation != nil {
                diagnostics.warning("not placed: no entry's text is '\(unit.source.prefix(80))'", at: unit.location)
            }
        }
        return catalogs.compactMap { catalog in
            guard changed.contains(catalog.name), let translation = translations[catalog.name] else { return nil }
            return (Self.path(of: catalog, translation: translation), translation)
        }
    }

    /// Where the translation's YAML is, or goes: beside the catalog, `name.LOCALE.yaml`.
    static func path(of catalog: Catalog, translation: CatalogTranslation) -> String {
        if catalog.translations.contains(where: { $0.locale == translation.locale }) {
            return translation.location.file
        }
        var path = catalog.location.file
        for suffix in [".yaml", ".yml"] where path.hasSuffix(suffix) { path.removeLast(suffix.count) }
        return path + ".\(translation.locale).yaml"
    }
}
