/// A static perfect-hash table from key bytes to slot and first entry.
///
/// PTHash-style single level: a key's hash picks a bucket, the bucket's pilot picks the
/// key's slot, and the slot's start in ``records`` locates the key's record: its first
/// entry, then its bytes. Records are in slot order and the next slot's start ends a
/// record, so a key's length is read from the slot table alone and an empty slot (a record
/// of no bytes) matches no key. The slot table holds a few digits per slot (small enough
/// for the L1 cache at thousands of keys), so a hit reads outside it once, at the record.
/// A hit is confirmed by comparing bytes, so an absent key never matches. Built by the
/// generator with ``bucket(forHash:bucketCount:)`` and ``slot(forHash:pilot:slotCount:)``,
/// the same functions ``firstEntry(of:)`` probes with.
@frozen
public struct _PerfectHashTable: Sendable {
    /// The seed the keys were hashed with.
    public let seed: UInt64
    /// One pilot per bucket.
    public let pilots: _PackedTable
    /// Where each slot's record starts in ``records``, then where one more record would
    /// start: each record counts the newline that ends its line, the last one included.
    public let slots: _PackedTable
    /// One line per key, in slot order: the key's first entry in ``entryWidth`` base-32
    /// digits, a space, then the key's bytes (lowercased when ``foldsCase``).
    public let records: StaticString
    /// Digits of a record's first entry.
    public let entryWidth: Int
    /// Whether lookups fold ASCII case.
    public let foldsCase: Bool

    /// A table over generated data.
    @inlinable
    public init(
        seed: UInt64, pilots: _PackedTable, slots: _PackedTable, records: StaticString, entryWidth: Int, foldsCase: Bool
    ) {
        self.seed = seed
        self.pilots = pilots
        self.slots = slots
        self.records = records
        self.entryWidth = entryWidth
        self.foldsCase = foldsCase
    }

    /// The number of slots.
    @inlinable @inline(__always)
    public var slotCount: Int { Swift.max(slots.count &- 1, 0) }

    /// The bucket of a key with hash `hash`.
    @inlinable @inline(__always)
    public static func bucket(forHash hash: UInt64, bucketCount: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(truncatingIfNeeded: hash)) &* UInt64(bucketCount)) >> 32)
    }

    /// The slot of a key with hash `hash` in a bucket whose pilot is `pilot`: the hash
    /// xor the pilot's own hash, multiplied so that every bit reaches the top, then scaled
    /// to the slot count. Three multiplies, none of them on the bucket's path. The middle
    /// one makes each pilot place a bucket's keys independently: without it a pilot only
    /// shifts them together, and keys whose hashes share their top bits collide under
    /// every pilot.
    @inlinable @inline(__always)
    public static func slot(forHash hash: UInt64, pilot: Int, slotCount: Int) -> Int {
        let mixed = (hash ^ (UInt64(truncatingIfNeeded: pilot) &* 0x9E37_79B9_7F4A_7C15)) &* 0xD6E8_FEB8_6659_FD93
        return Int(truncatingIfNeeded: mixed.multipliedFullWidth(by: UInt64(slotCount)).high)
    }

    /// The bytes between a record's start and its key: the entry digits and a space.
    @inlinable @inline(__always)
    var keyStart: Int { entryWidth &+ 1 }

    /// The slot `key` would occupy: the only place the table can hold it.
    @inlinable @inline(__always)
    public func candidateSlot(of key: UnsafeRawBufferPointer) -> Int? {
        let bucketCount = pilots.count
        guard bucketCount > 0 else { return nil }
        let hash = _CatalogHash.hash(key, seed: seed, foldCase: foldsCase)
        let pilot = pilots[Self.bucket(forHash: hash, bucketCount: bucketCount)]
        return Self.slot(forHash: hash, pilot: pilot, slotCount: slotCount)
    }

    /// The first entry of `key`, or `nil` when the table does not hold it.
    @inlinable @inline(__always)
    public func firstEntry(of key: UnsafeRawBufferPointer) -> Int? {
        guard let record = find(key)?.record else { return nil }
        return _PackedTable.value(record, width: entryWidth)
    }

    /// The slot holding `key`, or `nil` when the table does not hold it.
    @inlinable
    public func slot(of key: UnsafeRawBufferPointer) -> Int? {
        find(key)?.slot
    }

    /// The key and first entry stored in `slot` (below ``slotCount``), or `nil` for an empty slot.
    @inlinable
    public func record(inSlot slot: Int) -> (key: UnsafeRawBufferPointer, entry: Int)? {
        let start = slots[slot]
        let length = slots[slot &+ 1] &- start &- keyStart &- 1
        guard length >= 0 else { return nil }
        let record = records.utf8Start + start
        return (
            UnsafeRawBufferPointer(start: record + keyStart, count: length),
            _PackedTable.value(record, width: entryWidth)
        )
    }

    /// The slot of `key` and the start of its record, when the table holds it. One function
    /// from hash to comparison, so that the probe inlines whole at its call site. The
    /// record's length, the gap to the next slot's start, is checked before its bytes are read.
    @inlinable @inline(__always)
    func find(_ key: UnsafeRawBufferPointer) -> (slot: Int, record: UnsafePointer<UInt8>)? {
        guard let slot = candidateSlot(of: key) else { return nil }
        let start = slots[slot]
        guard slots[slot &+ 1] &- start == key.count &+ keyStart &+ 1 else { return nil }
        let record = records.utf8Start + start
        guard Self.equal(key, UnsafeRawBufferPointer(start: record + keyStart, count: key.count), foldCase: foldsCase)
        else {
            return nil
        }
        return (slot, record)
    }

    /// Whether `key` equals `stored`; with `foldCase`, ASCII letters of `key` are
    /// lowercased first (stored keys are already lowercase). Reads both as `KeyWords`
    /// does, so a key of up to 32 bytes is compared with one branch.
    @inlinable @inline(__always)
    public static func equal(_ key: UnsafeRawBufferPointer, _ stored: UnsafeRawBufferPointer, foldCase: Bool) -> Bool {
        let count = key.count
        guard count == stored.count else { return false }
        guard count > 0, let a = key.baseAddress, let b = stored.baseAddress else { return true }
        let mask = KeyWords.foldMask(foldCase)
        guard count >= 8 else {
            return KeyWords.short(a, count: count, mask) == KeyWords.short(b, count: count, 0)
        }
        var start = 0
        while count &- start > 32 {
            guard KeyWords.word(a, start, mask) == KeyWords.word(b, start, 0) else { return false }
            start &+= 8
        }
        let (a0, a1, a2, a3) = KeyWords.tail(a, from: start, count: count, mask)
        let (b0, b1, b2, b3) = KeyWords.tail(b, from: start, count: count, 0)
        return (a0 ^ b0) | (a1 ^ b1) | (a2 ^ b2) | (a3 ^ b3) == 0
    }
}
