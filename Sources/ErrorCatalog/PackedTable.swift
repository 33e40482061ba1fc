/// A table of non-negative integers stored as fixed-width base-32 text in a `StaticString`.
///
/// Generated code stores its integer tables this way: a string literal is emitted as
/// constant data, so a table needs no initialisation, no allocation and compiles in
/// linear time (large array literals do not). Each digit is one ASCII character from
/// `0` (0x30) to `O` (0x4F), so the text needs no escaping inside a Swift literal.
@frozen
public struct _PackedTable: Sendable {
    /// The digits, `width` characters per value.
    public let digits: StaticString
    /// Characters per value.
    public let width: Int

    /// A table over `digits`, `width` characters per value.
    @inlinable
    public init(_ digits: StaticString, width: Int) {
        self.digits = digits
        self.width = width
    }

    /// The number of values.
    @inlinable @inline(__always)
    public var count: Int { width == 0 ? 0 : digits.utf8CodeUnitCount / width }

    /// The value at `index`.
    @inlinable @inline(__always)
    public subscript(index: Int) -> Int {
        Self.value(digits.utf8Start + index &* width, width: width)
    }

    /// The value of the `width` digits at `start`. Few branches, so the whole probe stays
    /// small enough to inline; where `width` is a constant the loop unrolls.
    @inlinable @inline(__always)
    public static func value(_ start: UnsafePointer<UInt8>, width: Int) -> Int {
        if width == 4 { return fourDigits(start) }
        var value = 0
        var position = 0
        while position < width {
            value = value &<< 5 | Int(start[position] &- zeroDigit)
            position &+= 1
        }
        return value
    }

    /// The value of the four digits at `start`, read as one 32-bit word: each pair of
    /// digits is joined in its 16-bit half, then the halves are joined.
    @inlinable @inline(__always)
    static func fourDigits(_ start: UnsafePointer<UInt8>) -> Int {
        let word = UInt32(littleEndian: UnsafeRawPointer(start).loadUnaligned(as: UInt32.self)) &- 0x3030_3030
        let pairs = (word & 0x001F_001F) &<< 5 | (word >> 8) & 0x001F_001F
        return Int(pairs & 0x3FF) &<< 10 | Int(pairs >> 16)
    }

    @usableFromInline static let zeroDigit: UInt8 = 0x30

    /// The number of base-32 digits needed to hold every value up to `maximum`.
    public static func width(forMaximum maximum: Int) -> Int {
        precondition(maximum >= 0, "_PackedTable holds non-negative values")
        var width = 1
        var limit = 32
        while maximum >= limit {
            width += 1
            limit <<= 5
        }
        return width
    }

    /// The text of `values`, each in `width` digits; the inverse of ``subscript(_:)``.
    public static func encode(_ values: [Int], width: Int) -> String {
        precondition(width >= 1, "_PackedTable values take at least one digit")
        let bytes = [UInt8](unsafeUninitializedCapacity: values.count * width) { buffer, count in
            for value in values {
                precondition(value >= 0 && value >> (5 * width) == 0, "value \(value) does not fit \(width) digits")
                var rest = value
                for digit in stride(from: count + width - 1, through: count, by: -1) {
                    buffer[digit] = zeroDigit &+ UInt8(truncatingIfNeeded: rest & 31)
                    rest >>= 5
                }
                count += width
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
