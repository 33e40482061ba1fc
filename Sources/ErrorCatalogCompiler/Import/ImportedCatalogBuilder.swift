import ErrorCatalog
import Foundation

/// An entry as the importer makes it, before it is written as YAML.
struct ImportedEntry {
    var code: String
    var aliases: [String] = []
    var name: String
    var nameIsDerived = true
    /// The name `errcat lint` derives from the code and title, which the YAML need not write.
    var lintName = ""
    var title: String?
    var category: String?
    var http: Int?
    var meaning: String?
    var remedy: String?
    /// Parameters made from the texts' placeholders; the texts are then ICU MessageFormat.
    var parameters: [(name: String, kind: MessageParameter.Kind)] = []
    var links: [(title: String, url: String)] = []
    var isFamily = false
    var isCatchAll = false
    var location: SourceLocation
}

/// Turns tables into entries and categories, keeping file order.
struct ImportedCatalogBuilder {
    let mappings: [ColumnMapping.Field: String]
    var entries: [ImportedEntry] = []
    var categories: [(id: String, title: String)] = []
    private var takenNames: Set<String> = []
    private var categoryIDs: [String: String] = [:]

    /// Text for a field no column gives (`--default meaning=…`), with `{code}`, `{title}` and
    /// `{category}` filled in per entry.
    let defaults: [ColumnMapping.Field: String]
    /// The caption (else the heading above) of the first table that gave entries.
    private(set) var caption: String?

    init(mappings: [ColumnMapping.Field: String], defaults: [ColumnMapping.Field: String] = [:]) {
        self.mappings = mappings
        self.defaults = defaults
    }

    /// `text` with `{code}`, `{title}` and `{category}` (the category's title) replaced by the entry's.
    static func filled(_ text: String, _ entry: ImportedEntry, categoryTitle: String?) -> String {
        text.replacingOccurrences(of: "{code}", with: entry.code).replacingOccurrences(
            of: "{title}", with: entry.title ?? entry.code
        )
        .replacingOccurrences(of: "{category}", with: categoryTitle ?? "")
    }

    /// Which columns of one table hold which field.
    struct TableColumns {
        let mapping: ColumnMapping
        let code: Int
        var title: Int?
        var name: Int?

        /// The columns of `table`, or `nil` when it has no code column (noted).
        init?(_ table: ImportedTable, mappings: [ColumnMapping.Field: String], diagnostics: inout DiagnosticList) {
            mapping = ColumnMapping(headers: table.headers.map(\.text), mappings: mappings)
            guard let code = mapping[.code] else {
                diagnostics.append(
                    Diagnostic(
                        .note,
                        "this table has no code column "
                            + "(\(table.headers.map(\.text).joined(separator: ", "))); it is skipped",
                        at: table.location))
                return nil
            }
            self.code = code
            // A Name column of Swift names (lowerCamelCase) names the cases; any other names
            // (`INVALID_INTENT`, `unique_violation`) are titles, and the names derive from them.
            title = mapping[.title]
            name = mapping[.name]
            if let column = name,
                !table.rows.allSatisfy({ row in
                    guard column < row.count, !row[column].text.isEmpty else { return true }
                    let text = Self.plainName(row[column].text)
                    return Naming.isIdentifier(text) && text.first!.isLowercase && !text.contains("_")
                })
            {
                if title == nil { title = column }
                name = nil
            }
        }

        /// A name cell without the code span that often wraps it (`` `unique_violation` ``).
        static func plainName(_ text: String) -> String {
            let trimmed = text.trimmed
            guard trimmed.count > 2, trimmed.hasPrefix("`"), trimmed.hasSuffix("`"),
                !trimmed.dropFirst().dropLast().contains("`")
            else {
                return trimmed
            }
            return String(trimmed.dropFirst().dropLast())
        }

        /// The first non-empty cell of `row` in a column holding `field` (else the first such cell).
        func cell(_ field: ColumnMapping.Field, in row: [ImportedTable.Cell]) -> ImportedTable.Cell? {
            let columns =
                switch field {
                case .title: title.map { [$0] } ?? []
                case .name: name.map { [$0] } ?? []
                default: mapping.all(field)
                }
            let present = columns.filter { $0 < row.count }
            return present.first { !row[$0].text.isEmpty }.map { row[$0] } ?? present.first.map { row[$0] }
        }
    }

    mutating func add(_ table: ImportedTable, diagnostics: inout DiagnosticList) {
        guard let columns = TableColumns(table, mappings: mappings, diagnostics: &diagnostics) else { return }
        for field in [ColumnMapping.Field.meaning, .remedy]
        where columns.mapping[field] == nil && defaults[field] == nil {
            diagnostics.append(
                Diagnostic(
                    .note,
                    "this table has no \(field.rawValue) column "
                        + "(\(table.headers.map(\.text).joined(separator: ", "))): every entry's \(field.rawValue) "
                        + "is left TODO; take it from a column with --map \(field.rawValue)=COLUMN, or give "
                        + "one with --default \(field.rawValue)=TEXT (TEXT may hold {code}, {title} and "
                        + "{category})",
                    at: table.location))
        }
        let before = entries.count
        defer { if caption == nil, entries.count > before { caption = table.caption ?? table.heading } }
        var section = table.context.map { category(fromHeading: $0) }
        for row in table.rows {
            if let title = sectionTitle(row, table: table, columns: columns) {
                section = category(fromHeading: title)
                continue
            }
            guard var entry = codes(of: row, table: table, columns: columns, diagnostics: &diagnostics) else {
                continue
            }
            fill(&entry, from: row, columns: columns, section: section, diagnostics: &diagnostics)
            name(&entry)
            entries.append(entry)
        }
    }

