import ErrorCatalog

/// A catalog's entries laid out as the string and integer tables
/// ``ErrorCatalog/CatalogTables`` reads; the lookup's tables are ``LookupLayout``'s.
struct TableLayout {
    /// Every distinct text; text 0 is the empty one.
    var texts: TextIndex
    var entries: [Int] = []
    var lists: [Int] = []
    var families: [Int] = []
    var catchAll = -1
    /// The compiled messages; value 0 stands for "no message" (see `CatalogTables.messages`).
    var messages: [Int] = [0]
    /// Every locale's plural rules, the source's first.
    var plurals: [Int] = []
    /// Per locale: tag, plural rules' start, catalog title, texts' start (`CatalogTables.locales`).
    var locales: [Int] = []
    /// The translations' texts (`CatalogTables.translations`).
    var translations: [Int] = []

    init(_ catalog: Catalog) {
        texts = TextIndex(capacity: catalog.entries.count * 6)
        _ = texts.insert("")
        entries.reserveCapacity(catalog.entries.count * EntryField.allCases.count)
        for (index, entry) in catalog.entries.enumerated() { addEntry(entry, index: index, catalog: catalog) }
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

    mutating func addEntry(_ entry: CatalogEntry, index: Int, catalog: Catalog) {
        var row = [Int](repeating: 0, count: EntryField.allCases.count)
        // An entry with parameters keeps its texts as the bare case shows them (placeholders
        // as `{name}`) in the string columns, and its compiled message in `messages`.
        let texts = EntryTexts(entry, rules: catalog.pluralRules)
        row[EntryField.name.rawValue] = intern(entry.name)
        row[EntryField.code.rawValue] = intern(entry.code)
        row[EntryField.title.rawValue] = intern(texts.title)
        row[EntryField.meaning.rawValue] = intern(texts.meaning)
        row[EntryField.remedy.rawValue] = intern(texts.remedy)
        row[EntryField.deprecation.rawValue] = intern(entry.deprecation)
        row[EntryField.anchor.rawValue] = intern(entry.anchor)
        row[EntryField.httpStatus.rawValue] = entry.httpStatus ?? 0
        row[EntryField.category.rawValue] = entry.category.map { intern($0) } ?? 0
        if let position = catalog.categories.firstIndex(where: { $0.id == entry.category }) {
            row[EntryField.categoryPosition.rawValue] = position + 1
            row[EntryField.categoryTitle.rawValue] = intern(catalog.categories[position].title)
        }
        if let retry = entry.retry {
            row[EntryField.retryPolicy.rawValue] = retry.policy.tableValue
            row[EntryField.retryAttempts.rawValue] = retry.maxAttempts ?? 0
            row[EntryField.retryWindowSeconds.rawValue] = retry.windowSeconds ?? 0
            row[EntryField.retryNote.rawValue] = intern(retry.note)
        }
        let aliases = entry.aliases.map { intern($0) }
        row[EntryField.aliasStart.rawValue] = addList(aliases)
        row[EntryField.aliasCount.rawValue] = aliases.count
        let links = entry.links.flatMap { [intern($0.title), intern($0.url)] }
        row[EntryField.linkStart.rawValue] = addList(links)
        row[EntryField.linkCount.rawValue] = entry.links.count
        let steps = texts.steps.map { intern($0) }
        row[EntryField.stepStart.rawValue] = addList(steps)
        row[EntryField.stepCount.rawValue] = steps.count
        row[EntryField.flags.rawValue] =
            (entry.isFamily ? EntryField.Flag.family : 0) | (entry.isCatchAll ? EntryField.Flag.catchAll : 0)
        row[EntryField.numericID.rawValue] = entry.id
        if let messages = entry.messages {
            row[EntryField.message.rawValue] = addMessage(messages.tableTexts, parameters: entry.parameters)
        }
        entries += row
        if let tail = entry.familyTailStart { families += [index, tail] }
        if entry.isCatchAll { catchAll = index }
    }
}
