/// How the hash and the key comparison read a key: as 64-bit little-endian words, with no
/// branch that depends on the exact length.
///
/// A key of 8 bytes or more is read in 32-byte blocks; the last 8 to 32 bytes are read as
/// four words whose offsets are clamped into the key, so they overlap when the key is
/// short and together cover every byte. A shorter key is read as two overlapping 32-bit
/// words (4 to 7 bytes) or as its first, middle and last byte (1 to 3 bytes).
///
/// Case folding goes by a mask rather than a branch (see ``foldMask(_:)``), so a read has
/// no branch on it and, where the mask is a constant 0, the folding compiles away.
@usableFromInline
enum KeyWords {
    /// The mask ``fold(_:_:)`` applies: the lowercase bit of every byte when `foldCase`, else 0.
    @inlinable @inline(__always)
    static func foldMask(_ foldCase: Bool) -> UInt64 {
        foldCase ? 0x2020_2020_2020_2020 : 0
    }

    /// The word at `offset`, ASCII-lowercased where `mask` says.
    @inlinable @inline(__always)
    static func word(_ base: UnsafeRawPointer, _ offset: Int, _ mask: UInt64) -> UInt64 {
        fold(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)), mask)
    }

    /// `word` with its ASCII capitals lowercased where `mask` has their lowercase bit.
    @inlinable @inline(__always)
    static func fold(_ word: UInt64, _ mask: UInt64) -> UInt64 {
        word | (_ASCII.caseBits(word) & mask)
    }

    /// The four words covering the last `count - start` bytes (1 to 32) of a key of at least
    /// 8 bytes; fewer than 8 are read as the key's last 8.
    @inlinable @inline(__always)
    static func tail(
        _ base: UnsafeRawPointer, from blockStart: Int, count: Int, _ mask: UInt64
    )
        -> (UInt64, UInt64, UInt64, UInt64)
    {
        // count >= 8 and blockStart <= count, so no step can overflow (wrapping ops keep
        // overflow checks out of the inlined probe).
        let last = count &- 8
        let start = Swift.min(blockStart, last)
        let step = Swift.min(8, last &- start)
        return (
            word(base, start, mask), word(base, start &+ step, mask),
            word(base, last &- step, mask), word(base, last, mask)
        )
    }

    /// A key of 1 to 7 bytes as one word: two overlapping 32-bit halves, or for 1 to 3
    /// bytes the first, middle and last byte.
    @inlinable @inline(__always)
    static func short(_ base: UnsafeRawPointer, count: Int, _ mask: UInt64) -> UInt64 {
        if count >= 4 {
            let low = UInt64(base.loadUnaligned(fromByteOffset: 0, as: UInt32.self).littleEndian)
            let high = UInt64(base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self).littleEndian)
            return fold(low | high << 32, mask)
        }
        let b0 = UInt64(base.load(fromByteOffset: 0, as: UInt8.self))
        let b1 = UInt64(base.load(fromByteOffset: count / 2, as: UInt8.self))
        let b2 = UInt64(base.load(fromByteOffset: count - 1, as: UInt8.self))
        return fold(b0 | b1 << 8 | b2 << 16, mask)
    }
}
