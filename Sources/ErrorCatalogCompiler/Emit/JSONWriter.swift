import ErrorCatalog
/// Writes indented JSON text directly: fixed member order, so the output is deterministic,
/// and one pass with no intermediate tree (Foundation's encoder is slow on 100,000 entries).
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Where full pieces of a megabyte go; `nil` keeps the whole text in ``bytes``.
    var sink: (any ByteSink)?
    private var depth = 0
    private var needsComma: [Bool] = [false]

    /// The text written so far, ending in a newline.
    var text: String {
        var bytes = bytes
        bytes.append(0x0A)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Ends the text with a newline and hands what is left to the sink.
    mutating func finish() {
        bytes.append(0x0A)
        sink?.drain(&bytes)
    }

    mutating func beginObject(_ key: String? = nil) {
        if bytes.count >= PageWriter.piece, let sink { sink.drain(&bytes) }
        open(key, "{")
    }
    mutating func endObject() { close("}") }
    mutating func beginArray(_ key: String? = nil) { open(key, "[") }
    mutating func endArray() { close("]") }

    mutating func string(_ key: String?, _ value: String?) {
        member(key)
        if let value { appendString(value) } else { bytes += "null".utf8 }
    }

    mutating func number(_ key: String?, _ value: Int?) {
        member(key)
        bytes += (value.map(String.init) ?? "null").utf8
    }

    /// A message argument: a string, or a number as JSON writes it.
    mutating func argument(_ key: String?, _ value: MessageArgument) {
        switch value {
        case .string(let text): string(key, text)
        case .integer(let integer): number(key, integer)
        case .number(let number):
            member(key)
            bytes += (number.isFinite ? value.description : "null").utf8
        case .money(let money):
            member(key)
            money.appendJSON(to: &bytes)
        case .timestamp(let timestamp):
            member(key)
            timestamp.appendJSON(to: &bytes)
        }
    }

    mutating func bool(_ key: String?, _ value: Bool) {
        member(key)
        bytes += (value ? "true" : "false").utf8
    }

    mutating func null(_ key: String?) {
        member(key)
        bytes += "null".utf8
    }

    mutating func strings(_ key: String, _ values: [String]) {
        guard !values.isEmpty else {
            member(key)
            bytes += "[]".utf8
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
            bytes.append(UInt8(ascii: ":"))
            bytes.append(UInt8(ascii: " "))
        }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes += repeatElement(UInt8(ascii: " "), count: depth * 2)
    }

    private mutating func appendString(_ value: String) {
        JSONString.append(value, to: &bytes)
    }
}
