/// Byte offsets in a file's text turned into lines and columns: the one place that counts
/// them, for the YAML parser's errors, the ledger reader and the importers.
///
/// Lines are counted from 1 at every line feed; columns count characters from 1 (every byte
/// that does not continue a UTF-8 sequence), so a column matches what an editor shows.
enum TextPosition {
    /// The column of byte `offset` on the line that starts at byte `lineStart`.
    static func column(of offset: Int, lineStart: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let end = min(max(lineStart, offset), bytes.count)
        return bytes[lineStart..<end].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// The location of byte `offset` of `bytes`, reading from the start.
    static func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String) -> SourceLocation {
        let end = min(offset, bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<end where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return SourceLocation(file: file, line: line, column: column(of: end, lineStart: lineStart, in: bytes))
    }
}

/// Line and column of many byte offsets in one text: line starts found once, each offset's
/// line by binary search.
struct LineIndex {
    let file: String
    private var starts: [Int] = [0]
    private let bytes: [UInt8]

    init(_ bytes: [UInt8], file: String) {
        self.file = file
        self.bytes = bytes
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
    }

    /// The byte offset of 1-based `line` and `column` (columns count characters).
    func offset(line: Int, column: Int) -> Int {
        var offset = starts[min(max(line - 1, 0), starts.count - 1)]
        var remaining = column - 1
        while remaining > 0, offset < bytes.count {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return offset
    }

    /// The location of byte `offset`.
    func location(_ offset: Int) -> SourceLocation {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let column = bytes.withUnsafeBufferPointer { TextPosition.column(of: offset, lineStart: starts[low], in: $0) }
        return SourceLocation(file: file, line: low + 1, column: column)
    }
}
