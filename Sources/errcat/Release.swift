import ArgumentParser
import ErrorCatalogCompiler
import Foundation

/// `errcat release`: records the catalogs' state as a release in the ledger.
struct Release: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record the catalogs as a release in the ledger, giving new entries their stable ids.",
        discussion: """
            Refuses (exit status 1, ledger untouched) a version that is not above the last release \
            or too small for the changes since it, and any reuse of a removed entry's code or name.
            """)

    @Argument(help: "The release's version, such as 1.4.0.")
    var version: String

    @OptionGroup var input: CatalogInput

    func validate() throws {
        guard SemanticVersion(version) != nil else {
            report(error: "'\(version)' is not a version such as 1.4.0")
            throw ExitCode.failure
        }
    }

    func run() throws {
        guard let version = SemanticVersion(version) else { throw ExitCode.failure }  // validate() said why
        let identified = try input.load()
        let comparison = identified.comparison
        if let refusal = comparison.refusal(for: version) {
            report(CheckReport.diagnostics(comparison))
            report(error: "cannot release \(version): \(refusal)")
            throw ExitCode.failure
        }
        try write(LedgerWriter.text(identified.history.releasing(version, with: comparison)), to: input.ledgerPath)
        let changes = identified.history.latest == nil ? "first release" : "\(comparison.findings.count) change(s)"
        print(
            "released \(version): \(identified.catalogs.count) catalog(s), \(identified.entryCount) entries, "
                + "\(changes); ledger \(input.ledgerPath)"
        )
    }
}
