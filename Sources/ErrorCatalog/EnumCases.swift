/// Which case of an enum a value is, read and made through the value witnesses the Swift runtime
/// keeps for every enum type (`getEnumTag` and `destructiveInjectEnumTag`, part of the runtime's
/// ABI): what a `switch` over every case answers, without an arm per case for the compiler to check.
///
/// Generated code of a catalog with parameters maps a case to its entry and an entry to its case
/// without parameters this way, through two tables: thousands of arms of `case .x: return .x`
/// were most of the time a large catalog took to compile. The runtime numbers an enum's cases with
/// associated values first, in declaration order, then the cases without, in declaration order.
///
/// Not for direct use.
@frozen
public enum _EnumCases<Enum> {
    /// The runtime's number of the case `value` is.
    @inlinable
    public static func number(of value: Enum) -> Int {
        let type = metadata
        let getEnumTag = witnesses(type).load(
            fromByteOffset: enumWitnessesOffset,
            as: (@convention(c) (UnsafeRawPointer, UnsafeRawPointer) -> UInt32).self)
        return withUnsafePointer(to: value) { Int(getEnumTag(UnsafeRawPointer($0), type)) }
    }

    /// The case without associated values that the runtime numbers `number`. The caller knows
    /// `number` to be such a case's: any other leaves the value's payload uninitialized.
    @inlinable
    public static func payloadFreeCase(number: Int) -> Enum {
        let type = metadata
        let inject = witnesses(type).load(
            fromByteOffset: enumWitnessesOffset + 2 * MemoryLayout<UnsafeRawPointer>.size,
            as: (@convention(c) (UnsafeMutableRawPointer, UInt32, UnsafeRawPointer) -> Void).self)
        return withUnsafeTemporaryAllocation(of: Enum.self, capacity: 1) { buffer in
            inject(UnsafeMutableRawPointer(buffer.baseAddress!), UInt32(truncatingIfNeeded: number), type)
            return buffer.baseAddress!.move()
        }
    }

    /// The type's metadata record.
    @inlinable
    static var metadata: UnsafeRawPointer { unsafeBitCast(Enum.self as Any.Type, to: UnsafeRawPointer.self) }

    /// The value witness table of `metadata`, checked to be an enum's: its record's kind is the
    /// enum kind, the table has the enum witnesses and describes a value of `Enum`'s size.
    @inlinable
    static func witnesses(_ metadata: UnsafeRawPointer) -> UnsafeRawPointer {
        let word = MemoryLayout<UnsafeRawPointer>.size
        let table = metadata.load(fromByteOffset: -word, as: UnsafeRawPointer.self)
        let flags = table.load(fromByteOffset: 10 * word, as: UInt32.self)
        precondition(
            metadata.load(as: Int.self) == enumKind && flags & hasEnumWitnesses != 0
                && table.load(fromByteOffset: 8 * word, as: Int.self) == MemoryLayout<Enum>.size,
            "_EnumCases: \(Enum.self) is not an enum the runtime describes as expected")
        return table
    }

    /// Where the enum witnesses start: after eight functions, size, stride, flags and the count of
    /// extra inhabitants.
    @inlinable
    static var enumWitnessesOffset: Int { 10 * MemoryLayout<UnsafeRawPointer>.size + 8 }

    /// The metadata kind of an enum other than `Optional`.
    @inlinable
    static var enumKind: Int { 0x201 }

    /// The value witness flag of a table that holds the enum witnesses.
    @inlinable
    static var hasEnumWitnesses: UInt32 { 0x0020_0000 }
}
