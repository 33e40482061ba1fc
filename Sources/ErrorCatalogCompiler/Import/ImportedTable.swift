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
    /// The table's caption (`**Table A.1. …**` or `Table: …` beside it), which can title the catalog.
    var caption: String? = nil
    /// The nearest heading above the table.
    var heading: String? = nil
}

/// The tables of one input file, with the title the file gives itself.
struct ImportedDocument {
    /// The tables, in file order.
    var tables: [ImportedTable]
    /// A title from front matter or the first heading, when the file has one.
    var title: String?
}
