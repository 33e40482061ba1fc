/// A static perfect-hash table from key bytes to key index and first entry.
///
/// PTHash-style single level: a key's hash picks a bucket, the bucket's pilot picks the
/// key's slot, and the slot's record locates the key's bytes and names its first entry.
/// An empty slot's length (-1) matches no key.
/// A hit is confirmed by comparing bytes, so an absent key never matches. Built by the
/// generator with ``bucket(forHash:bucketCount:)`` and ``slot(forHash:pilot:slotCount:)``,
/// the same functions ``record(of:)`` probes with.
@frozen
public struct PerfectHashTable: Sendable {
    /// The seed the keys were hashed with.
    public let seed: UInt64
    /// One pilot per bucket.
    public let pilots: PackedTable
    /// One record per slot.
    public let slots: SlotTable
    /// The keys' bytes back to back (lowercased when ``foldsCase``).
    public let keyText: StaticString
    /// Whether lookups fold ASCII case.
    public let foldsCase: Bool

    /// A table over generated data.
    @inlinable
    public init(seed: UInt64, pilots: PackedTable, slots: SlotTable, keyText: StaticString, foldsCase: Bool) {
        self.seed = seed
        self.pilots = pilots
        self.slots = slots
        self.keyText = keyText
        self.foldsCase = foldsCase
    }

    /// The bucket of a key with hash `hash`.
    @inlinable @inline(__always)
    public static func bucket(forHash hash: UInt64, bucketCount: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(truncatingIfNeeded: hash)) &* UInt64(bucketCount)) >> 32)
    }

    /// The slot of a key with hash `hash` in a bucket whose pilot is `pilot`: the hash
    /// xor the pilot's own hash, multiplied so that every bit reaches the top, then scaled
    /// to the slot count. Three multiplies, none of them on the bucket's path.
    @inlinable @inline(__always)
    public static func slot(forHash hash: UInt64, pilot: Int, slotCount: Int) -> Int {
        let mixed = (hash ^ (UInt64(truncatingIfNeeded: pilot) &* 0x9E37_79B9_7F4A_7C15)) &* 0xD6E8_FEB8_6659_FD93
        return Int(truncatingIfNeeded: mixed.multipliedFullWidth(by: UInt64(slotCount)).high)
    }

    /// The slot `key` would occupy: the only place the table can hold it.
    @inlinable @inline(__always)
    public func candidateSlot(of key: UnsafeRawBufferPointer) -> Int? {
        let bucketCount = pilots.count
        guard bucketCount > 0 else { return nil }
        let hash = CatalogHash.hash(key, seed: seed, foldCase: foldsCase)
        let pilot = pilots[Self.bucket(forHash: hash, bucketCount: bucketCount)]
        return Self.slot(forHash: hash, pilot: pilot, slotCount: slots.count)
    }

    /// The slot record of `key`, or `nil` when the table does not hold it.
    @inlinable @inline(__always)
    public func record(of key: UnsafeRawBufferPointer) -> SlotTable.Record? {
        find(key)?.record
    }

    /// The slot holding `key`, or `nil` when the table does not hold it.
    @inlinable
    public func slot(of key: UnsafeRawBufferPointer) -> Int? {
        find(key)?.slot
    }

    /// The slot and record of `key`, when the table holds it.
    @inlinable @inline(__always)
    func find(_ key: UnsafeRawBufferPointer) -> (slot: Int, record: SlotTable.Record)? {
        guard let slot = candidateSlot(of: key) else { return nil }
        let record = slots[slot]
        guard record.length == key.count,
            Self.equal(key, UnsafeRawBufferPointer(start: keyText.utf8Start + record.offset, count: record.length), foldCase: foldsCase)
        else { return nil }
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
        guard count >= 8 else {
            return KeyWords.short(a, count: count, foldCase) == KeyWords.short(b, count: count, false)
        }
        var start = 0
        while count &- start > 32 {
            guard KeyWords.word(a, start, foldCase) == KeyWords.word(b, start, false) else { return false }
            start &+= 8
        }
        let (a0, a1, a2, a3) = KeyWords.tail(a, from: start, count: count, foldCase)
        let (b0, b1, b2, b3) = KeyWords.tail(b, from: start, count: count, false)
        return (a0 ^ b0) | (a1 ^ b1) | (a2 ^ b2) | (a3 ^ b3) == 0
    }
}
