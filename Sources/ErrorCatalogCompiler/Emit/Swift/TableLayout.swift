import ErrorCatalog

/// A catalog's entries laid out as the string and integer tables
/// `_CatalogTables` reads; the lookup's tables are ``LookupLayout``'s.
struct TableLayout {
    /// Every distinct text; text 0 is the empty one.
    var texts: TextInterner
    var entries: [Int] = []
    var lists: [Int] = []
    var families: [Int] = []
    var catchAll = -1
    /// The compiled messages; value 0 stands for "no message" (see `_CatalogTables.messages`).
    var messages: [Int] = [0]
    /// Every locale's plural rules, the source's first.
    var plurals: [Int] = []
    /// Per locale: tag, plural rules' start, catalog title, texts' start (`_CatalogTables.locales`).
    var locales: [Int] = []
    /// The translations' texts (`_CatalogTables.translations`).
    var translations: [Int] = []

    init(_ catalog: Catalog) {
        texts = TextInterner(capacity: catalog.entries.count * 6)
        _ = texts.insert("")
        entries.reserveCapacity(catalog.entries.count * _EntryField.allCases.count)
        let rules = catalog.pluralRules
        for (index, entry) in catalog.entries.enumerated() {
            addEntry(entry, index: index, catalog: catalog, rules: rules)
        }
        addLocales(catalog)
    }

    /// The strings table: every distinct text, the empty one first.
    var strings: [String] { texts.texts }

    /// The index of `string` in ``strings``, added if new; `nil` is the empty string's 0.
    mutating func intern(_ string: String?) -> Int {
        guard let string else { return 0 }
        return texts.insert(string).index
    }

    mutating func addList(_ items: [Int]) -> Int {
        let start = lists.count
        lists += items
        return start
    }

    mutating func addEntry(_ entry: CatalogEntry, index: Int, catalog: Catalog, rules: PluralRuleSet) {
        var row = [Int](repeating: 0, count: _EntryField.allCases.count)
        // An entry with parameters keeps its texts as the bare case shows them (placeholders
        // as `{name}`) in the string columns, and its compiled message in `messages`.
        let texts = EntryTexts(entry, rules: rules)
        row[_EntryField.name.rawValue] = intern(entry.name)
        row[_EntryField.code.rawValue] = intern(entry.code)
        row[_EntryField.title.rawValue] = intern(texts.title)
        row[_EntryField.meaning.rawValue] = intern(texts.meaning)
        row[_EntryField.remedy.rawValue] = intern(texts.remedy)
        row[_EntryField.deprecation.rawValue] = intern(entry.deprecation)
        row[_EntryField.anchor.rawValue] = intern(entry.anchor)
        row[_EntryField.httpStatus.rawValue] = entry.httpStatus ?? 0
        row[_EntryField.category.rawValue] = entry.category.map { intern($0) } ?? 0
        if let position = catalog.categories.firstIndex(where: { $0.id == entry.category }) {
            row[_EntryField.categoryPosition.rawValue] = position + 1
            row[_EntryField.categoryTitle.rawValue] = intern(catalog.categories[position].title)
        }
        if let retry = entry.retry {
            row[_EntryField.retryPolicy.rawValue] = retry.policy.tableValue
            row[_EntryField.retryAttempts.rawValue] = retry.maxAttempts ?? 0
            row[_EntryField.retryWindowSeconds.rawValue] = retry.windowSeconds ?? 0
            row[_EntryField.retryNote.rawValue] = intern(retry.note)
        }
        let aliases = entry.aliases.map { intern($0) }
        row[_EntryField.aliasStart.rawValue] = addList(aliases)
        row[_EntryField.aliasCount.rawValue] = aliases.count
        let links = entry.links.flatMap { [intern($0.title), intern($0.url)] }
        row[_EntryField.linkStart.rawValue] = addList(links)
        row[_EntryField.linkCount.rawValue] = entry.links.count
        let steps = texts.steps.map { intern($0) }
        row[_EntryField.stepStart.rawValue] = addList(steps)
        row[_EntryField.stepCount.rawValue] = steps.count
        row[_EntryField.flags.rawValue] =
            (entry.isFamily ? _EntryField.Flag.family : 0) | (entry.isCatchAll ? _EntryField.Flag.catchAll : 0)
        row[_EntryField.numericID.rawValue] = entry.id
        if let messages = entry.messages {
            row[_EntryField.message.rawValue] = addMessage(messages.tableTexts, parameters: entry.parameters)
        }
        entries += row
        if let tail = entry.familyTailStart { families += [index, tail] }
        if entry.isCatchAll { catchAll = index }
    }
}
