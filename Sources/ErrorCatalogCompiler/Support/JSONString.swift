import ErrorCatalog

/// JSON string literals, written and read as bytes: the docs' `errors.json` and the release
/// ledger quote text this way.
enum JSONString {
    /// Appends `value` as a quoted JSON string (the runtime's escaper, which problem bodies use too).
    static func append(_ value: String, to bytes: inout [UInt8]) { _JSONStringText.append(value, to: &bytes) }

    /// Why a quoted string could not be read, and at which byte of the input.
    typealias ReadError = _JSONStringText.ReadError

    /// Reads the quoted string that starts at `bytes[start]` (a `"`); returns its value and
    /// the offset just past the closing quote (the runtime's reader, which problem bodies use too).
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) throws(ReadError) -> (value: String, end: Int) {
        try _JSONStringText.read(bytes, from: start)
    }
}
