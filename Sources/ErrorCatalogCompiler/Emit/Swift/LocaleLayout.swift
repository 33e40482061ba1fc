import ErrorCatalog

extension TableLayout {
    /// The locale tables: the source's locale, then each translation's, with its plural
    /// rules, its catalog title and, per entry, its texts (see `_CatalogTables.translations`).
    mutating func addLocales(_ catalog: Catalog) {
        // The ordinal rules follow each language's cardinal rules, the locale's number
        // conventions follow them and its date conventions follow those, only where a message
        // needs them.
        let dates = catalog.formatsDates
        let numbers = dates || catalog.formatsNumbers
        let ordinal = numbers || catalog.usesOrdinals
        func rules(_ rules: PluralRuleSet, locale: String) -> [Int] {
            (ordinal ? rules.encodedWithOrdinal : rules.encoded)
                + (numbers ? NumberConventions.encoded(locale) { intern($0) } : [])
                + (dates ? DateConventions.encoded(locale) { intern($0) } : [])
        }
        locales += [intern(catalog.locale), 0, 0, 0]
        plurals = rules(catalog.pluralRules, locale: catalog.locale)
        for translation in catalog.translations {
            locales += [intern(translation.locale), plurals.count, intern(translation.title), translations.count]
            plurals += rules(translation.pluralRules, locale: translation.locale)
            let byName = translation.entriesByName
            for entry in catalog.entries { addTexts(byName[entry.name], of: entry, in: translation) }
            for category in catalog.categories {
                translations.append(intern(translation.categories[category.id]?.title))
            }
        }
    }

    /// One entry's row of a translation: title, meaning, remedy, steps (start + 1) and message
    /// record; 0 where the translation leaves a text out.
    mutating func addTexts(_ translated: EntryTranslation?, of entry: CatalogEntry, in translation: CatalogTranslation)
    {
        guard let translated else {
            translations += [0, 0, 0, 0, 0]
            return
        }
        if entry.messages != nil {
            translations += [0, 0, 0, 0, addMessage(translatedTexts(translated), parameters: entry.parameters)]
            return
        }
        let remedy = translated.remedy.map { texts in
            translated.remedyIsSteps ? Remedy.steps(texts.map(\.text)).text : texts.first?.text ?? ""
        }
        let steps = translated.remedyIsSteps ? (translated.remedy ?? []).map { intern($0.text) } : []
        translations += [
            intern(translated.title?.text), intern(translated.meaning?.text), intern(remedy),
            steps.isEmpty ? 0 : addList(steps) + 1, 0,
        ]
    }

    /// A translated entry's messages in the order the record holds them: title, meaning, the
    /// remedy as one text (steps numbered), then each step.
    func translatedTexts(_ translated: EntryTranslation) -> [Message?] {
        let steps = (translated.remedy ?? []).map(\.message)
        let whole: Message? =
            if translated.remedyIsSteps, steps.allSatisfy({ $0 != nil }), !steps.isEmpty {
                EntryMessages(title: nil, meaning: Message([]), remedy: steps.map { $0! }, remedyIsSteps: true)
                    .tableTexts[2]
            } else {
                translated.remedyIsSteps ? nil : steps.first ?? nil
            }
        return [translated.title?.message, translated.meaning?.message, whole] + (translated.remedyIsSteps ? steps : [])
    }
}
