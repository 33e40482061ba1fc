/// The slots of a ``PerfectHashTable``: one fixed-width record per slot, in base-32 digits
/// like ``PackedTable``, holding everything a probe needs in one contiguous read.
///
/// A record is the key's index + 1 (0 marks an empty slot), the key's byte offset in the
/// key text, its length, and the first entry it matches.
@frozen
public struct SlotTable: Sendable {
    /// The records, `recordWidth` digits each.
    public let digits: StaticString
    /// Digits of the key-index field.
    public let keyWidth: Int
    /// Digits of the key-offset field.
    public let offsetWidth: Int
    /// Digits of the key-length field.
    public let lengthWidth: Int
    /// Digits of the first-entry field.
    public let entryWidth: Int

    /// Slots over generated data.
    @inlinable
    public init(_ digits: StaticString, keyWidth: Int, offsetWidth: Int, lengthWidth: Int, entryWidth: Int) {
        self.digits = digits
        self.keyWidth = keyWidth
        self.offsetWidth = offsetWidth
        self.lengthWidth = lengthWidth
        self.entryWidth = entryWidth
    }

    /// Digits per record.
    @inlinable @inline(__always)
    public var recordWidth: Int { keyWidth + offsetWidth + lengthWidth + entryWidth }

    /// The number of slots.
    @inlinable @inline(__always)
    public var count: Int { digits.utf8CodeUnitCount / recordWidth }

    /// One slot's record.
    @frozen
    public struct Record: Sendable {
        /// The key's index, or -1 for an empty slot.
        public var key: Int
        /// The key's byte offset in the key text.
        public var offset: Int
        /// The key's length in bytes.
        public var length: Int
        /// The first entry the key matches.
        public var entry: Int

        /// A record with the given fields.
        @inlinable
        public init(key: Int, offset: Int, length: Int, entry: Int) {
            self.key = key
            self.offset = offset
            self.length = length
            self.entry = entry
        }
    }

    /// The record of slot `slot`.
    @inlinable @inline(__always)
    public subscript(slot: Int) -> Record {
        var position = digits.utf8Start + slot &* recordWidth
        @inline(__always) func field(_ width: Int) -> Int {
            var value = 0
            for digit in 0..<width { value = value &<< 5 | Int(position[digit] &- 0x30) }
            position += width
            return value
        }
        let key = field(keyWidth) - 1
        let offset = field(offsetWidth)
        let length = field(lengthWidth)
        return Record(key: key, offset: offset, length: length, entry: field(entryWidth))
    }

    /// The text of `records`, each field in its width; the inverse of ``subscript(_:)``.
    public static func encode(_ records: [Record], keyWidth: Int, offsetWidth: Int, lengthWidth: Int, entryWidth: Int) -> String {
        var text = ""
        text.reserveCapacity(records.count * (keyWidth + offsetWidth + lengthWidth + entryWidth))
        for record in records {
            text += PackedTable.encode([record.key + 1], width: keyWidth)
            text += PackedTable.encode([record.offset], width: offsetWidth)
            text += PackedTable.encode([record.length], width: lengthWidth)
            text += PackedTable.encode([record.entry], width: entryWidth)
        }
        return text
    }
}
