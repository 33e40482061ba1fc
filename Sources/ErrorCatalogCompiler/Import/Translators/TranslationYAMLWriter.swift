import ErrorCatalog

/// Writes a translation file: its catalog, locale and release, then the catalog's,
/// categories' and entries' texts in the catalog's order, every text double-quoted.
public enum TranslationYAMLWriter {
    /// The YAML of `translation`, a translation of `catalog`.
    public static func write(_ translation: CatalogTranslation, of catalog: Catalog) -> String {
        var out = "# yaml-language-server: $schema=translation.schema.json\n"
        out += "translation: \(translation.catalogName)\nlocale: \(translation.locale)\n"
        if let release = translation.release { out += "release: \(release)\n" }
        if let title = translation.title { out += "title: \(YAMLText.quoted(title))\n" }
        if let summary = translation.summary { out += "summary: \(YAMLText.quoted(summary))\n" }
        let categories = catalog.categories.compactMap { category in
            translation.categories[category.id].map { (category.id, $0) }
        }
        if !categories.isEmpty {
            out += "categories:\n"
            for (id, category) in categories {
                out += "  \(id):\n"
                if let title = category.title { out += "    title: \(YAMLText.quoted(title))\n" }
                if let summary = category.summary { out += "    summary: \(YAMLText.quoted(summary))\n" }
            }
        }
        let byName = translation.entriesByName
        let entries = catalog.entries.compactMap { byName[$0.name] }
        guard !entries.isEmpty else { return out }
        out += "errors:\n"
        for entry in entries {
            out += "  \(entry.name):\n"
            if let release = entry.release { out += "    release: \(release)\n" }
            if !entry.madeFrom.isEmpty { out += "    made_from: \(madeFrom(entry.madeFrom))\n" }
            if let title = entry.title { out += "    title: \(YAMLText.quoted(title.text))\n" }
            if let meaning = entry.meaning { out += "    meaning: \(YAMLText.quoted(meaning.text))\n" }
            if let remedy = entry.remedy {
                if entry.remedyIsSteps {
                    out += "    remedy:\n" + remedy.map { "      - \(YAMLText.quoted($0.text))\n" }.joined()
                } else if let text = remedy.first {
                    out += "    remedy: \(YAMLText.quoted(text.text))\n"
                }
            }
        }
        return out
    }

    /// `{title: "…", meaning: "…", remedy: "…"}`, the fields recorded (quoted: a fingerprint of
    /// digits alone would read as a number).
    static func madeFrom(_ fingerprints: SourceFingerprints) -> String {
        let written = EntryTextField.allCases.compactMap { field in
            fingerprints[field].map { "\(field): \"\($0)\"" }
        }
        return "{" + written.joined(separator: ", ") + "}"
    }
}
