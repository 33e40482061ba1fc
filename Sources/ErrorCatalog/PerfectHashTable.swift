/// A static perfect-hash table from key bytes to key index and first entry.
///
/// PTHash-style single level: a key's hash picks a bucket, the bucket's pilot picks the
/// key's slot, and the slot's record locates the key's bytes and names its first entry.
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

    /// The slot of a key with hash `hash` in a bucket whose pilot is `pilot`.
    @inlinable @inline(__always)
    public static func slot(forHash hash: UInt64, pilot: Int, slotCount: Int) -> Int {
        let mixed = CatalogHash.mix(hash ^ (UInt64(truncatingIfNeeded: pilot) &* 0x9E37_79B9_7F4A_7C15))
        return Int(truncatingIfNeeded: mixed.multipliedFullWidth(by: UInt64(slotCount)).high)
    }

    /// The slot record of `key`, or `nil` when the table does not hold it.
    @inlinable @inline(__always)
    public func record(of key: UnsafeRawBufferPointer) -> SlotTable.Record? {
        let bucketCount = pilots.count
        guard bucketCount > 0 else { return nil }
        let hash = CatalogHash.hash(key, seed: seed, foldCase: foldsCase)
        let pilot = pilots[Self.bucket(forHash: hash, bucketCount: bucketCount)]
        let record = slots[Self.slot(forHash: hash, pilot: pilot, slotCount: slots.count)]
        guard record.key >= 0, record.length == key.count,
            Self.equal(key, UnsafeRawBufferPointer(start: keyText.utf8Start + record.offset, count: record.length), foldCase: foldsCase)
        else { return nil }
        return record
    }

    /// The index of `key`, or `nil` when the table does not hold it.
    @inlinable @inline(__always)
    public func index(of key: UnsafeRawBufferPointer) -> Int? {
        record(of: key)?.key
    }

    /// Whether `key` equals `stored`; with `foldCase`, ASCII letters of `key` are
    /// lowercased first (stored keys are already lowercase). Compares eight bytes at a time,
    /// the last (or only) word overlapping the previous one.
    @inlinable @inline(__always)
    public static func equal(_ key: UnsafeRawBufferPointer, _ stored: UnsafeRawBufferPointer, foldCase: Bool) -> Bool {
        let count = key.count
        guard count == stored.count else { return false }
        guard count > 0, let a = key.baseAddress, let b = stored.baseAddress else { return true }
        if count >= 8 {
            var offset = 0
            while true {
                if offset > count - 8 { offset = count - 8 }
                var word = a.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                if foldCase { word = ASCII.lowercased(word) }
                guard word == b.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else { return false }
                if offset == count - 8 { return true }
                offset += 8
            }
        }
        if count >= 4 {
            var first = UInt64(a.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
            first |= UInt64(a.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
            var second = UInt64(b.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
            second |= UInt64(b.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
            return (foldCase ? ASCII.lowercased(first) : first) == second
        }
        for offset in 0..<count {
            let byte = a.load(fromByteOffset: offset, as: UInt8.self)
            guard (foldCase ? ASCII.lowercased(byte) : byte) == b.load(fromByteOffset: offset, as: UInt8.self) else {
                return false
            }
        }
        return true
    }
}
