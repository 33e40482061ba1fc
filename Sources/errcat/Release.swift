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

    func run() throws {
        guard let version = SemanticVersion(version) else {
            report(error: "'\(self.version)' is not a version such as 1.4.0")
            throw ExitCode.failure
        }
        let loaded = try input.load()
        if let refusal = loaded.comparison.refusal(for: version) {
            report(CheckReport.diagnostics(loaded.comparison))
            report(error: "cannot release \(version): \(refusal)")
            throw ExitCode.failure
        }
        let ledger = loaded.ledger.releasing(version, with: loaded.comparison)
        do {
            try OutputWriter.write(LedgerWriter.text(ledger), to: input.ledgerPath)
        } catch {
            report(error: "\(error)")
            throw ExitCode.failure
        }
        let entries = loaded.catalogs.reduce(0) { $0 + $1.entries.count }
        let changes = loaded.ledger.latest == nil ? "first release" : "\(loaded.comparison.findings.count) change(s)"
        print("released \(version): \(loaded.catalogs.count) catalog(s), \(entries) entries, \(changes); ledger \(input.ledgerPath)")
    }
}
