import ErrorCatalog

extension Catalog {
    /// The catalog as a reader of `locale` sees it: every text its translation into `locale`
    /// has in place of the source's, each untranslated one left in the source language. Codes,
    /// names and anchors stay, so a link by code lands on the same entry in every language.
    /// Also returns the entries that show a source text (wholly or in part).
    func localized(to locale: String) -> (catalog: Catalog, untranslated: Set<String>) {
        guard let translation = translations.first(where: { $0.locale == locale }) else {
            return (self, Set(entries.map(\.name)))
        }
        var catalog = self
        catalog.title = translation.title ?? title
        catalog.summary = translation.summary ?? summary
        for index in catalog.categories.indices {
            let translated = translation.categories[catalog.categories[index].id]
            catalog.categories[index].title = translated?.title ?? catalog.categories[index].title
            catalog.categories[index].summary = translated?.summary ?? catalog.categories[index].summary
        }
        let byName = translation.entriesByName
        var untranslated = Set<String>()
        for index in catalog.entries.indices {
            let entry = catalog.entries[index]
            guard let translated = byName[entry.name] else {
                untranslated.insert(entry.name)
                continue
            }
            if translated.leavesUntranslated(entry) { untranslated.insert(entry.name) }
            catalog.entries[index] = entry.localized(translated)
        }
        catalog.locale = locale
        return (catalog, untranslated)
    }
}

extension CatalogEntry {
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
