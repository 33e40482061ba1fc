import ErrorCatalog

/// A catalog's codes laid out as the perfect-hash table `_PerfectHashTable`
/// probes, plus the runs of entries each code matches.
struct LookupLayout {
    var keys: [String] = []
    /// Each key's first entry.
    var firstEntry: [Int] = []
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
        var keyIndex = TextInterner(capacity: catalog.entries.count)
        // (key, entry) in file order, each pair once; most keys have one entry, so the runs
        // are grouped afterwards rather than kept as an array per key.
        var pairs: [(key: Int, entry: Int)] = []
        pairs.reserveCapacity(catalog.entries.count)
        var lastEntry: [Int] = []
        func add(_ code: String, entry index: Int) {
            let (key, inserted) = keyIndex.insert(catalog.caseInsensitive ? code.asciiFolded : code)
            if inserted {
                firstEntry.append(index)
                lastEntry.append(index)
                pairs.append((key, index))
            } else if lastEntry[key] != index {
                lastEntry[key] = index
                pairs.append((key, index))
            }
        }
        for index in catalog.entries.indices where !catalog.entries[index].isCatchAll {
            add(catalog.entries[index].code, entry: index)
            for alias in catalog.entries[index].aliases { add(alias, entry: index) }
        }
        keys = keyIndex.texts
        hasFamilies = catalog.entries.contains { $0.familyTailStart != nil }
        hashTable = try builder.build(keys: keys, foldCase: catalog.caseInsensitive)

        // Each key's run in slot order, its entries in file order (a stable counting sort).
        var runLength = [Int](repeating: 0, count: keys.count)
        for pair in pairs { runLength[pair.key] += 1 }
        var runStart = [Int](repeating: 0, count: keys.count)
        var position = 0
        slotMatches.reserveCapacity(hashTable.slots.count + 1)
        for slot in hashTable.slots {
            slotMatches.append(position)
            if slot > 0 {
                runStart[slot - 1] = position
                position += runLength[slot - 1]
            }
        }
        slotMatches.append(position)
        matches = [Int](repeating: 0, count: position)
        for pair in pairs {
            matches[runStart[pair.key]] = pair.entry
            runStart[pair.key] += 1
        }
    }

    /// The records `_PerfectHashTable` reads: one line per key in slot order,
    /// its first entry in `entryWidth` digits, a space and the key; and where each slot's
    /// record starts (an empty slot's record is empty), then the end of the last one.
    var slotRecords: (lines: [String], starts: [Int], entryWidth: Int) {
        let entryWidth = _PackedTable.width(forMaximum: firstEntry.max() ?? 0)
        var lines: [String] = []
        lines.reserveCapacity(keys.count)
        var starts: [Int] = []
        starts.reserveCapacity(hashTable.slots.count + 1)
        var position = 0
        for slot in hashTable.slots {
            starts.append(position)
            guard slot > 0 else { continue }
            let line = _PackedTable.encode([firstEntry[slot - 1]], width: entryWidth) + " " + keys[slot - 1]
            position += line.utf8.count + 1
            lines.append(line)
        }
        starts.append(position)
        return (lines, starts, entryWidth)
    }
}
