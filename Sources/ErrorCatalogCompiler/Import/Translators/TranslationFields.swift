import ErrorCatalog

extension CatalogTranslation {
    /// The translation of a field.
    func text(_ field: TextKey.Field) -> TranslatedText? {
        switch field {
        case .catalogTitle: title.map { TranslatedText(text: $0, location: location) }
        case .catalogSummary: summary.map { TranslatedText(text: $0, location: location) }
        case .categoryTitle(let id): categories[id]?.title.map { TranslatedText(text: $0, location: location) }
        case .categorySummary(let id): categories[id]?.summary.map { TranslatedText(text: $0, location: location) }
        case .entry(let name, .title): entry(name)?.title
        case .entry(let name, .meaning): entry(name)?.meaning
        case .entry(let name, .remedy(let step)):
            entry(name)?.remedy.flatMap { remedy in remedy.indices.contains(step ?? 0) ? remedy[step ?? 0] : nil }
        }
    }

    /// Sets (or, with `nil`, removes) the translation of a field; a remedy of `stepCount`
    /// steps keeps one text per step.
    mutating func set(_ field: TextKey.Field, _ text: TranslatedText?, stepCount: Int) {
        switch field {
        case .catalogTitle: title = text?.text
        case .catalogSummary: summary = text?.text
        case .categoryTitle(let id): updateCategory(id) { $0.title = text?.text }
        case .categorySummary(let id): updateCategory(id) { $0.summary = text?.text }
        case .entry(let name, .title):
            updateEntry(name) {
                $0.title = text
                if text == nil { $0.madeFrom.title = nil }
            }
        case .entry(let name, .meaning):
            updateEntry(name) {
                $0.meaning = text
                if text == nil { $0.madeFrom.meaning = nil }
            }
        case .entry(let name, .remedy(let step)):
            let fileLocation = location
            updateEntry(name) { entry in
                guard let step, stepCount > 0 else {
                    entry.remedy = text.map { [$0] }
                    entry.remedyIsSteps = false
                    return
                }
                var steps = entry.remedy ?? []
                let placeholder = TranslatedText(text: "", location: text?.location ?? fileLocation)
                while steps.count < stepCount { steps.append(placeholder) }
                steps[step] = text ?? placeholder
                entry.remedy = steps.allSatisfy(\.text.isEmpty) ? nil : steps
                entry.remedyIsSteps = true
            }
            updateEntry(name) { if $0.remedy == nil { $0.madeFrom.remedy = nil } }
        }
    }

    /// Marks an entry's translation as made from `release` (nothing when it is the file's).
    mutating func setRelease(_ release: SemanticVersion?, of name: String) {
        guard let release else { return }
        let fileRelease = self.release
        updateEntry(name) { $0.release = release == fileRelease ? nil : release }
    }

    /// Records that an entry's field was translated from the source text it has now.
    mutating func setMadeFrom(_ field: TextKey.Field, of catalog: Catalog) {
        let source: (name: String, field: EntryTextField, text: String?)?
        switch field {
        case .entry(let name, .title): source = (name, .title, catalog.entries.first { $0.name == name }?.title)
        case .entry(let name, .meaning):
            source = (name, .meaning, catalog.entries.first { $0.name == name }?.meaning)
        case .entry(let name, .remedy):
            source = (name, .remedy, catalog.entries.first { $0.name == name }?.remedy.text)
        default: source = nil
        }
        guard let source, let text = source.text else { return }
        updateEntry(source.name) { $0.madeFrom[source.field] = SourceFingerprint.of(text) }
    }

    mutating func updateCategory(_ id: String, _ change: (inout CategoryTranslation) -> Void) {
        var category = categories[id] ?? CategoryTranslation(location: location)
        change(&category)
        categories[id] = category.title == nil && category.summary == nil ? nil : category
    }

    mutating func updateEntry(_ name: String, _ change: (inout EntryTranslation) -> Void) {
        if let index = entries.firstIndex(where: { $0.name == name }) {
            change(&entries[index])
            let entry = entries[index]
            if entry.title == nil, entry.meaning == nil, entry.remedy == nil { entries.remove(at: index) }
        } else {
            var entry = EntryTranslation(name: name, location: location)
            change(&entry)
            if entry.title != nil || entry.meaning != nil || entry.remedy != nil { entries.append(entry) }
        }
    }
}
