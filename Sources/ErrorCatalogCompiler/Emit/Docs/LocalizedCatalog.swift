import ErrorCatalog

extension Catalog {
    /// The catalog as a reader of `locale` sees it: every text its translation into `locale`
    /// has in place of the source's, each untranslated one left in the source language. Codes,
    /// names and anchors stay, so a link by code lands on the same entry in every language.
    /// Also returns, per entry that shows a source text, which texts it shows in the source
    /// language, and whether the translation gives the page anything at all.
    func localized(to locale: String) -> (catalog: Catalog, fallback: LanguageFallback) {
        var fallback = LanguageFallback(sourceLocale: self.locale)
        guard let translation = translations.first(where: { $0.locale == locale }) else {
            for entry in entries { fallback.untranslated[entry.name] = CatalogEntry.fields(of: entry) }
            var catalog = self
            catalog.locale = locale
            return (catalog, fallback)
        }
        fallback.translatesAnything = translation.title != nil || translation.summary != nil
        var catalog = self
        catalog.title = translation.title ?? title
        catalog.summary = translation.summary ?? summary
        for index in catalog.categories.indices {
            let translated = translation.categories[catalog.categories[index].id]
            catalog.categories[index].title = translated?.title ?? catalog.categories[index].title
            catalog.categories[index].summary = translated?.summary ?? catalog.categories[index].summary
        }
        let byName = translation.entriesByName
        for index in catalog.entries.indices {
            let entry = catalog.entries[index]
            guard let translated = byName[entry.name] else {
                fallback.untranslated[entry.name] = CatalogEntry.fields(of: entry)
                continue
            }
            let missing = translated.untranslatedFields(of: entry)
            if !missing.isEmpty { fallback.untranslated[entry.name] = missing }
            if missing.count < CatalogEntry.fields(of: entry).count { fallback.translatesAnything = true }
            catalog.entries[index] = entry.localized(translated)
        }
        catalog.locale = locale
        return (catalog, fallback)
    }
}

extension CatalogEntry {
    /// The texts of `entry` a translation gives: its title (when it has one), meaning and remedy.
    static func fields(of entry: CatalogEntry) -> [EntryText] {
        (entry.title != nil ? [.title] : []) + [.meaning, .remedy(step: nil)]
    }

    /// The entry with the texts `translated` has.
    func localized(_ translated: EntryTranslation) -> CatalogEntry {
        var entry = self
        entry.title = translated.title?.text ?? title
        entry.meaning = translated.meaning?.text ?? meaning
        let steps = translated.remedy?.map(\.text)
        if let steps {
            entry.remedy = translated.remedyIsSteps ? .steps(steps) : .text(steps[0])
        }
        if let messages {
            entry.messages = EntryMessages(
                title: translated.title?.message ?? messages.title,
                meaning: translated.meaning?.message ?? messages.meaning,
                remedy: translated.remedy.map {
                    $0.enumerated().map { $0.element.message ?? messages.remedy[$0.offset] }
                } ?? messages.remedy,
                remedyIsSteps: messages.remedyIsSteps)
        }
        return entry
    }
}
