import ArgumentParser
import ErrorCatalogCompiler
import Foundation

/// `errcat import`: a catalog from an error table someone already has.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn Markdown, CSV/TSV or JSON error tables into a catalog (v1 YAML).",
        discussion: """
            Columns are recognised by their headers (code, HTTP/status, name, title, description/meaning/reason, \
            resolution/remedy/solution, category); --map FIELD=COLUMN sets any of them. What cannot be mapped is a \
            warning at the input's line and column, and the catalog says in TODO comments what is left to fill in \
            (exit status 0). Input that cannot be read at all is an error (exit status 1) and nothing is written.
            """)

    @Argument(help: "The table file: .md, .csv, .tsv or .json (see --from).")
    var input: String

    @Option(help: "The format, when the file name does not say: markdown, csv, tsv or json.")
    var from: CatalogImporter.Format?

    @Option(help: "The catalog's Swift type name (default: from the title).")
    var catalog: String?

    @Option(help: "The catalog's title (default: the document's own, else the file name).")
    var title: String?

    @Option(
        name: .customLong("map"),
        help: "FIELD=COLUMN: the column holding a field (code, name, title, meaning, remedy, http, category).")
    var mappings: [String] = []

    @Option(
        name: .customLong("default"),
        help: ArgumentHelp(
            "FIELD=TEXT: the meaning or remedy of entries whose table has none; TEXT may hold {code}, {title} and "
                + "{category}.")
    )
    var defaults: [String] = []

    @Option(help: "Where to write the catalog (default: standard output).")
    var out: String?

    @Flag(help: "Overwrite --out when it exists.")
    var force = false

    /// The table's format: the one given, or the one its name suggests.
    var format: CatalogImporter.Format? { from ?? CatalogImporter.Format(fileName: input) }

    func validate() throws {
        guard format != nil else {
            report(error: "cannot tell the format of \(input) from its name; pass --from markdown|csv|tsv|json")
            throw ExitCode.failure
        }
        _ = try pairs(mappings, option: "--map", value: "COLUMN")
        _ = try pairs(defaults, option: "--default", value: "TEXT")
        if let out, !force, FileManager.default.fileExists(atPath: out) {
            report(error: "\(out) exists; pass --force to overwrite it")
            throw ExitCode.failure
        }
    }

    func run() throws {
        guard let format else { throw ExitCode.failure }  // validate() said why
        let fields = try pairs(mappings, option: "--map", value: "COLUMN")
        let defaultTexts = try pairs(defaults, option: "--default", value: "TEXT")
        var diagnostics = DiagnosticList()
        guard let bytes = SourceFiles.read(input, limit: ParseLimits.default.maxFileBytes, diagnostics: &diagnostics)
        else {
            report(diagnostics)
            throw ExitCode.failure
        }
        let imported = CatalogImporter(catalogName: catalog, title: title, mappings: fields, defaults: defaultTexts)
            .run(bytes, file: input, format: format, diagnostics: &diagnostics)
        report(diagnostics)
        guard let imported else { throw ExitCode.failure }
        guard let out else {
            print(imported.yaml, terminator: "")
            return
        }
        try write(imported.yaml, to: out)
        FileHandle.standardError.write(Data("errcat: \(imported.entryCount) entries written to \(out)\n".utf8))
    }

    /// `FIELD=VALUE` options as a dictionary; a malformed one is reported and exits with status 1.
    func pairs(_ options: [String], option: String, value: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for text in options {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                report(error: "\(option) takes FIELD=\(value), found '\(text)'")
                throw ExitCode.failure
            }
            result[parts[0]] = parts[1]
        }
        return result
    }
}

extension CatalogImporter.Format: ExpressibleByArgument {}
