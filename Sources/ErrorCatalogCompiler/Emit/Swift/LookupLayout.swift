import ErrorCatalog

/// A catalog's codes laid out as the perfect-hash table ``ErrorCatalog/PerfectHashTable``
/// probes, plus the runs of entries each code matches.
struct LookupLayout {
    var keys: [String] = []
    var entriesOfKey: [[Int]] = []
    var slotMatches: [Int] = []
    var matches: [Int] = []
    var hashTable = PerfectHashBuilder.Table(seed: 0, pilots: [], slots: [])
    /// Whether any entry is a family (a miss then goes on to the families).
    var hasFamilies = false

    /// Keys are every distinct code and alias (lowercased when the catalog folds case), in
    /// order of first appearance; each key lists its entries in file order. The catch-all's
    /// code is a label, not a key. Codes are the same key only when their bytes are equal,
    /// as lookups compare bytes. The runs of entries are laid out in slot order.
    init(_ catalog: Catalog, builder: PerfectHashBuilder = PerfectHashBuilder()) throws {
        var keyIndex: [TextKey: Int] = [:]
        for (index, entry) in catalog.entries.enumerated() where !entry.isCatchAll {
            for code in entry.allCodes {
                let key = catalog.caseInsensitive ? CodeResolver.folded(code) : code
                let textKey = TextKey(key)
                if let existing = keyIndex[textKey] {
                    if entriesOfKey[existing].last != index { entriesOfKey[existing].append(index) }
                } else {
                    keyIndex[textKey] = keys.count
                    keys.append(key)
                    entriesOfKey.append([index])
                }
            }
        }
        hasFamilies = catalog.entries.contains { $0.familyTailStart != nil }
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
