/// Reads CSV (RFC 4180) or TSV with a header row: quoted fields with `""` for a quote,
/// delimiters and line breaks inside quotes, CRLF or LF lines, a leading byte order mark.
/// An unclosed quote is an error at the quote; a row shorter or longer than the header is
/// left for the importer to report.
enum DelimitedTableReader {
    static let quote = UInt8(ascii: "\"")

    static func read(
        _ bytes: [UInt8], delimiter: UInt8, file: String, diagnostics: inout DiagnosticList
    ) -> ImportedDocument? {
        let index = LineIndex(bytes, file: file)
        var position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var rows: [[ImportedTable.Cell]] = []
        var row: [ImportedTable.Cell] = []
        var field: [UInt8] = []
        var fieldStart = position
        func endField() {
            row.append(.init(text: String(decoding: field, as: UTF8.self), location: index.location(fieldStart)))
            field.removeAll(keepingCapacity: true)
        }
        while position < bytes.count {
            fieldStart = position
            if bytes[position] == quote {
                guard
                    readQuoted(
                        bytes, from: &position, delimiter: delimiter, into: &field, index: index,
                        diagnostics: &diagnostics)
                else { return nil }
            } else {
                while position < bytes.count, bytes[position] != delimiter, bytes[position] != 0x0A,
                    bytes[position] != 0x0D
                {
                    field.append(bytes[position])
                    position += 1
                }
            }
            endField()
            if position < bytes.count, bytes[position] == delimiter {
                position += 1
                if position == bytes.count { endField() }
                continue
            }
            // End of a record.
            if position < bytes.count, bytes[position] == 0x0D { position += 1 }
            if position < bytes.count, bytes[position] == 0x0A { position += 1 }
            if !(row.count == 1 && row[0].text.isEmpty) { rows.append(row) }
            row = []
        }
        if !row.isEmpty, !(row.count == 1 && row[0].text.isEmpty) { rows.append(row) }
        guard let header = rows.first else {
            diagnostics.error("the file has no header row", at: SourceLocation(file: file, line: 1, column: 1))
            return nil
        }
        return ImportedDocument(
            tables: [
                ImportedTable(
                    headers: header, rows: Array(rows.dropFirst()), context: nil, location: header[0].location)
            ],
            title: nil)
    }

    /// Reads the quoted field that starts at `position` into `field`, leaving `position` past
    /// its closing quote; `false` (reported) when it is never closed or text follows it.
    static func readQuoted(
        _ bytes: [UInt8], from position: inout Int, delimiter: UInt8, into field: inout [UInt8], index: LineIndex,
        diagnostics: inout DiagnosticList
    ) -> Bool {
        let opening = position
        position += 1
        var closed = false
        while position < bytes.count {
            if bytes[position] == quote {
                if position + 1 < bytes.count, bytes[position + 1] == quote {
                    field.append(quote)
                    position += 2
                    continue
                }
                closed = true
                position += 1
                break
            }
            field.append(bytes[position])
            position += 1
        }
        guard closed else {
            diagnostics.error(
                "this quoted field is never closed; a quote inside a field is written as two quotes (\"\")",
                at: index.location(opening))
            return false
        }
        if position < bytes.count, bytes[position] != delimiter, bytes[position] != 0x0A, bytes[position] != 0x0D {
            diagnostics.error(
                "text after a closing quote; a quote inside a field is written as two quotes (\"\")",
                at: index.location(position))
            return false
        }
        return true
    }
}
