// A design check, not a shipped layout: the keys rewritten in slot order, each after its
// first entry, and the slots reduced to one binary offset each, so the slot table (4 bytes
// per slot) stays in the L1 cache and a key's length is the gap to the next slot's offset.
// A hit then costs one read outside L1 (the key) instead of two (record, then key).
import ErrorCatalog
import SyntheticCatalog

struct SlotOrderLayout {
    /// Per slot, where its record starts in `records`; one more ends the last.
    let offsets: UnsafeMutablePointer<UInt32>
    /// Per occupied slot: the first entry (4 bytes), then the key's bytes.
    let records: UnsafeMutableRawPointer

    init() {
        let table = SyntheticError._lookup
        offsets = .allocate(capacity: table.slots.count + 1)
        var size = 0
        for slot in 0..<table.slots.count {
            offsets[slot] = UInt32(size)
            let length = table.slots[slot].length
            if length >= 0 { size += 4 + length }
        }
        offsets[table.slots.count] = UInt32(size)
        records = .allocate(byteCount: size + 32, alignment: 64)
        for slot in 0..<table.slots.count where table.slots[slot].length >= 0 {
            let record = table.slots[slot]
            let start = records + Int(offsets[slot])
            start.storeBytes(of: UInt32(record.entry), as: UInt32.self)
            (start + 4).copyMemory(from: table.keyText.utf8Start + record.offset, byteCount: record.length)
        }
    }

    /// The first entry of `key`, confirmed by its bytes.
    @inline(__always)
    func find(_ key: UnsafeRawBufferPointer) -> Int? {
        guard let slot = SyntheticError._lookup.candidateSlot(of: key) else { return nil }
        let start = Int(offsets[slot])
        guard Int(offsets[slot &+ 1]) &- start &- 4 == key.count else { return nil }
        let record = UnsafeRawPointer(records + start)
        guard PerfectHashTable.equal(key, UnsafeRawBufferPointer(start: record + 4, count: key.count), foldCase: false) else {
            return nil
        }
        return Int(record.loadUnaligned(as: UInt32.self))
    }
}

@inline(never) func slotOrderPass(_ keys: [String], _ layout: SlotOrderLayout) -> Int {
    var sum = 0
    for key in keys { sum &+= CatalogTables.withBytes(key) { layout.find($0) ?? -1 } }
    return sum
}
