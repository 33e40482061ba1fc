import ErrorCatalog

/// JSON string literals, written and read as bytes: the docs' `errors.json` and the release
/// ledger quote text this way.
enum JSONString {
    /// Appends `value` as a quoted JSON string (the runtime's escaper, which problem bodies use too).
    static func append(_ value: String, to bytes: inout [UInt8]) { _JSONStringText.append(value, to: &bytes) }

    /// Why a quoted string could not be read, and at which byte of the input.
    struct ReadError: Error {
        var message: String
        var offset: Int
    }

    /// Reads the quoted string that starts at `bytes[start]` (a `"`); returns its value and
    /// the offset just past the closing quote.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) throws(ReadError) -> (value: String, end: Int) {
        var position = start + 1
        // The common case, no escape: the string is made from the bytes in place.
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\"),
            bytes[position] >= 0x20
        {
            position += 1
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<position]), as: UTF8.self), position + 1)
        }
        var runStart = start + 1
        var value: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                return (String(decoding: value, as: UTF8.self), position + 1)
            }
            if byte < 0x20 { throw ReadError(message: "a control character inside a quoted string", offset: position) }
            guard byte == UInt8(ascii: "\\") else {
                position += 1
                continue
            }
            value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
            guard position + 1 < bytes.count else { break }
            let escape = bytes[position + 1]
            position += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): value.append(escape)
            case UInt8(ascii: "n"): value.append(0x0A)
            case UInt8(ascii: "r"): value.append(0x0D)
            case UInt8(ascii: "t"): value.append(0x09)
            case UInt8(ascii: "b"): value.append(0x08)
            case UInt8(ascii: "f"): value.append(0x0C)
            case UInt8(ascii: "u"):
                var scalar = try hex4(bytes, at: position)
                position += 4
                if (0xD800..<0xDC00).contains(scalar), position + 6 <= bytes.count, bytes[position] == UInt8(ascii: "\\"),
                    bytes[position + 1] == UInt8(ascii: "u")
                {
                    let low = try hex4(bytes, at: position + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        position += 6
                    }
                }
                guard let unicode = Unicode.Scalar(scalar) else {
                    throw ReadError(message: "'\\u' escape of a lone surrogate", offset: position - 6)
                }
                value += Array(String(Character(unicode)).utf8)
            default:
                throw ReadError(message: "unknown escape '\\\(Character(Unicode.Scalar(escape)))'", offset: position - 2)
            }
            runStart = position
        }
        throw ReadError(message: "a quoted string is not closed", offset: start)
    }

    private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) throws(ReadError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw ReadError(message: "'\\u' needs four hex digits", offset: position - 2) }
        var value: UInt32 = 0
        for byte in bytes[position..<position + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw ReadError(message: "'\\u' needs four hex digits", offset: position - 2)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
