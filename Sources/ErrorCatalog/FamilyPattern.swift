/// The rule for family codes such as `errors.awaiting-retry.5xx`, shared by the compiler
/// and the runtime.
///
/// A family's pattern is the trailing run of ASCII digits and `x`/`X` in its code, holding
/// at least one `x`; each `x` matches one ASCII digit and each digit itself. Everything
/// before the run must match exactly (folding ASCII case in case-insensitive catalogs).
public enum _FamilyPattern {
    /// The byte offset where the pattern tail of `code` starts, or `nil` when the code does
    /// not end in a run of digits and `x` that holds an `x`.
    public static func tailStart<Bytes: BidirectionalCollection>(of code: Bytes) -> Int?
    where Bytes.Element == UInt8 {
        var start = code.count
        var sawX = false
        for byte in code.reversed() {
            if byte == UInt8(ascii: "x") || byte == UInt8(ascii: "X") {
                sawX = true
            } else if !_ASCII.isDigit(byte) {
                break
            }
            start -= 1
        }
        return sawX ? start : nil
    }

    /// Whether `key` matches the family `pattern` whose tail starts at `tailStart`.
    @inlinable
    public static func matches(
        _ key: UnsafeRawBufferPointer, pattern: UnsafeRawBufferPointer, tailStart: Int, foldCase: Bool
    ) -> Bool {
        guard pattern.count == key.count, tailStart <= key.count else { return false }
        for position in 0..<tailStart {
            let have = key[position]
            let want = pattern[position]
            if foldCase ? _ASCII.lowercased(have) != _ASCII.lowercased(want) : have != want { return false }
        }
        for position in tailStart..<pattern.count {
            let want = pattern[position]
            let have = key[position]
            if _ASCII.isDigit(want) ? have != want : !_ASCII.isDigit(have) { return false }
        }
        return true
    }
}
