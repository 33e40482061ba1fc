import ErrorCatalog

extension TranslationMerger {
    /// Puts one unit's translation at `key`.
    mutating func place(
        _ unit: ImportedUnit, at key: TextKey, in catalog: Catalog, locale: String, mapping: PluralMapping,
        foreign: Bool
    ) {
        guard catalog.sourceText(key.field) != nil else {
            diagnostics.warning("not placed: \(catalog.name) has no text '\(key)'", at: unit.location)
            return
        }
        // gettext uses no fuzzy translation of another project; neither does errcat.
        if foreign, unit.isStale { return }
        var translation =
            translations[catalog.name]
            ?? catalog.translations.first { $0.locale == locale }
            ?? CatalogTranslation(
                catalogName: catalog.name, locale: locale, release: release, categories: [:], entries: [],
                location: unit.location)
        let existing = translation.text(key.field)
        guard
            let text = translatedText(
                unit, source: catalog.sourceMessage(key.field), existing: existing, mapping: mapping, foreign: foreign)
        else {
            if unit.translation == nil, !foreign, existing != nil {
                translation.set(key.field, nil, stepCount: catalog.stepCount(key.field))
                commit(translation, of: catalog)
            }
            return
        }
        if foreign, let existing, existing.text != text, !overwrite {
            diagnostics.warning(
                "not placed: '\(key)' is translated already; pass --force to replace it", at: unit.location)
            return
        }
        placed += 1
        let confirmed = !unit.isStale && (existing?.text != text || stale.contains(key))
        if existing?.text == text, !confirmed { return }
        translation.set(
            key.field, TranslatedText(text: text, location: unit.location), stepCount: catalog.stepCount(key.field))
        if confirmed, let entry = key.entry {
            translation.setRelease(release, of: entry)
            translation.setMadeFrom(key.field, of: catalog)
        }
        commit(translation, of: catalog)
    }

    mutating func commit(_ translation: CatalogTranslation, of catalog: Catalog) {
        translations[catalog.name] = translation
        changed.insert(catalog.name)
    }

    /// The unit's translation as catalog text: a plural's forms as an ICU plural over the
    /// source's selector (the existing text kept when it has the same branches), another
    /// project's placeholders as parameters.
    mutating func translatedText(
        _ unit: ImportedUnit, source: Message?, existing: TranslatedText?, mapping: PluralMapping, foreign: Bool
    ) -> String? {
        switch unit.translation {
        case nil: return nil
        case .text(let text):
            guard foreign, source != nil else { return text }
            let scan = Placeholders.scan(text)
            let sourceNames = Set(Placeholders.scan(unit.source).parameters.map(\.name))
            guard Set(scan.parameters.map(\.name)) == sourceNames else {
                diagnostics.warning(
                    "not placed: the translation's placeholders differ from its msgid's", at: unit.location)
                return nil
            }
            return Message(scan.parts).icuText
        case .forms(let forms):
            guard let branches = mapping.categories(forms) else { return nil }
            return pluralText(unit, branches: branches, source: source, existing: existing, foreign: foreign)
        case .categories(let branches):
            return pluralText(unit, branches: branches, source: source, existing: existing, foreign: foreign)
        }
    }

    mutating func pluralText(
        _ unit: ImportedUnit, branches: [PluralCategory: String], source: Message?, existing: TranslatedText?,
        foreign: Bool
    ) -> String? {
        guard let selector = source?.pluralBranches?.selector else {
            diagnostics.warning(
                "not placed: the source of '\(unit.key?.description ?? unit.source)' is not a plural", at: unit.location
            )
            return nil
        }
        var texts = branches
        if foreign {
            let names = Set(
                ([unit.source] + (unit.sourcePlural.map { [$0] } ?? [])).flatMap {
                    Placeholders.scan($0).parameters.map(\.name)
                })
            for (category, text) in branches {
                let scan = Placeholders.scan(text)
                guard Set(scan.parameters.map(\.name)).isSubset(of: names) else {
                    diagnostics.warning(
                        "not placed: a plural form uses placeholders its msgid does not have", at: unit.location)
                    return nil
                }
                let count = names.contains(selector) ? selector : "arg1"
                texts[category] = Message(scan.parts.map { $0 == .argument(count) ? .pound : $0 }).icuText(
                    inPlural: true)
            }
        }
        if let existing, existing.message?.pluralBranches?.branches == texts { return existing.text }
        guard texts[.other] != nil else {
            diagnostics.warning("not placed: no form gives the plural's 'other'", at: unit.location)
            return nil
        }
        return Message.pluralText(selector: selector, branches: texts)
    }
}

extension Catalog {
    /// The source text of a field.
    func sourceText(_ field: TextKey.Field) -> String? {
        switch field {
        case .catalogTitle: title
        case .catalogSummary: summary
        case .categoryTitle(let id): category(id)?.title
        case .categorySummary(let id): category(id)?.summary
        case .entry(let name, .title): entries.first { $0.name == name }?.title
        case .entry(let name, .meaning): entries.first { $0.name == name }?.meaning
        case .entry(let name, .remedy(let step)):
            entries.first { $0.name == name }.flatMap { entry in
                step.map { entry.remedy.steps.indices.contains($0) ? entry.remedy.steps[$0] : nil }
                    ?? (entry.remedy.steps.isEmpty ? entry.remedy.text : nil)
            }
        }
    }

    /// The compiled source of a field of an entry with parameters.
    func sourceMessage(_ field: TextKey.Field) -> Message? {
        guard case .entry(let name, let text) = field,
            let messages = entries.first(where: { $0.name == name })?.messages
        else { return nil }
        switch text {
        case .title: return messages.title
        case .meaning: return messages.meaning
        case .remedy(let step): return messages.remedy.indices.contains(step ?? 0) ? messages.remedy[step ?? 0] : nil
        }
    }

    /// How many steps the remedy of the field's entry has (0 for one text).
    func stepCount(_ field: TextKey.Field) -> Int {
        guard case .entry(let name, .remedy) = field else { return 0 }
        return entries.first { $0.name == name }?.remedy.steps.count ?? 0
    }
}
