import ErrorCatalog

/// Builds the tables `ErrorCatalog._PerfectHashTable` probes, with the runtime's own hash,
/// bucket and slot functions.
///
/// PTHash-style: keys are grouped into buckets of about four by hash; buckets are placed
/// largest first, each trying pilots 0, 1, 2, … until all its keys land in free slots.
/// The load factor is 0.9. Seeds are tried in a fixed order, so the result depends only
/// on the keys; a seed is abandoned when two keys share a 64-bit hash or a bucket finds no
/// pilot, and after ``maxSeeds`` seeds the build fails instead of looping.
public struct PerfectHashBuilder: Sendable {
    /// A built table.
    public struct Table: Sendable, Equatable {
        /// The seed the keys hash with.
        public var seed: UInt64
        /// One pilot per bucket.
        public var pilots: [Int]
        /// Key index + 1 per slot; 0 is empty.
        public var slots: [Int]
    }

    /// Construction failed for every seed tried.
    public struct Failure: Error, CustomStringConvertible {
        /// The number of seeds tried.
        public var seeds: Int
        /// Why no table was built.
        public var description: String { "no perfect hash table found after \(seeds) seeds" }
    }

    /// How many seeds to try before giving up.
    public var maxSeeds = 64
    /// The largest pilot tried per bucket.
    public var maxPilot = 65_535

    /// A builder with the default bounds.
    public init() {}

    /// The seed tried at `attempt`.
    public static func seed(attempt: Int) -> UInt64 {
        _CatalogHash.mix(0x4552_5243_4154_0001 &+ UInt64(attempt))
    }

    /// A table for `keys` (distinct byte strings, already lowercased when `foldCase`).
    public func build(keys: [[UInt8]], foldCase: Bool) throws -> Table {
        try build(count: keys.count) { seed in
            keys.map { key in key.withUnsafeBytes { _CatalogHash.hash($0, seed: seed, foldCase: foldCase) } }
        }
    }

    /// A table for the UTF-8 bytes of `keys` (distinct, already lowercased when `foldCase`),
    /// hashed in place.
    public func build(keys: [String], foldCase: Bool) throws -> Table {
        try build(count: keys.count) { seed in keys.map { _CatalogHash.hash($0, seed: seed, foldCase: foldCase) } }
    }

    /// A table for `count` keys whose hashes under a seed are `hashes(seed)`.
    func build(count: Int, hashes: (UInt64) -> [UInt64]) throws -> Table {
        guard count > 0 else { return Table(seed: 0, pilots: [], slots: []) }
        let bucketCount = max(1, (count + 3) / 4)
        let slotCount = count + count / 9 + 1
        for attempt in 0..<maxSeeds {
            let seed = Self.seed(attempt: attempt)
            if let table = place(hashes(seed), seed: seed, bucketCount: bucketCount, slotCount: slotCount) {
                return table
            }
        }
        throw Failure(seeds: maxSeeds)
    }

    /// The table for keys with `hashes` under `seed`, or `nil` when two hashes are equal or
    /// a bucket finds no pilot.
    func place(_ hashes: [UInt64], seed: UInt64, bucketCount: Int, slotCount: Int) -> Table? {
        guard Set(hashes).count == hashes.count else { return nil }

        // Keys by bucket (counting sort), then buckets by size, largest first (counting sort).
        var bucketSizes = [Int](repeating: 0, count: bucketCount)
        let bucketOfKey = hashes.map { _PerfectHashTable.bucket(forHash: $0, bucketCount: bucketCount) }
        for bucket in bucketOfKey { bucketSizes[bucket] += 1 }
        var bucketStart = [Int](repeating: 0, count: bucketCount + 1)
        for bucket in 0..<bucketCount { bucketStart[bucket + 1] = bucketStart[bucket] + bucketSizes[bucket] }
        var fill = bucketStart
        var keysByBucket = [Int](repeating: 0, count: hashes.count)
        for (key, bucket) in bucketOfKey.enumerated() {
            keysByBucket[fill[bucket]] = key
            fill[bucket] += 1
        }
        let largest = bucketSizes.max() ?? 0
        var bySize = [[Int]](repeating: [], count: largest + 1)
        for bucket in 0..<bucketCount where bucketSizes[bucket] > 0 { bySize[bucketSizes[bucket]].append(bucket) }

        var slots = [Int](repeating: 0, count: slotCount)
        var pilots = [Int](repeating: 0, count: bucketCount)
        var positions: [Int] = []
        for size in stride(from: largest, through: 1, by: -1) {
            for bucket in bySize[size] {
                let members = keysByBucket[bucketStart[bucket]..<bucketStart[bucket + 1]]
                var placed = false
                for pilot in 0...maxPilot {
                    positions.removeAll(keepingCapacity: true)
                    for key in members {
                        let slot = _PerfectHashTable.slot(forHash: hashes[key], pilot: pilot, slotCount: slotCount)
                        if slots[slot] != 0 || positions.contains(slot) { break }
                        positions.append(slot)
                    }
                    guard positions.count == members.count else { continue }
                    for (slot, key) in zip(positions, members) { slots[slot] = key + 1 }
                    pilots[bucket] = pilot
                    placed = true
                    break
                }
                if !placed { return nil }
            }
        }
        return Table(seed: seed, pilots: pilots, slots: slots)
    }
}
