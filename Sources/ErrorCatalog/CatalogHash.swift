/// The hash every perfect-hash table is built and probed with.
///
/// The generator (the `ErrorCatalogCompiler` library) builds tables with this function and
/// generated code probes them with it, so there is exactly one implementation. It reads
/// raw UTF-8 bytes (no Unicode normalisation, unlike `String.hashValue`) as 64-bit words
/// (see `KeyWords`), in the style of wyhash/foldhash: the length and seed start the state,
/// each pair of words is combined with it by a folded 64×64→128-bit multiply, and one more
/// folded multiply finishes. A key of 8 to 32 bytes costs two multiplies in a row and no
/// branch on its exact length.
public enum _CatalogHash {
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
        let mask = KeyWords.foldMask(foldCase)
        var state = seed ^ (UInt64(truncatingIfNeeded: count) &* k0)
        if let base = bytes.baseAddress, count > 0 {
            if count >= 8 {
                var start = 0
                while count &- start > 32 {
                    let (a, b, c, d) = (
                        KeyWords.word(base, start, mask), KeyWords.word(base, start + 8, mask),
                        KeyWords.word(base, start + 16, mask), KeyWords.word(base, start + 24, mask)
                    )
                    state = foldedMultiply(a ^ k1, b ^ state) ^ foldedMultiply(c ^ k2, d ^ state)
                    start &+= 32
                }
                let (a, b, c, d) = KeyWords.tail(base, from: start, count: count, mask)
                state = foldedMultiply(a ^ k1, b ^ state) ^ foldedMultiply(c ^ k2, d ^ state)
            } else {
                state = foldedMultiply(KeyWords.short(base, count: count, mask) ^ k1, state ^ k2)
            }
        }
        return foldedMultiply(state ^ k3, (seed ^ k4) | 1)
    }

    /// The hash of a string's UTF-8 bytes, without copying native strings.
    @inlinable
    public static func hash(_ string: String, seed: UInt64, foldCase: Bool) -> UInt64 {
        _CatalogTables.withBytes(string) { hash($0, seed: seed, foldCase: foldCase) }
    }

    /// A 64×64→128-bit multiply folded back to 64 bits.
    @inlinable @inline(__always)
    public static func foldedMultiply(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    /// A strong 64-bit finaliser (SplitMix64's), used to derive the builder's seeds.
    @inlinable @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// ASCII byte classes, and case folding on single bytes and on eight bytes at once: the one
/// table the runtime's lookups and the compiler's names and checks share.
public enum _ASCII {
    /// Whether `byte` is `A`–`Z`.
    @inlinable @inline(__always)
    public static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    /// Whether `byte` is `a`–`z`.
    @inlinable @inline(__always)
    public static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }

    /// Whether `byte` is an ASCII letter.
    @inlinable @inline(__always)
    public static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }

    /// `byte` with `A`–`Z` mapped to `a`–`z`; every other byte unchanged.
    @inlinable @inline(__always)
    public static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Each of the eight bytes of `word` lowercased as ``lowercased(_:)-(UInt8)`` does.
    @inlinable @inline(__always)
    public static func lowercased(_ word: UInt64) -> UInt64 {
        word | caseBits(word)
    }

    /// 0x20 in each byte of `word` that is `A`–`Z`, else 0: the bits that lowercase it.
    @inlinable @inline(__always)
    public static func caseBits(_ word: UInt64) -> UInt64 {
        let low7 = word & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = low7 &+ 0x3F3F_3F3F_3F3F_3F3F  // high bit set where byte >= 0x41
        let pastZ = low7 &+ 0x2525_2525_2525_2525  // high bit set where byte >= 0x5B
        return (atLeastA & ~pastZ & ~word & 0x8080_8080_8080_8080) >> 2
    }

    /// Whether `byte` is `0`–`9`.
    @inlinable @inline(__always)
    public static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
}
