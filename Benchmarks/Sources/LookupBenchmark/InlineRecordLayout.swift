// A design check, not a shipped layout: the generated table's slots rebuilt as fixed-width
// binary records that hold each key's bytes inline (length, first entry, key padded to the
// longest code), so a hit reads one record and no slot table. The README's "why present
// codes stay under 5×" figures come from here.
import ErrorCatalog
import SyntheticCatalog

struct InlineRecordLayout {
    let records: UnsafeMutableRawPointer
    /// Bytes per record: an 8-byte header and the longest key, rounded up to 8.
    let stride: Int

    init() {
        let table = SyntheticError.Entry._lookup
        var longest = 0
        for slot in 0..<table.slotCount { longest = max(longest, table.record(inSlot: slot)?.key.count ?? 0) }
        stride = (8 + longest + 7) & ~7
        let size = stride * table.slotCount
        records = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 64)
        records.initializeMemory(as: UInt8.self, repeating: 0, count: size)
        for slot in 0..<table.slotCount {
            let start = records + slot * stride
            guard let record = table.record(inSlot: slot) else {
                start.storeBytes(of: UInt32.max, as: UInt32.self)  // no key has this length
                continue
            }
            start.storeBytes(of: UInt32(record.key.count), as: UInt32.self)
            start.storeBytes(of: UInt32(record.entry), toByteOffset: 4, as: UInt32.self)
            if let bytes = record.key.baseAddress { (start + 8).copyMemory(from: bytes, byteCount: record.key.count) }
        }
    }

    /// The first entry of `key`; without `compare`, a hit is taken on the length alone (not
    /// a valid lookup: it shows what confirming the bytes costs).
    @inline(__always)
    func find(_ key: UnsafeRawBufferPointer, compare: Bool) -> Int? {
        guard let slot = SyntheticError.Entry._lookup.candidateSlot(of: key) else { return nil }
        let record = UnsafeRawPointer(records + slot &* stride)
        let length = Int(record.load(as: UInt32.self))
        guard length == key.count else { return nil }
        if compare,
            !_PerfectHashTable.equal(key, UnsafeRawBufferPointer(start: record + 8, count: length), foldCase: false)
        {
            return nil
        }
        return Int(record.load(fromByteOffset: 4, as: UInt32.self))
    }
}

@inline(never) func inlineRecordPass(_ keys: [String], _ layout: InlineRecordLayout, compare: Bool) -> Int {
    var sum = 0
    for key in keys { sum &+= _CatalogTables.withBytes(key) { layout.find($0, compare: compare) ?? -1 } }
    return sum
}
