/// Writes indented JSON text directly: fixed member order, so the output is deterministic,
/// and one pass with no intermediate tree (Foundation's encoder is slow on 100,000 entries).
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    private var needsComma: [Bool] = [false]

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) + "\n" }

    mutating func beginObject(_ key: String? = nil) { open(key, "{") }
    mutating func endObject() { close("}") }
    mutating func beginArray(_ key: String? = nil) { open(key, "[") }
    mutating func endArray() { close("]") }

    mutating func string(_ key: String?, _ value: String?) {
        member(key)
        if let value { appendString(value) } else { bytes += Array("null".utf8) }
    }

    mutating func number(_ key: String?, _ value: Int?) {
        member(key)
        bytes += Array((value.map(String.init) ?? "null").utf8)
    }

    mutating func bool(_ key: String?, _ value: Bool) {
        member(key)
        bytes += Array((value ? "true" : "false").utf8)
    }

    mutating func null(_ key: String?) {
        member(key)
        bytes += Array("null".utf8)
    }

    mutating func strings(_ key: String, _ values: [String]) {
        guard !values.isEmpty else {
            member(key)
            bytes += Array("[]".utf8)
            return
        }
        beginArray(key)
        for value in values { string(nil, value) }
        endArray()
    }

    private mutating func open(_ key: String?, _ bracket: Character) {
        member(key)
        bytes.append(UInt8(ascii: bracket.unicodeScalars.first!))
        depth += 1
        needsComma.append(false)
    }

    private mutating func close(_ bracket: Character) {
        let hadMembers = needsComma.removeLast()
        depth -= 1
        if hadMembers { newline() }
        bytes.append(UInt8(ascii: bracket.unicodeScalars.first!))
    }

    private mutating func member(_ key: String?) {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
        if depth > 0 { newline() }
        if let key {
            appendString(key)
            bytes += [UInt8(ascii: ":"), UInt8(ascii: " ")]
        }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes += repeatElement(UInt8(ascii: " "), count: depth * 2)
    }

    private mutating func appendString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20, 0x7F:
                let hex = String(byte, radix: 16)
                bytes += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
