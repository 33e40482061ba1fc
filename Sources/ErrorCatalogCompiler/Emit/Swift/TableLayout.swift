import ErrorCatalog

/// A catalog's entries laid out as the string and integer tables
/// ``ErrorCatalog/CatalogTables`` reads; the lookup's tables are ``LookupLayout``'s.
struct TableLayout {
    var strings: [String] = [""]
    var stringIndex: [TextKey: Int] = [TextKey(""): 0]
    var entries: [Int] = []
    var lists: [Int] = []
    var families: [Int] = []
    var catchAll = -1

    init(_ catalog: Catalog) {
        strings.reserveCapacity(catalog.entries.count * 6)
        stringIndex.reserveCapacity(catalog.entries.count * 6)
        entries.reserveCapacity(catalog.entries.count * EntryField.allCases.count)
        for (index, entry) in catalog.entries.enumerated() { addEntry(entry, index: index, catalog: catalog) }
    }

    /// The index of `string` in ``strings``, added if new; `nil` is the empty string's 0.
    mutating func intern(_ string: String?) -> Int {
        guard let string else { return 0 }
        let key = TextKey(string)
        let next = strings.count
        // One probe for a new text (most are): claim the next index, and give the text's
        // own back when it was already there.
        if let index = stringIndex.updateValue(next, forKey: key) {
            stringIndex[key] = index
            return index
        }
        strings.append(string)
        return next
    }

    mutating func addList(_ items: [Int]) -> Int {
        let start = lists.count
        lists += items
        return start
    }

    mutating func addEntry(_ entry: CatalogEntry, index: Int, catalog: Catalog) {
        var row = [Int](repeating: 0, count: EntryField.allCases.count)
        row[EntryField.name.rawValue] = intern(entry.name)
        row[EntryField.code.rawValue] = intern(entry.code)
        row[EntryField.title.rawValue] = intern(entry.title)
        row[EntryField.meaning.rawValue] = intern(entry.meaning)
        row[EntryField.remedy.rawValue] = intern(entry.remedy.text)
        row[EntryField.deprecation.rawValue] = intern(entry.deprecation)
        row[EntryField.anchor.rawValue] = intern(entry.anchor)
        row[EntryField.httpStatus.rawValue] = entry.httpStatus ?? 0
        row[EntryField.category.rawValue] = entry.category.map { intern($0) } ?? 0
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
        let steps = entry.remedy.steps.map { intern($0) }
        row[EntryField.stepStart.rawValue] = addList(steps)
        row[EntryField.stepCount.rawValue] = steps.count
        row[EntryField.flags.rawValue] =
            (entry.isFamily ? EntryField.Flag.family : 0) | (entry.isCatchAll ? EntryField.Flag.catchAll : 0)
        entries += row
        if let tail = entry.familyTailStart { families += [index, tail] }
        if entry.isCatchAll { catchAll = index }
    }
}

/// A string as a dictionary key that is equal to another only when their UTF-8 bytes are:
/// `String` equality treats canonically equivalent texts (`é` and `e` + U+0301) as one, which
/// would emit one's bytes for the other. Hashed once, with the runtime's byte hash, which is
/// also cheaper than `String`'s on long texts.
struct TextKey: Hashable {
    let text: String
    let hash: UInt64

    init(_ text: String) {
        self.text = text
        hash = CatalogHash.hash(text, seed: 0, foldCase: false)
    }

    static func == (a: TextKey, b: TextKey) -> Bool {
        a.hash == b.hash && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