    /// The section a row names, when it is a row that only names a section: one cell with
    /// text, which is no code or is set apart as a heading is (bold, or wrapped in a `<span>`
    /// that says so, as HTML exports write class rows).
    func sectionTitle(_ row: [ImportedTable.Cell], table: ImportedTable, columns: TableColumns) -> String? {
        let texts = row.map { $0.text.trimmed }
        guard texts.filter({ !$0.isEmpty }).count == 1, let only = texts.firstIndex(where: { !$0.isEmpty }) else {
            return nil
        }
        let text = CellText.convert(texts[only]).text
        if let emphasized = MarkdownTableReader.TextAbove.emphasized(text) { return emphasized }
        guard table.headers.count > 2 || only == columns.code, only != columns.code || !looksLikeCode(text) else {
            return nil
        }
        return text
    }

    /// An entry with the row's code, aliases and kind, or `nil` when the row has no code (warned).
    func codes(
        of row: [ImportedTable.Cell], table: ImportedTable, columns: TableColumns, diagnostics: inout DiagnosticList
    ) -> ImportedEntry? {
        if row.count != table.headers.count {
            diagnostics.warning(
                "this row has \(row.count) "
                    + "cell\(row.count == 1 ? "" : "s") where the header has \(table.headers.count)",
                at: row.first?.location ?? table.location)
        }
        guard columns.code < row.count, !row[columns.code].text.trimmed.isEmpty else {
            diagnostics.warning("a row without a code is skipped", at: row.first?.location ?? table.location)
            return nil
        }
        let codeCell = row[columns.code]
        var codes = splitCodes(CellText.convert(codeCell.text).text)
        guard !codes.isEmpty else {
            diagnostics.warning("a row without a code is skipped", at: codeCell.location)
            return nil
        }
        if codeCell.text != codeCell.text.trimmed, codes.count == 1 {
            diagnostics.warning(
                "the code '\(codeCell.text)' has spaces at its ends; it is imported as '\(codes[0])'",
                at: codeCell.location
            )
        }
        var entry = ImportedEntry(code: codes.removeFirst(), name: "", location: codeCell.location)
        entry.aliases = codes
        if ["others", "other", "any other", "*", "default"].contains(entry.code.lowercased()) {
            entry.isCatchAll = true
            entry.code = "Others"
            entry.aliases = []
        } else if let tail = _FamilyPattern.tailStart(of: Array(entry.code.utf8)),
            entry.code.utf8[entry.code.utf8.index(entry.code.utf8.startIndex, offsetBy: tail)...].contains(
                UInt8(ascii: "x"))
        {
            entry.isFamily = true
        }
        return entry
    }

    /// The row's title, meaning, remedy, links, status, category and written name.
    mutating func fill(
        _ entry: inout ImportedEntry, from row: [ImportedTable.Cell], columns: TableColumns,
        section: (id: String, title: String)?,
        diagnostics: inout DiagnosticList
    ) {
        if let title = columns.cell(.title, in: row).map({ CellText.convert(TableColumns.plainName($0.text)).text }),
            !title.isEmpty
        {
            entry.title = title
        }
        if let meaningCell = columns.cell(.meaning, in: row) {
            let converted = CellText.convert(meaningCell.text)
            entry.meaning = converted.text.isEmpty ? nil : converted.text
            entry.links += converted.links
        }
        if let remedyCell = columns.cell(.remedy, in: row) {
            let converted = CellText.convert(remedyCell.text)
            entry.remedy = converted.text.isEmpty ? nil : converted.text
            entry.links += converted.links.filter { link in !entry.links.contains { $0.url == link.url } }
        }
        if let httpCell = columns.cell(.http, in: row), !httpCell.text.isEmpty {
            if let status = Int(httpCell.text.trimmed), (100...599).contains(status) {
                entry.http = status
            } else {
                diagnostics.warning(
                    "'\(httpCell.text)' is not an HTTP status (100–599); it is left out", at: httpCell.location)
            }
        }
        if let categoryCell = columns.cell(.category, in: row), !categoryCell.text.isEmpty {
            entry.category = register(category(fromHeading: categoryCell.text))
        } else if let section {
            entry.category = register(section)
        }
        if !defaults.isEmpty {
            let categoryTitle = categories.first { $0.id == entry.category }?.title
            if entry.meaning == nil, let text = defaults[.meaning] {
                entry.meaning = Self.filled(text, entry, categoryTitle: categoryTitle)
            }
            if entry.remedy == nil, let text = defaults[.remedy] {
                entry.remedy = Self.filled(text, entry, categoryTitle: categoryTitle)
            }
        }
        Placeholders.apply(to: &entry)
        // A missing column is said once per table (see `add`); an empty cell of a column, here.
        if entry.meaning == nil, columns.mapping[.meaning] != nil {
            diagnostics.warning(
                "'\(entry.code)' has no meaning in the table; the catalog marks it TODO", at: entry.location)
        }
        if entry.remedy == nil, columns.mapping[.remedy] != nil {
            diagnostics.warning(
                "'\(entry.code)' has no remedy in the table; the catalog marks it TODO", at: entry.location)
        }
        if let written = columns.cell(.name, in: row).map({ TableColumns.plainName($0.text) }), !written.isEmpty {
            entry.name = written
            entry.nameIsDerived = false
        }
    }

