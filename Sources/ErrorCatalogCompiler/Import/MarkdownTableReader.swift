import Foundation

/// Reads GitHub-style pipe tables from Markdown (or from text copied off a web page that
/// keeps the pipes): with or without outer pipes, several tables per file, `\|` and pipes
/// inside code spans kept in their cell. The heading or short plain line directly above a
/// table is its context; front matter's `title:` or the first `#` heading is the document's
/// title, and a table's caption (or the heading above it) titles a document without one.
enum MarkdownTableReader {
    static func read(_ bytes: [UInt8], file: String, diagnostics: inout DiagnosticList) -> ImportedDocument {
        let index = LineIndex(bytes, file: file)
        let lines = Self.lines(of: bytes)
        var document = ImportedDocument(tables: [], title: nil)
        var position = frontMatter(lines, title: &document.title)
        var above = TextAbove()
        while position < lines.count {
            let line = lines[position].text
            guard position + 1 < lines.count, line.containsByte(UInt8(ascii: "|")),
                isDelimiterRow(lines[position + 1].text)
            else {
                above.read(line, title: &document.title)
                position += 1
                continue
            }
            var table = ImportedTable(
                headers: cells(of: line, start: lines[position].start, index: index), rows: [], context: above.context,
                location: index.location(lines[position].start), caption: above.caption, heading: above.heading)
            position += 2
            while position < lines.count, lines[position].text.containsByte(UInt8(ascii: "|")),
                !lines[position].text.trimmed.isEmpty
            {
                if position + 1 < lines.count, isDelimiterRow(lines[position + 1].text) { break }  // the next table
                table.rows.append(cells(of: lines[position].text, start: lines[position].start, index: index))
                position += 1
            }
            // Pandoc writes a pipe table's caption right after it: `Table: …` or `: …`.
            var next = position
            while next < lines.count, lines[next].text.trimmed.isEmpty { next += 1 }
            if next < lines.count, let caption = TextAbove.caption(afterTable: lines[next].text.trimmed) {
                table.caption = caption
            }
            document.tables.append(table)
            above = TextAbove(heading: above.heading)
        }
        return document
    }

    /// The file's lines with their start offsets, split on the bytes (a Character-wise split
    /// costs more than the rest of the import), line feeds and carriage returns dropped.
    static func lines(of bytes: [UInt8]) -> [(start: Int, text: Substring)] {
        var lines: [(start: Int, text: Substring)] = []
        let text = String(decoding: bytes, as: UTF8.self)
        var offset = 0
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let length = line.count
            lines.append((offset, line.last == 0x0D ? Substring(line.dropLast()) : Substring(line)))
            offset += length + 1
        }
        return lines
    }

    /// Reads front matter's `title:`; returns the first line after it (0 without front matter).
    static func frontMatter(_ lines: [(start: Int, text: Substring)], title: inout String?) -> Int {
        guard lines.first?.text == "---" else { return 0 }
        var position = 1
        while position < lines.count, lines[position].text != "---" {
            let line = lines[position].text
            if line.hasPrefix("title:") { title = unquote(line.dropFirst(6).trimmed) }
            position += 1
        }
        return position + 1
    }

    /// What stands above the next table: the heading or short line directly above it (its
    /// context, which names its category), a caption, and the nearest heading. HTML block
    /// lines (`<div class="…">`, `</div>`, an empty `<span>`), which exporters such as pandoc
    /// leave around tables, are neither: what they hold once their tags are dropped is nothing.
    struct TextAbove {
        var context: String?
        var caption: String?
        var heading: String?
        /// How many lines of text have run without a blank line: a paragraph of several lines
        /// that a blank line ends names no category.
        var paragraphLines = 0

        mutating func read(_ line: Substring, title: inout String?) {
            let trimmed = line.trimmed
            guard !trimmed.isEmpty else {
                if paragraphLines > 1 { context = nil }
                paragraphLines = 0
                return
            }
            if trimmed.hasPrefix("#") {
                let heading = CellText.convert(String(trimmed.drop { $0 == "#" })).text
                if title == nil, trimmed.hasPrefix("# ") { title = heading }
                (context, self.heading, caption) = (heading, heading, nil)
                return
            }
            let text = CellText.convert(String(trimmed)).text
            guard !text.isEmpty else { return }
            if let emphasized = Self.emphasized(text) {
                if emphasized.lowercased().hasPrefix("table") {
                    caption = emphasized
                } else {
                    (context, caption) = (emphasized, nil)  // a bold line standing for a heading
                }
                return
            }
            // A heading copied off a web page is a short line; a sentence names no category.
            (context, caption) = (text.count <= 80 && !text.hasSuffix(".") ? text : nil, nil)
            paragraphLines += 1
        }

        /// `text` without the `**` or `__` around all of it, when it is wrapped so.
        static func emphasized(_ text: String) -> String? {
            for mark in ["**", "__"] where text.count > 4 && text.hasPrefix(mark) && text.hasSuffix(mark) {
                let inner = text.dropFirst(2).dropLast(2)
                if !inner.contains(mark) { return String(inner).trimmed }
            }
            return nil
        }

        /// A caption line after a table, as pandoc writes one (`Table: …` or `: …`).
        static func caption(afterTable line: String) -> String? {
            for prefix in ["Table: ", ": "] where line.hasPrefix(prefix) {
                return CellText.convert(String(line.dropFirst(prefix.count))).text
            }
            return nil
        }
    }

    static func unquote(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first else {
            return text
        }
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
        if trimmed.hasSuffix("|"), !trimmed.hasSuffix("\\|"), let last = cells.last, last.text.isEmpty {
            cells.removeLast()
        }
        return cells
    }
}
