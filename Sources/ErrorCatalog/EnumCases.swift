/// Which case of an enum a value is, read and made through the value witnesses the Swift runtime
/// keeps for every enum type (`getEnumTag`, `destructiveProjectEnumData` and
/// `destructiveInjectEnumTag`, part of the runtime's ABI): what a `switch` over every case answers,
/// without an arm per case for the compiler to check.
///
/// Generated code of a catalog with parameters maps a case to its entry and an entry to its case this
/// way, through tables: thousands of arms of `case .x: return .x` were most of the time a large
/// catalog took to compile. A case with values is made as the first case of its shape of parameters
/// and moved to its own number (`destructiveProjectEnumData`, then `destructiveInjectEnumTag`), and
/// read back the same way. The runtime numbers an enum's cases with associated values first, in
/// declaration order, then the cases without, in declaration order.
///
/// Not for direct use.
@frozen
public enum _EnumCases<Enum> {
    /// The runtime's number of the case `value` is. It only reads `value` (`@_effects(readonly)`), so
    /// callers keep no extra reference to a case's box across the call.
    @inlinable @inline(never) @_effects(readonly)
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

    /// `value`'s associated values as those of the case the runtime numbers `number`. The caller knows
    /// that case's associated values to be of the same types as those of `value`'s case: cases of
    /// one shape of parameters differ only in their number.
    @inlinable
    public static func moving(_ value: Enum, toCase number: Int) -> Enum {
        let type = metadata
        let table = witnesses(type)
        let word = MemoryLayout<UnsafeRawPointer>.size
        let project = table.load(
            fromByteOffset: enumWitnessesOffset + word,
            as: (@convention(c) (UnsafeMutableRawPointer, UnsafeRawPointer) -> Void).self)
        let inject = table.load(
            fromByteOffset: enumWitnessesOffset + 2 * word,
            as: (@convention(c) (UnsafeMutableRawPointer, UInt32, UnsafeRawPointer) -> Void).self)
        var moved = value
        withUnsafeMutablePointer(to: &moved) { pointer in
            project(UnsafeMutableRawPointer(pointer), type)
            inject(UnsafeMutableRawPointer(pointer), UInt32(truncatingIfNeeded: number), type)
        }
        return moved
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
