import ArgumentParser
import ErrorCatalogCompiler
import Foundation

/// The options every command that reads catalogs shares.
struct CatalogInput: ParsableArguments {
    @Argument(help: "Catalog files, or folders searched recursively for *.yaml and *.yml.")
    var paths: [String] = ["catalog"]

    @Option(help: "The largest catalog file read, in bytes.")
    var maxFileSize: Int = ParseLimits.default.maxFileBytes

    @Flag(help: "Treat warnings as errors.")
    var warningsAsErrors = false

    /// Runs the front end, prints its diagnostics to standard error, and returns the
    /// catalogs; exits with status 1 when there are errors.
    func load() throws -> [Catalog] {
        var limits = ParseLimits.default
        limits.maxFileBytes = maxFileSize
        let result = FrontEnd(limits: limits).run(paths: paths)
        let diagnostics = warningsAsErrors ? result.diagnostics.promotingWarnings() : result.diagnostics
        report(diagnostics)
        if diagnostics.hasErrors { throw ExitCode.failure }
        return result.catalogs
    }
}

/// Prints `diagnostics` to standard error, sorted by file and position.
func report(_ diagnostics: DiagnosticList) {
    for diagnostic in diagnostics.sorted {
        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }
}
