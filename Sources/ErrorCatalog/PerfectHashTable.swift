/// A static minimal-probe perfect-hash table from key bytes to key index.
///
/// PTHash-style single level: a key's hash picks a bucket, the bucket's pilot picks the
/// key's slot, and the slot holds the key's index (plus one; zero marks an empty slot).
/// A hit is confirmed by comparing bytes, so an absent key never matches. Built by the
/// generator with ``bucket(forHash:bucketCount:)`` and ``slot(forHash:pilot:slotCount:)``,
/// the same functions ``index(of:)`` probes with.
@frozen
public struct PerfectHashTable: Sendable {
    /// The seed the keys were hashed with.
    public let seed: UInt64
    /// One pilot per bucket.
    public let pilots: PackedTable
    /// One entry per slot: key index + 1, or 0 when empty.
    public let slots: PackedTable
    /// The keys, by index (lowercased when ``foldsCase``).
    public let keys: StringTable
    /// Whether lookups fold ASCII case.
    public let foldsCase: Bool

    /// A table over generated data.
    @inlinable
    public init(seed: UInt64, pilots: PackedTable, slots: PackedTable, keys: StringTable, foldsCase: Bool) {
        self.seed = seed
        self.pilots = pilots
        self.slots = slots
        self.keys = keys
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

    /// The index of `key`, or `nil` when the table does not hold it.
    @inlinable
    public func index(of key: UnsafeRawBufferPointer) -> Int? {
        let bucketCount = pilots.count
        guard bucketCount > 0 else { return nil }
        let hash = CatalogHash.hash(key, seed: seed, foldCase: foldsCase)
        let pilot = pilots[Self.bucket(forHash: hash, bucketCount: bucketCount)]
        let candidate = slots[Self.slot(forHash: hash, pilot: pilot, slotCount: slots.count)] - 1
        guard candidate >= 0, Self.equal(key, keys.bytes(candidate), foldCase: foldsCase) else { return nil }
        return candidate
    }

    /// Whether `key` equals `stored`; with `foldCase`, ASCII letters of `key` are
    /// lowercased first (stored keys are already lowercase).
    @inlinable
    public static func equal(_ key: UnsafeRawBufferPointer, _ stored: UnsafeRawBufferPointer, foldCase: Bool) -> Bool {
        let count = key.count
        guard count == stored.count else { return false }
        guard count > 0, let a = key.baseAddress, let b = stored.baseAddress else { return true }
        var offset = 0
        while count - offset >= 8 {
            var word = a.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            if foldCase { word = ASCII.lowercased(word) }
            guard word == b.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else { return false }
            offset += 8
        }
        while offset < count {
            var byte = a.load(fromByteOffset: offset, as: UInt8.self)
            if foldCase { byte = ASCII.lowercased(byte) }
            guard byte == b.load(fromByteOffset: offset, as: UInt8.self) else { return false }
            offset += 1
        }
        return true
    }
}
