import ArgumentParser
import ErrorCatalogCompiler
import Foundation

/// `errcat check`: what changed since the last release, and what it needs.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare the catalogs with the last release in the ledger.",
        discussion: """
            Every change is reported with its rule, the entry and its location, and the version bump \
            it needs. Exit status: 0 when no unacknowledged breaking change is pending (or nothing \
            is released yet), 1 otherwise, 2 when the catalogs or the ledger cannot be read.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var input: CatalogInput

    @Option(help: "Compare with this ledger file instead of the catalogs' own.")
    var against: String?

    @Option(help: "The version the changes will be released as; a major one acknowledges every breaking change.")
    var next: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func validate() throws {
        if let next, SemanticVersion(next) == nil {
            report(error: "--next '\(next)' is not a version such as 2.0.0")
            throw ExitCode(2)
        }
    }

    func run() throws {
        let nextVersion = next.flatMap(SemanticVersion.init)
        let comparison = try input.load(against: against, next: nextVersion, failure: ExitCode(2)).comparison
        switch format {
        case .json: print(CheckReport.json(comparison), terminator: "")
        case .text:
            report(CheckReport.diagnostics(comparison))
            print(CheckReport.summary(comparison))
        }
        if comparison.hasUnacknowledgedBreakingChanges { throw ExitCode.failure }
    }
}
