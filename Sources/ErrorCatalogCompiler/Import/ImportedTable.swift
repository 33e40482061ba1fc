/// A table read from a file someone already has (Markdown, CSV/TSV or JSON), before its
/// columns mean anything: header cells, rows of cells, and what stood above it.
struct ImportedTable {
    /// One cell: its text as written (unescaped for its format) and where it starts.
    struct Cell {
        var text: String
        var location: SourceLocation
    }

    /// The header row.
    var headers: [Cell]
    /// The body rows; a row may have fewer or more cells than the header.
    var rows: [[Cell]]
    /// The heading or line directly above the table, which names its category.
    var context: String?
    /// Where the table starts.
    var location: SourceLocation
}

/// The tables of one input file, with the title the file gives itself.
struct ImportedDocument {
    /// The tables, in file order.
    var tables: [ImportedTable]
    /// A title from front matter or the first heading, when the file has one.
    var title: String?
}

/// What an importer found wrong with its input, located.
struct ImportProblems {
    var diagnostics = DiagnosticList()

    mutating func error(_ message: String, _ location: SourceLocation) { diagnostics.error(message, at: location) }
    mutating func warning(_ message: String, _ location: SourceLocation) { diagnostics.warning(message, at: location) }
}

/// Line and column of byte offsets in a text, computed once per line start.
struct LineIndex {
    let file: String
    private var starts: [Int] = [0]
    private let bytes: [UInt8]

    init(_ bytes: [UInt8], file: String) {
        self.file = file
        self.bytes = bytes
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
    }

    /// The 1-based line and character column of `offset`.
    func location(_ offset: Int) -> SourceLocation {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let column = bytes[starts[low]..<min(offset, bytes.count)].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return SourceLocation(file: file, line: low + 1, column: column)
    }
}
