import ErrorCatalog

/// The units of every catalog for one locale: each text a translator translates (catalog
/// title and introduction, category titles, each entry's title, meaning and remedy or steps),
/// with the translation the catalog has, whether it is stale, and notes naming the entry's
/// code, category and parameters.
enum TranslationUnitsBuilder {
    static func units(_ identified: IdentifiedCatalogs, locale: String) -> [TranslationUnits] {
        identified.catalogs.map { catalog in
            let translation = catalog.translations.first { $0.locale == locale }
            var units = catalogUnits(catalog, translation)
            let translated = translation?.entriesByName ?? [:]
            for entry in catalog.entries { units += entryUnits(entry, translated[entry.name], in: catalog) }
            for index in units.indices where units[index].translation != nil {
                if let then = identified.staleTexts[.init(key: units[index].key, locale: locale)] {
                    units[index].state = .stale(previousSource: then)
                }
            }
            return TranslationUnits(
                catalog: catalog.name, title: catalog.title, sourceFile: catalog.location.file,
                sourceLocale: catalog.locale, locale: locale,
                units: units)
        }
    }

    static func catalogUnits(_ catalog: Catalog, _ translation: CatalogTranslation?) -> [TranslationUnit] {
        var units = [
            unit(
                .catalogTitle, catalog.title, nil, translation?.title, nil, notes: ["The catalog's title."],
                catalog.location, catalog.name)
        ]
        if let summary = catalog.summary {
            units.append(
                unit(
                    .catalogSummary, summary, nil, translation?.summary, nil, notes: ["The catalog's introduction."],
                    catalog.location, catalog.name))
        }
        for category in catalog.categories {
            let translated = translation?.categories[category.id]
            units.append(
                unit(
                    .categoryTitle(category.id), category.title, nil, translated?.title, nil,
                    notes: ["The title of category \(category.id)."], category.location, catalog.name))
            if let summary = category.summary {
                units.append(
                    unit(
                        .categorySummary(category.id), summary, nil, translated?.summary, nil,
                        notes: ["The introduction of category \(category.id)."], category.location, catalog.name))
            }
        }
        return units
    }

    static func entryUnits(
        _ entry: CatalogEntry, _ translated: EntryTranslation?, in catalog: Catalog
    ) -> [TranslationUnit] {
        var notes = [
            "Code \(entry.code)" + (entry.category.map { ", category \($0)" } ?? "")
                + (entry.httpStatus.map { ", HTTP \($0)" } ?? "") + "."
        ]
        if !entry.parameters.isEmpty {
            notes.append(
                "Parameters (ICU MessageFormat): "
                    + entry.parameters.map { parameter in
                        "{\(parameter.name)} \(parameter.kind)"
                            + (parameter.description.map { " (\($0.hasSuffix(".") ? String($0.dropLast()) : $0))" }
                                ?? "")
                    }.joined(separator: "; ") + ".")
        }
        var units: [TranslationUnit] = []
        func add(_ field: TextKey.Field, _ source: String, _ message: Message?, _ text: TranslatedText?, _ what: String)
        {
            units.append(
                unit(
                    field, source, message, text?.text, text?.message, notes: notes + [what], entry.location,
                    catalog.name))
        }
        if let title = entry.title {
            add(.entry(entry.name, .title), title, entry.messages?.title, translated?.title, "The title.")
        }
        add(.entry(entry.name, .meaning), entry.meaning, entry.messages?.meaning, translated?.meaning, "What happened.")
        let steps = entry.remedy.steps
        if steps.isEmpty {
            add(
                .entry(entry.name, .remedy(step: nil)), entry.remedy.text, entry.messages?.remedy.first,
                translated?.remedy?.first, "What to do.")
        } else {
            let texts = translated?.remedy?.count == steps.count ? translated?.remedy : nil
            for (index, step) in steps.enumerated() {
                add(
                    .entry(entry.name, .remedy(step: index)), step, entry.messages?.remedy[index], texts?[index],
                    "Step \(index + 1) of \(steps.count) of what to do.")
            }
        }
        return units
    }

    static func unit(
        _ field: TextKey.Field, _ source: String, _ message: Message?, _ translation: String?,
        _ translationMessage: Message?, notes: [String],
        _ location: SourceLocation, _ catalog: String
    ) -> TranslationUnit {
        TranslationUnit(
            key: TextKey(catalog: catalog, field: field), source: source, sourceMessage: message,
            translation: translation,
            translationMessage: translationMessage, state: translation == nil ? .untranslated : .translated,
            notes: notes, reference: location)
    }
}
