/// How much each translation leaves untranslated, said once per translation where it can be
/// fixed: a text a regional translation (`de-CH`) leaves out shows in the translation of its
/// language (`de`) when the catalog has one, so such gaps are that translation's to report.
extension TranslationChecker {
    /// One warning per translation that leaves entries (partly) untranslated and has no
    /// shorter translation of the same language to fall back on.
    mutating func reportCoverage(of catalog: Catalog) {
        let locales = Set(catalog.translations.map { $0.locale.lowercased() })
        for translation in catalog.translations {
            let parents = Self.parents(of: translation.locale)
            guard !parents.contains(where: { locales.contains($0.lowercased()) }) else { continue }
            reportUntranslated(translation, of: catalog)
        }
    }

    /// The shorter tags `tag` falls back through, most specific first: `de-CH-1996` gives
    /// `de-CH` and `de`.
    static func parents(of tag: String) -> [String] {
        var parents: [String] = []
        var rest = Substring(tag)
        while let dash = rest.lastIndex(where: { $0 == "-" || $0 == "_" }) {
            rest = rest[..<dash]
            parents.append(String(rest))
        }
        return parents
    }

    /// One warning: how many entries the translation leaves untranslated, wholly or in part.
    mutating func reportUntranslated(_ translation: CatalogTranslation, of catalog: Catalog) {
        let byName = translation.entriesByName
        let untranslated = catalog.entries.filter { entry in
            byName[entry.name]?.leavesUntranslated(entry) ?? true
        }
        guard !untranslated.isEmpty else { return }
        let names = untranslated.prefix(3).map(\.name).joined(separator: ", ") + (untranslated.count > 3 ? ", …" : "")
        diagnostics.warning(
            "the '\(translation.locale)' translation of \(catalog.name) leaves \(untranslated.count) of "
                + "\(catalog.entries.count) entries untranslated or partly translated (\(names)); "
                + "they show in '\(catalog.locale)'",
            at: translation.location)
    }
}
