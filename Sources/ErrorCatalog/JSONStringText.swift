/// JSON string literals as bytes: the one escaper behind problem bodies on the wire and the
/// compiler's JSON outputs (`errors.json`, OpenAPI documents, the release ledger), and the one
/// reader of them (problem bodies a client receives, the ledger, imported JSON tables). Not for
/// direct use.
public enum _JSONStringText {
    /// Appends `value` as a quoted JSON string: `"` and `\` escaped, control bytes as `\n`,
    /// `\r`, `\t` or `\u00XX` (DEL, U+007F, included: it is invisible in logs and terminals),
    /// everything else, UTF-8 included, as it is.
    public static func append(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            // Runs of bytes that need no escape are copied at once.
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                appendEscape(byte, to: &bytes)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ byte: UInt8, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes += [
                UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
            ]
        }
    }

    /// Why a quoted string could not be read, and at which byte of the input.
    public struct ReadError: Error, Sendable {
        /// What is wrong.
        public var message: String
        /// The byte it is at.
        public var offset: Int

        /// An error `message` at byte `offset`.
        public init(message: String, offset: Int) {
            self.message = message
            self.offset = offset
        }
    }

    /// Reads the quoted string that starts at `bytes[start]` (a `"`); returns its value and
    /// the offset just past the closing quote.
    public static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) throws(ReadError) -> (value: String, end: Int) {
        var position = start + 1
        // The common case, no escape: the string is made from the bytes in place.
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\"),
            bytes[position] >= 0x20
        {
            position += 1
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            return (
                String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<position]), as: UTF8.self),
                position + 1
            )
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
                if (0xD800..<0xDC00).contains(scalar), position + 6 <= bytes.count,
                    bytes[position] == UInt8(ascii: "\\"),
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
                throw ReadError(
                    message: "unknown escape '\\\(Character(Unicode.Scalar(escape)))'", offset: position - 2)
            }
            runStart = position
        }
        throw ReadError(message: "a quoted string is not closed", offset: start)
    }

    private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) throws(ReadError) -> UInt32 {
        guard position + 4 <= bytes.count else {
            throw ReadError(message: "'\\u' needs four hex digits", offset: position - 2)
        }
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
