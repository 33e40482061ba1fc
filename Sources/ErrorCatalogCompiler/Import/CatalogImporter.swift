import ErrorCatalog
import Foundation

/// `errcat import`: a front end that turns error tables people already have (Markdown pipe
/// tables, CSV/TSV, JSON) into a catalog in the v1 format.
///
/// Several codes in one cell become aliases, a code ending in an `x` pattern a family, an
/// "Others" row the catch-all, links in a cell `links`; categories come from a category
/// column, a row that only names a section, or the heading above each table. What cannot be
/// mapped is a located warning, and the catalog says in TODO comments what is left to fill in.
public struct CatalogImporter {
    /// The input formats.
    public enum Format: String, CaseIterable, Sendable {
        case markdown, csv, tsv, json

        /// The format a file name suggests.
        public init?(fileName: String) {
            switch (fileName as NSString).pathExtension.lowercased() {
            case "md", "markdown", "txt": self = .markdown
            case "csv": self = .csv
            case "tsv", "tab": self = .tsv
            case "json": self = .json
            default: return nil
            }
        }
    }

    /// The catalog's Swift type name; derived from the title when `nil`.
    public var catalogName: String?
    /// The catalog's title; the document's own, else the file's name, when `nil`.
    public var title: String?
    /// Columns set by hand: field name (`code`, `meaning`, …) → header text.
    public var mappings: [String: String] = [:]
    /// Text for the meaning or remedy of entries whose table has none: field name → text, with
    /// `{code}`, `{title}` and `{category}` filled in per entry.
    public var defaults: [String: String] = [:]

    /// An importer with the given names, column mappings and defaults.
    public init(
        catalogName: String? = nil, title: String? = nil, mappings: [String: String] = [:],
        defaults: [String: String] = [:]
    ) {
        self.catalogName = catalogName
        self.title = title
        self.mappings = mappings
        self.defaults = defaults
    }

    /// What an import produced.
    public struct ImportedCatalog: Sendable {
        /// The catalog's YAML.
        public var yaml: String
        /// How many entries the catalog has.
        public var entryCount: Int
    }

    /// Imports `bytes` (the file `file`) read as `format`: the catalog, or `nil` when the input
    /// has an error. Every problem found is reported into `diagnostics`, located in the input.
    public func run(
        _ bytes: [UInt8], file: String, format: Format, diagnostics: inout DiagnosticList
    ) -> ImportedCatalog? {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            let offset = Self.firstInvalidUTF8(bytes)
            diagnostics.error("the file is not valid UTF-8", at: LineIndex(bytes, file: file).location(offset))
            return nil
        }
        let document: ImportedDocument? =
            switch format {
            case .markdown: MarkdownTableReader.read(bytes, file: file, diagnostics: &diagnostics)
            case .csv:
                DelimitedTableReader.read(bytes, delimiter: UInt8(ascii: ","), file: file, diagnostics: &diagnostics)
            case .tsv:
                DelimitedTableReader.read(bytes, delimiter: UInt8(ascii: "\t"), file: file, diagnostics: &diagnostics)
            case .json: JSONTableReader.read(bytes, file: file, diagnostics: &diagnostics)
            }
        guard let document, !diagnostics.hasErrors else { return nil }
        var builder = ImportedCatalogBuilder(
            mappings: parsedFields(mappings, option: "--map", &diagnostics, file: file),
            defaults: parsedFields(defaults, option: "--default", &diagnostics, file: file).filter {
                [.meaning, .remedy].contains($0.key)
            })
        for table in document.tables { builder.add(table, diagnostics: &diagnostics) }
        guard !builder.entries.isEmpty else {
            diagnostics.error(
                "no table with a code column: name the column with --map code=\"HEADER\"",
                at: SourceLocation(file: file, line: 1, column: 1))
            return nil
        }
        let title =
            self.title ?? document.title ?? builder.caption.map(Self.withoutTableLabel)
            ?? ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let name = catalogName ?? Self.typeName(from: title)
        let yaml = CatalogYAMLWriter.write(
            name: name, title: title, source: (file as NSString).lastPathComponent, categories: builder.categories,
            entries: builder.entries)
        return ImportedCatalog(yaml: yaml, entryCount: builder.entries.count)
    }

    func parsedFields(
        _ values: [String: String], option: String, _ diagnostics: inout DiagnosticList, file: String
    ) -> [ColumnMapping.Field: String] {
        var result: [ColumnMapping.Field: String] = [:]
        for (field, value) in values {
            if let known = ColumnMapping.Field(rawValue: field) {
                result[known] = value
            } else {
                diagnostics.warning(
                    "\(option) \(field)=…: unknown field; use one of "
                        + "\(ColumnMapping.Field.allCases.map(\.rawValue).joined(separator: ", "))",
                    at: SourceLocation(file: file, line: 1, column: 1))
            }
        }
        return result
    }

    /// A caption without its label: `Table A.1. PostgreSQL Error Codes` → `PostgreSQL Error Codes`.
    static func withoutTableLabel(_ caption: String) -> String {
        // HTML exports put a no-break space between `Table` and its number.
        let words = caption.split(maxSplits: 2, whereSeparator: \.isWhitespace)
        guard words.count == 3, words[0].lowercased() == "table", words[1].last == "." || words[1].last == ":" else {
            return caption
        }
        return String(words[2])
    }

    /// `Integration Hub Service` → `IntegrationHubService`; a name that would not be an
    /// UpperCamelCase identifier gets `Errors` before it.
    static func typeName(from title: String) -> String {
        let words = Naming.words(title)
        let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        guard let first = name.unicodeScalars.first, ("A"..."Z").contains(first) else { return "Errors" + name }
        return name
    }

    /// The offset of the first byte that is not valid UTF-8: found line by line, then within
    /// the line by its prefixes (lines are short).
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var lineStart = 0
        for (offset, byte) in bytes.enumerated() where byte == 0x0A || offset == bytes.count - 1 {
            let line = bytes[lineStart...offset]
            if String(validating: line, as: UTF8.self) == nil {
                var end = lineStart
                while end <= offset, String(validating: bytes[lineStart..<end], as: UTF8.self) != nil { end += 1 }
                // The last prefix that validated ends just before the bad byte (or mid-character).
                return max(lineStart, end - 1)
            }
            lineStart = offset + 1
        }
        return 0
    }
}
