import ArgumentParser
import ErrorCatalogCompiler
import Foundation

/// The options every command that reads catalogs shares.
struct CatalogInput: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Catalog files, or folders searched recursively for *.yaml and *.yml.",
            discussion: "Without any: ./catalog, or else ./Sources (where the build plugin finds catalogs)."))
    var paths: [String] = []

    @Option(help: "The release ledger (default: catalog.ledger in the first folder, or beside the first file).")
    var ledger: String?

    @Option(help: "The largest catalog file read, in bytes.")
    var maxFileSize: Int = ParseLimits.default.maxFileBytes

    @Flag(help: "Treat warnings as errors.")
    var warningsAsErrors = false

    /// The folders searched when no path is given, in order: the first that exists is read.
    static let defaultFolders = ["catalog", "Sources"]

    /// The paths given, or the first of ``defaultFolders`` that exists; `nil` when there is none.
    var catalogPaths: [String]? {
        guard paths.isEmpty else { return paths }
        var isFolder: ObjCBool = false
        return Self.defaultFolders.first {
            FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue
        }.map { [$0] }
    }

    /// The ledger's path.
    var ledgerPath: String { ledger ?? LedgerReader.defaultPath(for: catalogPaths ?? []) }

    /// Walks the pipeline from the paths to identified catalogs (checked, with ids from the
    /// ledger or `against`); prints diagnostics to standard error (warnings only when
    /// `warnings` is set: a query leaves them to `lint`; translations' progress only with
    /// `coverage`: a build does not repeat it) and exits with `failure` when there are errors.
    func load(
        against: String? = nil, next: SemanticVersion? = nil, failure: ExitCode = .failure,
        warnings: Bool = true, coverage: Bool = true
    ) throws -> IdentifiedCatalogs {
        guard let paths = catalogPaths else {
            let folder = FileManager.default.currentDirectoryPath
            report(
                error: "no catalog given, and \(folder) has no 'catalog' or 'Sources' folder; "
                    + "name the catalog files or folders after the command's other arguments")
            throw failure
        }
        var limits = ParseLimits.default
        limits.maxFileBytes = maxFileSize
        var diagnostics = DiagnosticList()
        let identified = Pipeline(limits: limits, reportsCoverage: coverage).identifiedCatalogs(
            at: paths, ledgerPath: against ?? ledgerPath, ledgerRequired: against != nil, next: next,
            diagnostics: &diagnostics)
        if warningsAsErrors { diagnostics = diagnostics.promotingWarnings() }
        report(warnings ? diagnostics : diagnostics.withoutWarnings())
        guard let identified, !diagnostics.hasErrors else { throw failure }
        return identified
    }
}

/// The write stage for a command: writes `files` into `folder` all or nothing and says how
/// many changed; a failure is reported and exits with status 1.
func write(_ files: [OutputFile], into folder: String, kind: String) throws {
    do {
        let outcomes = try OutputWriter.write(files, into: folder)
        let written = outcomes.filter { $0 == .written }.count
        FileHandle.standardError.write(Data("errcat: \(files.count) \(kind) file(s), \(written) updated\n".utf8))
    } catch {
        report(error: "\(error)")
        throw ExitCode.failure
    }
}

/// Writes one file all or nothing; a failure is reported and exits with status 1.
func write(_ text: String, to path: String) throws {
    do {
        try OutputWriter.write(text, to: path)
    } catch {
        report(error: "\(error)")
        throw ExitCode.failure
    }
}

/// Writes `files` at their own paths (relative to the current folder, or absolute) all or
/// nothing; a failure is reported and exits with status 1.
func write(_ files: [OutputFile]) throws {
    do {
        try OutputWriter.write(files, into: ".")
    } catch {
        report(error: "\(error)")
        throw ExitCode.failure
    }
}

/// Prints `errcat: error: message` to standard error.
func report(error message: String) {
    FileHandle.standardError.write(Data("errcat: error: \(message)\n".utf8))
}

/// Prints `diagnostics` to standard error, sorted by file and position.
func report(_ diagnostics: DiagnosticList) {
    for diagnostic in diagnostics.sorted {
        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }
}
