/// Integers read by position: what the plural rule and message walks read. Generated code
/// holds them as ``_PackedTable``s; errcat, which renders its docs' examples with the same
/// walks, holds them in arrays.
package protocol PackedIntegers {
    /// The value at `index`.
    subscript(index: Int) -> Int { get }
}

extension _PackedTable: PackedIntegers {}

extension Array: PackedIntegers where Element == Int {}

/// Strings read by index as UTF-8 bytes: a catalog's ``_StringTable``, or errcat's own.
package protocol PackedStrings {
    /// The bytes of string `index`, valid as long as the table is.
    func bytes(_ index: Int) -> UnsafeRawBufferPointer
}

extension _StringTable: PackedStrings {}
