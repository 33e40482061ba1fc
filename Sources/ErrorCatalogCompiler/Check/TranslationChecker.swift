import ErrorCatalog

/// Checks each translation against the catalog it translates, compiles its texts of entries
/// with parameters, and attaches it to that catalog: an unknown catalog, category or entry
/// (with the closest name), a locale given twice or equal to the source's, placeholders the
/// source does not have or that a text leaves out, plural categories against the translation's
/// own language, a remedy with another number of steps; and, once per translation, how many
/// entries it leaves (partly) untranslated.
struct TranslationChecker {
    var diagnostics = DiagnosticList()
    /// Whether to say how much each translation leaves untranslated (see ``reportCoverage(of:)``).
    var reportsCoverage = true

    mutating func attach(_ translations: [DecodedTranslation], to catalogs: [Catalog]) -> [Catalog] {
        var catalogs = catalogs
        for decoded in translations.sorted(by: { $0.translation.location < $1.translation.location }) {
            let translation = decoded.translation
            guard let position = catalogs.firstIndex(where: { $0.name == translation.catalogName }) else {
                let names = catalogs.map(\.name)
                diagnostics.error(
                    "translation of unknown catalog "
                        + "'\(translation.catalogName)'\(Spelling.hint(for: translation.catalogName, among: names))",
                    at: translation.location)
                continue
            }
            let catalog = catalogs[position]
            if translation.locale == catalog.locale {
                diagnostics.error(
                    "'\(translation.locale)' is the language \(catalog.name) is written in; a translation is into "
                        + "another",
                    at: translation.location)
                continue
            }
            if let earlier = catalog.translations.first(where: { $0.locale == translation.locale }) {
                diagnostics.error(
                    "\(catalog.name) has a translation into '\(translation.locale)' already", at: translation.location,
                    notes: [Diagnostic(.note, "the first one", at: earlier.location)])
                continue
            }
            if PluralRuleSet.cldr(translation.locale) == nil {
                diagnostics.warning(
                    "CLDR has no plural rules for '\(translation.locale)': every number of its plurals takes 'other'",
                    at: translation.location)
            }
            if let checked = check(decoded, against: catalog) {
                catalogs[position].translations.append(checked)
                catalogs[position].translations.sort { $0.locale < $1.locale }
            }
        }
        if reportsCoverage {
            for catalog in catalogs { reportCoverage(of: catalog) }
        }
        return catalogs
    }

    /// The translation with its messages compiled, or `nil` when it has errors.
    mutating func check(_ decoded: DecodedTranslation, against catalog: Catalog) -> CatalogTranslation? {
        var translation = decoded.translation
        let errorsBefore = diagnostics.all.filter { $0.severity == .error }.count
        for (id, category) in translation.categories.sorted(by: { $0.value.location < $1.value.location })
        where catalog.category(id) == nil {
            diagnostics.error(
                "\(catalog.name) has no category '\(id)'\(Spelling.hint(for: id, among: catalog.categories.map(\.id)))",
                at: category.location)
        }
        let names = catalog.entries.map(\.name)
        let sources = Dictionary(catalog.entries.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, entry) in translation.entries.enumerated() {
            guard let source = sources[entry.name] else {
                diagnostics.error(
                    "\(catalog.name) has no entry '\(entry.name)'\(Spelling.hint(for: entry.name, among: names))",
                    at: entry.location)
                continue
            }
            translation.entries[index] = check(
                entry, of: source, sites: decoded.sites[index], locator: decoded.locator, translation: translation)
        }
        return diagnostics.all.filter { $0.severity == .error }.count == errorsBefore ? translation : nil
    }
}
