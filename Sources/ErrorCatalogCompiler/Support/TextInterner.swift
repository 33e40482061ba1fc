import ErrorCatalog

/// Interns texts: distinct texts in order of first appearance, found again by their UTF-8 bytes.
///
/// Two texts are one only when their bytes are equal: `String` equality treats canonically
/// equivalent texts (`é` and `e` + U+0301) as one, which would emit one's bytes for the
/// other. An open-addressing table over the runtime's byte hash (each text hashed once, no
/// `Hasher` pass per probe), since the generator interns several texts per entry.
struct TextInterner {
    /// The texts, in the order they were first inserted.
    private(set) var texts: [String] = []
    private var hashes: [UInt64] = []
    /// Per slot, a text's index + 1, or 0 when empty; a power of two at most half full.
    private var slots: [Int32]

    /// An empty interner with room for `capacity` texts before it grows.
    init(capacity: Int = 0) {
        var count = 16
        while count < 2 * capacity { count *= 2 }
        slots = [Int32](repeating: 0, count: count)
        texts.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    /// The number of texts.
    var count: Int { texts.count }

    /// The index of `text`, which is added at the end when it is new.
    mutating func insert(_ text: String) -> (index: Int, inserted: Bool) {
        let hash = _CatalogHash.hash(text, seed: 0, foldCase: false)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if hashes[index] == hash, Self.sameBytes(texts[index], text) { return (index, false) }
            slot = (slot + 1) & mask
        }
        let index = texts.count
        precondition(index < Int32.max, "too many texts")
        slots[slot] = Int32(index + 1)
        texts.append(text)
        hashes.append(hash)
        if 2 * texts.count > slots.count { grow() }
        return (index, true)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        _CatalogTables.withBytes(a) { x in
            _CatalogTables.withBytes(b) { y in _PerfectHashTable.equal(x, y, foldCase: false) }
        }
    }
}
