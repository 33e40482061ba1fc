import ErrorCatalog

/// A catalog laid out as the integer and string tables ``ErrorCatalog/CatalogTables`` reads.
struct TableLayout {
    var strings: [String] = [""]
    var stringIndex: [String: Int] = ["": 0]
    var entries: [Int] = []
    var lists: [Int] = []
    var keys: [String] = []
    var entriesOfKey: [[Int]] = []
    var slotMatches: [Int] = []
    var matches: [Int] = []
    var families: [Int] = []
    var catchAll = -1
    var hashTable = PerfectHashBuilder.Table(seed: 0, pilots: [], slots: [])

    init(_ catalog: Catalog, builder: PerfectHashBuilder = PerfectHashBuilder()) throws {
        strings.reserveCapacity(catalog.entries.count * 6)
        stringIndex.reserveCapacity(catalog.entries.count * 6)
        entries.reserveCapacity(catalog.entries.count * EntryField.allCases.count)
        for (index, entry) in catalog.entries.enumerated() { addEntry(entry, index: index, catalog: catalog) }
        try buildLookup(catalog, builder: builder)
    }

    mutating func intern(_ string: String?) -> Int {
        guard let string else { return 0 }
        if let index = stringIndex[string] { return index }
        strings.append(string)
        stringIndex[string] = strings.count - 1
        return strings.count - 1
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

    /// Keys are every distinct code and alias (lowercased when the catalog folds case), in
    /// order of first appearance; each key lists its entries in file order. The catch-all's
    /// code is a label, not a key. The runs of entries are laid out in slot order.
    mutating func buildLookup(_ catalog: Catalog, builder: PerfectHashBuilder) throws {
        var keyIndex: [String: Int] = [:]
        for (index, entry) in catalog.entries.enumerated() where !entry.isCatchAll {
            for code in entry.allCodes {
                let key = catalog.caseInsensitive ? CodeResolver.folded(code) : code
                if let existing = keyIndex[key] {
                    if entriesOfKey[existing].last != index { entriesOfKey[existing].append(index) }
                } else {
                    keyIndex[key] = keys.count
                    keys.append(key)
                    entriesOfKey.append([index])
                }
            }
        }
        hashTable = try builder.build(keys: keys.map { Array($0.utf8) }, foldCase: catalog.caseInsensitive)
        for slot in hashTable.slots {
            slotMatches.append(matches.count)
            if slot > 0 { matches += entriesOfKey[slot - 1] }
        }
        slotMatches.append(matches.count)
    }

    /// One record per slot: the key's place in the key text (one key per line), its length
    /// and its first entry.
    var slotRecords: [SlotTable.Record] {
        let offsets = StringTable.offsets(of: keys)
        return hashTable.slots.map { slot in
            guard slot > 0 else { return SlotTable.Record.empty }
            let key = slot - 1
            return SlotTable.Record(offset: offsets[key], length: keys[key].utf8.count, entry: entriesOfKey[key][0])
        }
    }
}
