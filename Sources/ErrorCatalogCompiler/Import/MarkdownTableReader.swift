import Foundation

/// Reads GitHub-style pipe tables from Markdown (or from text copied off a web page that
/// keeps the pipes): with or without outer pipes, several tables per file, `\|` and pipes
/// inside code spans kept in their cell. The heading or plain line directly above a table is
/// its context; front matter's `title:` or the first `#` heading is the document's title.
enum MarkdownTableReader {
    static func read(_ bytes: [UInt8], file: String, problems: inout ImportProblems) -> ImportedDocument {
        let index = LineIndex(bytes, file: file)
        var lines: [(start: Int, text: Substring)] = []
        let text = String(decoding: bytes, as: UTF8.self)
        var offset = 0
        // Split on the bytes: a Character-wise split costs more than the rest of the import.
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let length = line.count
            let content = line.last == 0x0D ? Substring(line.dropLast()) : Substring(line)
            lines.append((offset, content))
            offset += length + 1
        }
        var document = ImportedDocument(tables: [], title: nil)
        var position = 0
        // Front matter.
        if lines.first?.text == "---" {
            position = 1
            while position < lines.count, lines[position].text != "---" {
                let line = lines[position].text
                if line.hasPrefix("title:") { document.title = unquote(line.dropFirst(6).trimmed) }
                position += 1
            }
            position += 1
        }
        var lastText: String?
        while position < lines.count {
            let line = lines[position].text
            let trimmed = line.trimmed
            if position + 1 < lines.count, line.holds(UInt8(ascii: "|")), isDelimiterRow(lines[position + 1].text) {
                var table = ImportedTable(
                    headers: cells(of: line, start: lines[position].start, index: index), rows: [], context: lastText,
                    location: index.location(lines[position].start))
                position += 2
                while position < lines.count, lines[position].text.holds(UInt8(ascii: "|")),
                    !lines[position].text.trimmed.isEmpty
                {
                    if position + 1 < lines.count, isDelimiterRow(lines[position + 1].text) { break }  // the next table
                    table.rows.append(cells(of: lines[position].text, start: lines[position].start, index: index))
                    position += 1
                }
                document.tables.append(table)
                lastText = nil
                continue
            }
            if trimmed.hasPrefix("#") {
                let heading = trimmed.drop { $0 == "#" }.trimmed
                if document.title == nil, trimmed.hasPrefix("# ") { document.title = heading }
                lastText = heading
            } else if !trimmed.isEmpty {
                lastText = trimmed
            }
            position += 1
        }
        return document
    }

    static func unquote(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first else { return text }
        return String(text.dropFirst().dropLast())
    }

    /// `|---|:--:|`, with or without outer pipes: only pipes, dashes, colons and spaces, with
    /// at least one dash and one pipe (or dashes alone). A data row fails at its first letter.
    static func isDelimiterRow(_ line: Substring) -> Bool {
        var dash = false
        var pipe = false
        for byte in line.utf8 {
            switch byte {
            case UInt8(ascii: "-"): dash = true
            case UInt8(ascii: "|"): pipe = true
            case UInt8(ascii: ":"), 0x20, 0x09: break
            default: return false
            }
        }
        return dash && (pipe || !line.utf8.contains(0x20))
    }

    /// The cells of a row: split at pipes that are neither escaped nor inside a code span;
    /// outer pipes dropped; each cell trimmed, `\|` unescaped.
    static func cells(of line: Substring, start: Int, index: LineIndex) -> [ImportedTable.Cell] {
        var cells: [ImportedTable.Cell] = []
        var current: [UInt8] = []
        var cellStart = start
        var codeFence = 0  // length of the backtick run that opened the current code span
        let bytes = Array(line.utf8)
        var position = 0
        func finish(_ end: Int) {
            let text = String(decoding: current, as: UTF8.self)
            let leading = text.prefix { $0 == " " || $0 == "\t" }.utf8.count
            cells.append(.init(text: text.trimmed, location: index.location(cellStart + leading)))
            current = []
            cellStart = start + end + 1
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "`") {
                var run = 0
                while position + run < bytes.count, bytes[position + run] == UInt8(ascii: "`") { run += 1 }
                if codeFence == 0 { codeFence = run } else if run == codeFence { codeFence = 0 }
                current += bytes[position..<position + run]
                position += run
                continue
            }
            if byte == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "|") {
                current.append(UInt8(ascii: "|"))
                position += 2
                continue
            }
            if byte == UInt8(ascii: "|"), codeFence == 0 {
                finish(position)
            } else {
                current.append(byte)
            }
            position += 1
        }
        finish(bytes.count)
        // Outer pipes leave an empty first and last cell.
        let trimmed = line.trimmed
        if trimmed.hasPrefix("|"), let first = cells.first, first.text.isEmpty { cells.removeFirst() }
        if trimmed.hasSuffix("|"), !trimmed.hasSuffix("\\|"), let last = cells.last, last.text.isEmpty { cells.removeLast() }
        return cells
    }
}
