import ArgumentParser
import ErrorCatalogCompiler
import Foundation

/// The options every command that reads catalogs shares.
struct CatalogInput: ParsableArguments {
    @Argument(help: "Catalog files, or folders searched recursively for *.yaml and *.yml.")
    var paths: [String] = ["catalog"]

    @Option(help: "The release ledger (default: catalog.ledger in the first folder, or beside the first file).")
    var ledger: String?

    @Option(help: "The largest catalog file read, in bytes.")
    var maxFileSize: Int = ParseLimits.default.maxFileBytes

    @Flag(help: "Treat warnings as errors.")
    var warningsAsErrors = false

    /// The ledger's path.
    var ledgerPath: String { ledger ?? LedgerReader.defaultPath(for: paths) }

    /// What the catalogs and their ledger hold.
    struct Loaded {
        /// The catalogs, with ids, `since` and former names from the ledger.
        var catalogs: [Catalog]
        /// The ledger (empty before the first release).
        var ledger: Ledger
        /// The catalogs compared with the ledger's last release.
        var comparison: ReleaseComparison
    }

    /// Runs the front end, reads the ledger and compares; prints diagnostics to standard error
    /// and exits with `failure` when there are errors.
    func load(against: String? = nil, next: SemanticVersion? = nil, failure: ExitCode = .failure) throws -> Loaded {
        var limits = ParseLimits.default
        limits.maxFileBytes = maxFileSize
        let input = ReleaseInput(
            paths: paths, ledgerPath: against ?? ledgerPath, ledgerRequired: against != nil, next: next,
            frontEnd: FrontEnd(limits: limits))
        var diagnostics = input.diagnostics
        let (ledger, comparison) = (input.ledger, input.comparison)
        if warningsAsErrors { diagnostics = diagnostics.promotingWarnings() }
        report(diagnostics)
        guard let ledger, let comparison, !diagnostics.hasErrors else { throw failure }
        return Loaded(catalogs: comparison.catalogs, ledger: ledger, comparison: comparison)
    }
}

/// Prints `diagnostics` to standard error, sorted by file and position.
func report(_ diagnostics: DiagnosticList) {
    for diagnostic in diagnostics.sorted {
        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }
}
