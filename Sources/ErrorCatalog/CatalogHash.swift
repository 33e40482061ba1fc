/// The hash every perfect-hash table is built and probed with.
///
/// The generator (``ErrorCatalogCompiler``) builds tables with this function and
/// generated code probes them with it, so there is exactly one implementation. It reads
/// raw UTF-8 bytes (no Unicode normalisation, unlike `String.hashValue`), mixes the length
/// in with an odd seed-derived multiplier, and folds 64-bit products, in the style of
/// wyhash/foldhash.
public enum CatalogHash {
    @usableFromInline static let k0: UInt64 = 0x243F_6A88_85A3_08D3
    @usableFromInline static let k1: UInt64 = 0x1319_8A2E_0370_7344
    @usableFromInline static let k2: UInt64 = 0xA409_3822_299F_31D0
    @usableFromInline static let k3: UInt64 = 0x082E_FA98_EC4E_6C89
    @usableFromInline static let k4: UInt64 = 0x4528_21E6_38D0_1377

    /// The 64-bit hash of `bytes` under `seed`.
    ///
    /// - Parameters:
    ///   - bytes: the key's UTF-8 bytes.
    ///   - seed: the table's seed.
    ///   - foldCase: when `true`, ASCII `A`–`Z` hash as `a`–`z`.
    @inlinable @inline(__always)
    public static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64, foldCase: Bool) -> UInt64 {
        let count = bytes.count
        var h = foldedMultiply(seed ^ k0, (UInt64(truncatingIfNeeded: count) &* (seed | 1)) ^ k1)
        guard let base = bytes.baseAddress, count > 0 else { return foldedMultiply(h ^ k3, k4) }
        var offset = 0
        while count - offset > 8 {
            h = foldedMultiply(h ^ word(base, offset, foldCase), k2 ^ seed)
            offset += 8
        }
        // The last one to eight bytes, read as overlapping loads; the length is already mixed in.
        let last: UInt64
        if count >= 8 {
            last = word(base, count - 8, foldCase)
        } else if count >= 4 {
            let low = UInt64(base.loadUnaligned(fromByteOffset: 0, as: UInt32.self).littleEndian)
            let high = UInt64(base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self).littleEndian)
            last = fold(low | high << 32, foldCase)
        } else {
            let b0 = UInt64(base.load(fromByteOffset: 0, as: UInt8.self))
            let b1 = UInt64(base.load(fromByteOffset: count / 2, as: UInt8.self))
            let b2 = UInt64(base.load(fromByteOffset: count - 1, as: UInt8.self))
            last = fold(b0 | b1 << 8 | b2 << 16, foldCase)
        }
        h = foldedMultiply(h ^ last, k3 ^ seed)
        return foldedMultiply(h ^ k4, h | 1)
    }

    /// The hash of a string's UTF-8 bytes, without copying native strings.
    @inlinable
    public static func hash(_ string: String, seed: UInt64, foldCase: Bool) -> UInt64 {
        if let h = string.utf8.withContiguousStorageIfAvailable({
            hash(UnsafeRawBufferPointer($0), seed: seed, foldCase: foldCase)
        }) {
            return h
        }
        return Array(string.utf8).withUnsafeBytes { hash($0, seed: seed, foldCase: foldCase) }
    }

    /// A 64×64→128-bit multiply folded back to 64 bits.
    @inlinable @inline(__always)
    public static func foldedMultiply(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    /// A strong 64-bit finaliser (SplitMix64's), used to derive slot positions.
    @inlinable @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inlinable @inline(__always)
    static func word(_ base: UnsafeRawPointer, _ offset: Int, _ foldCase: Bool) -> UInt64 {
        fold(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)), foldCase)
    }

    @inlinable @inline(__always)
    static func fold(_ word: UInt64, _ foldCase: Bool) -> UInt64 {
        foldCase ? ASCII.lowercased(word) : word
    }
}

/// ASCII case folding on single bytes and on eight bytes at once.
public enum ASCII {
    /// `byte` with `A`–`Z` mapped to `a`–`z`; every other byte unchanged.
    @inlinable @inline(__always)
    public static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Each of the eight bytes of `word` lowercased as ``lowercased(_:)-(UInt8)`` does.
    @inlinable @inline(__always)
    public static func lowercased(_ word: UInt64) -> UInt64 {
        let low7 = word & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = low7 &+ 0x3F3F_3F3F_3F3F_3F3F  // high bit set where byte >= 0x41
        let pastZ = low7 &+ 0x2525_2525_2525_2525  // high bit set where byte >= 0x5B
        let upper = atLeastA & ~pastZ & ~word & 0x8080_8080_8080_8080
        return word | (upper >> 2)
    }

    /// Whether `byte` is `0`–`9`.
    @inlinable @inline(__always)
    public static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
}