    /// Codes in one cell: one per line, or separated by commas or `/` when every part is a
    /// code (no spaces inside).
    func splitCodes(_ text: String) -> [String] {
        var parts: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = withoutBackticks(line.trimmed)
            let pieces =
                trimmed.containsByte(UInt8(ascii: ","))
                ? trimmed.split(separator: ",").map { withoutBackticks($0.trimmed) } : [trimmed]
            if pieces.count > 1, pieces.allSatisfy({ !$0.isEmpty && !$0.containsByte(0x20) }) {
                parts += pieces
            } else if !trimmed.isEmpty {
                parts.append(trimmed)
            }
        }
        return parts
    }

    /// Whether a lone cell reads as a code (`E_1`, `errors.5xx`, `ENOTFOUND`) rather than the
    /// name of a section (`Declines`).
    /// The text without the backticks of a code span around it.
    func withoutBackticks(_ text: String) -> String {
        guard text.utf8.first == UInt8(ascii: "`") || text.utf8.last == UInt8(ascii: "`") else { return text }
        return String(text.drop { $0 == "`" }.reversed().drop { $0 == "`" }.reversed())
    }

    func looksLikeCode(_ text: String) -> Bool {
        guard !text.containsByte(0x20) else { return false }
        let letters = text.filter(\.isLetter)
        return text.contains(where: { $0.isNumber || "_.-:/".contains($0) })
            || (letters.count > 1 && letters.allSatisfy(\.isUppercase))
    }

    /// A category from a heading or line above a table, as web pages copy them: `Execution
    /// ErrorsExecution` is the heading `Execution Errors` followed by its badge `Execution`,
    /// which becomes the id. The badge starts where a lowercase letter meets an uppercase one
    /// with no space, and its first word begins a word of the heading.
    func category(fromHeading heading: String) -> (id: String, title: String) {
        let line = String(heading.drop { !$0.isLetter && !$0.isNumber }).trimmed
        let characters = Array(line)
        var split: Int?
        for position in characters.indices.dropFirst()
        where characters[position].isUppercase && characters[position - 1].isLowercase {
            let title = String(characters[..<position])
            let badge = String(characters[position...])
            let badgeWord = badge.prefix { $0.isLetter || $0.isNumber }.lowercased()
            let titleWords = title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() }
            if !badgeWord.isEmpty, titleWords.contains(where: { $0.hasPrefix(badgeWord) }) { split = position }
        }
        let title = split.map { String(characters[..<$0]).trimmed } ?? line
        let badge = split.map { String(characters[$0...]) }
        var id = Naming.slug(badge ?? title)
        if id.isEmpty || !(id.first!.isLetter) { id = "c-" + id }
        return (id, title.isEmpty ? line : title)
    }

    /// The category's id, declared on first use; an id already used for another title gets a
    /// number.
    mutating func register(_ category: (id: String, title: String)) -> String {
        if let id = categoryIDs[category.title] { return id }
        var id = category.id
        var counter = 2
        while categories.contains(where: { $0.id == id }) {
            id = "\(category.id)-\(counter)"
            counter += 1
        }
        categoryIDs[category.title] = id
        categories.append((id, category.title))
        return id
    }

    /// A Swift name as lint derives it (from the title when the table has one, else from the
    /// code), made unique with the category's id before it, then a number.
    mutating func name(_ entry: inout ImportedEntry) {
        entry.lintName = Naming.derivedCaseName(code: entry.code, title: entry.title)
        if entry.nameIsDerived {
            let base =
                entry.title.flatMap { Naming.lowerCamelCase($0) }.flatMap { $0.first?.isLetter == true ? $0 : nil }
                ?? entry.lintName
            entry.name = base
            if takenNames.contains(base), let category = entry.category, let prefix = Naming.lowerCamelCase(category) {
                entry.name = prefix + base.prefix(1).uppercased() + base.dropFirst()
            }
            let stem = entry.name
            var counter = 2
            while takenNames.contains(entry.name) {
                entry.name = "\(stem)\(counter)"
                counter += 1
            }
            if Naming.reservedCaseNames.contains(entry.name) || Naming.metatypeNames.contains(entry.name) {
                entry.name += "Entry"
            }
        }
        takenNames.insert(entry.name)
    }
}
