/// Swift source text for string literals and comments, escaped so that any catalog text
/// compiles and round-trips byte for byte.
public enum SwiftLiteral {
    /// `text` escaped for the inside of a `"…"` or `"""…"""` literal: backslashes, quotes,
    /// control characters, and invisible or direction-changing characters are escaped;
    /// everything else is kept as written.
    public static func escaped(_ text: String) -> String {
        String(utf8Building: { appendEscaped(text, to: &$0) })
    }

    /// Appends `text` escaped as ``escaped(_:)`` does, one pass over its UTF-8; runs of
    /// bytes that need no escape are copied at once.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var position = 0
            let base = UnsafeRawPointer(utf8.baseAddress)
            while position < utf8.count {
                // Eight bytes at a time while none of them needs a look.
                if let base, position &+ 8 <= utf8.count,
                    isPlain(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt64.self)))
                {
                    position &+= 8
                    continue
                }
                let byte = utf8[position]
                if byte >= 0x20, byte < 0x7F, byte != 0x5C, byte != 0x22 {
                    position += 1
                    continue
                }
                out += UnsafeBufferPointer(rebasing: utf8[runStart..<position])
                if byte < 0x80 {
                    switch byte {
                    case 0x5C: out += [0x5C, 0x5C]  // \\
                    case 0x22: out += [0x5C, 0x22]  // \"
                    case 0x0A: out += [0x5C, UInt8(ascii: "n")]
                    case 0x0D: out += [0x5C, UInt8(ascii: "r")]
                    case 0x09: out += [0x5C, UInt8(ascii: "t")]
                    case 0x00: out += [0x5C, UInt8(ascii: "0")]
                    default: appendUnicodeEscape(UInt32(byte), to: &out)
                    }
                    position += 1
                } else {
                    // One multi-byte scalar of valid UTF-8: its length comes from the lead byte.
                    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    let bytes = UnsafeBufferPointer(rebasing: utf8[position..<position + length])
                    var value = UInt32(byte) & (0xFF >> (length + 1))
                    for continuation in bytes.dropFirst() { value = value << 6 | UInt32(continuation & 0x3F) }
                    if needsEscape(Unicode.Scalar(value)!) {
                        appendUnicodeEscape(value, to: &out)
                    } else {
                        out += bytes
                    }
                    position += length
                }
                runStart = position
            }
            out += UnsafeBufferPointer(rebasing: utf8[runStart...])
        }
    }

    /// Whether none of the eight bytes of `word` is a control character, DEL, a backslash,
    /// a quote or part of a multi-byte scalar (may say `false` for some plain words, never
    /// `true` for one that is not).
    @inline(__always)
    static func isPlain(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        @inline(__always) func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value }
        let belowSpace = (word &- 0x20 &* ones) & ~word
        let atLeastDelete = word | (word &+ ones)
        let special = hasZeroByte(word ^ (0x5C &* ones)) | hasZeroByte(word ^ (0x22 &* ones))
        return (belowSpace | atLeastDelete | special) & (0x80 &* ones) == 0
    }

    static func appendUnicodeEscape(_ value: UInt32, to out: inout [UInt8]) {
        out += Array("\\u{".utf8)
        out += Array(String(value, radix: 16, uppercase: true).utf8)
        out.append(UInt8(ascii: "}"))
    }

    /// A one-line `"…"` literal of `text`.
    public static func quoted(_ text: String) -> String { "\"" + escaped(text) + "\"" }

    /// Appends one line of a multi-line literal holding `text`: escaped, with trailing
    /// spaces escaped too so that editors that trim lines cannot change the value.
    static func appendRow(_ text: String, to out: inout [UInt8]) {
        let start = out.count
        appendEscaped(text, to: &out)
        var spaces = 0
        while out.count > start, out.last == UInt8(ascii: " ") {
            out.removeLast()
            spaces += 1
        }
        for _ in 0..<spaces { out += Array("\\u{20}".utf8) }
    }

    /// `text` made safe for one `///` comment line: line breaks and invisible characters
    /// become spaces, and it is cut to `limit` characters.
    public static func commentText(_ text: String, limit: Int = 110) -> String {
        // Printable ASCII (the common case) is one scalar per byte and needs no replacement.
        let utf8 = text.utf8
        let head = utf8.prefix(limit)
        if head.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            if utf8.count <= limit { return text }
            return String(decoding: head.dropLast(), as: UTF8.self) + "…"
        }
        var line = String.UnicodeScalarView()
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                line.removeLast()
                line.append("…")
                break
            }
            line.append(needsEscape(scalar) || scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar)
            count += 1
        }
        return String(line)
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F: true
        case 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFEFF, 0xFFF9...0xFFFB: true
        default: false
        }
    }
}
