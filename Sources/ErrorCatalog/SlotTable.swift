/// The slots of a ``PerfectHashTable``: one fixed-width record per slot, in base-32 digits
/// like ``PackedTable``, holding everything a probe needs in one contiguous read.
///
/// A record is the key's byte offset in the key text, its length + 1 (0 marks an empty
/// slot, so an empty key is still a key), and the first entry it matches.
@frozen
public struct SlotTable: Sendable {
    /// The records, `recordWidth` digits each.
    public let digits: StaticString
    /// Digits of the key-offset field.
    public let offsetWidth: Int
    /// Digits of the key-length field.
    public let lengthWidth: Int
    /// Digits of the first-entry field.
    public let entryWidth: Int

    /// Slots over generated data.
    @inlinable
    public init(_ digits: StaticString, offsetWidth: Int, lengthWidth: Int, entryWidth: Int) {
        self.digits = digits
        self.offsetWidth = offsetWidth
        self.lengthWidth = lengthWidth
        self.entryWidth = entryWidth
    }

    /// Digits per record.
    @inlinable @inline(__always)
    public var recordWidth: Int { offsetWidth + lengthWidth + entryWidth }

    /// The number of slots.
    @inlinable @inline(__always)
    public var count: Int { digits.utf8CodeUnitCount / recordWidth }

    /// One slot's record.
    @frozen
    public struct Record: Sendable, Equatable {
        /// The key's byte offset in the key text.
        public var offset: Int
        /// The key's length in bytes, or -1 for an empty slot.
        public var length: Int
        /// The first entry the key matches.
        public var entry: Int

        /// A record with the given fields.
        @inlinable
        public init(offset: Int, length: Int, entry: Int) {
            self.offset = offset
            self.length = length
            self.entry = entry
        }

        /// The record of an empty slot.
        public static let empty = Record(offset: 0, length: -1, entry: 0)
    }

    /// The record of slot `slot`.
    @inlinable @inline(__always)
    public subscript(slot: Int) -> Record {
        let start = digits.utf8Start + slot &* recordWidth
        let length = PackedTable.value(start + offsetWidth, width: lengthWidth) &- 1
        return Record(
            offset: PackedTable.value(start, width: offsetWidth), length: length,
            entry: PackedTable.value(start + offsetWidth + lengthWidth, width: entryWidth))
    }

    /// The text of `records`, each field in its width; the inverse of ``subscript(_:)``.
    public static func encode(_ records: [Record], offsetWidth: Int, lengthWidth: Int, entryWidth: Int) -> String {
        let bytes = [UInt8](unsafeUninitializedCapacity: records.count * (offsetWidth + lengthWidth + entryWidth)) {
            buffer, count in
            for record in records {
                PackedTable.write(record.offset, width: offsetWidth, into: buffer, at: &count)
                PackedTable.write(record.length + 1, width: lengthWidth, into: buffer, at: &count)
                PackedTable.write(record.entry, width: entryWidth, into: buffer, at: &count)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
