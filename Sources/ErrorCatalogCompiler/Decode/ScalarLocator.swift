/// Finds where a byte of a scalar's value is written in the file, through YAML's quoting,
/// escapes, indentation and line folding, so a problem inside a string (a message's unknown
/// placeholder, say) is reported at its own line and column.
///
/// The value is walked beside the source: bytes that match advance both, an escape or a
/// doubled quote stands for its character, and indentation or a folded line break is skipped.
/// Where the two part in a way this does not foresee, the position found so far is used.
struct ScalarLocator {
    let source: [UInt8]
    let file: String
    /// The file's line starts, found the first time a problem inside a string is located (most
    /// files have none, and a 100,000-entry file takes 20 ms to index).
    private let index = Memo<String, LineIndex>()

    init(source: [UInt8], file: String) {
        self.source = source
        self.file = file
    }

    var lines: LineIndex { index.value(for: file) { LineIndex(source, file: $0) } }

    /// The location of byte `offset` of `value`, the text of scalar `node`.
    func location(of offset: Int, in value: ArraySlice<UInt8>, node: YAMLNode) -> SourceLocation {
        var raw = lines.offset(line: Int(node.line), column: Int(node.column))
        switch node.style {
        case .singleQuoted, .doubleQuoted: raw += 1
        case .literal, .folded:
            while raw < source.count, source[raw] != 0x0A { raw += 1 }
        default: break
        }
        var index = value.startIndex
        let end = value.startIndex + min(offset, value.count)
        while index < end, raw < source.count {
            let wanted = value[index]
            let byte = source[raw]
            if node.style == .doubleQuoted, byte == UInt8(ascii: "\\") {
                (raw, index) = escape(at: raw, value: value, index: index)
            } else if node.style == .singleQuoted, byte == UInt8(ascii: "'"), raw + 1 < source.count,
                source[raw + 1] == UInt8(ascii: "'")
            {
                raw += 2
                index += 1
            } else if byte == wanted {
                raw += 1
                index += 1
            } else if byte == 0x0A, wanted == 0x20 {
                raw += 1
                while raw < source.count, source[raw] == 0x20 || source[raw] == 0x09 { raw += 1 }
                index += 1
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                raw += 1
            } else {
                break
            }
        }
        return lines.location(raw)
    }

    /// Past a double-quoted escape at `raw`: a line continuation stands for nothing; any
    /// other escape for one character of the value.
    func escape(at raw: Int, value: ArraySlice<UInt8>, index: Int) -> (Int, Int) {
        guard raw + 1 < source.count else { return (raw + 1, index) }
        let length =
            switch source[raw + 1] {
            case UInt8(ascii: "x"): 4
            case UInt8(ascii: "u"): 6
            case UInt8(ascii: "U"): 10
            case 0x0A:
                0
            default: 2
            }
        if length == 0 {
            var next = raw + 2
            while next < source.count, source[next] == 0x20 || source[next] == 0x09 { next += 1 }
            return (next, index)
        }
        var next = index + 1
        while next < value.endIndex, value[next] & 0xC0 == 0x80 { next += 1 }
        return (raw + length, next)
    }
}
