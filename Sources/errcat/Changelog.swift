import ArgumentParser
import ErrorCatalogCompiler
import Foundation

/// `errcat changelog`: release notes from the ledger.
struct Changelog: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write release notes in Markdown from the ledger: added, deprecated, removed and changed, per release.")

    @OptionGroup var input: CatalogInput

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @Flag(help: "Leave out the changes not yet released.")
    var releasedOnly = false

    func run() throws {
        let loaded = try input.load()
        let text = ChangelogEmitter.markdown(loaded.ledger, pending: releasedOnly ? nil : loaded.comparison)
        guard let out else {
            print(text, terminator: "")
            return
        }
        do {
            try OutputWriter.write(text, to: out)
        } catch {
            report(error: "\(error)")
            throw ExitCode.failure
        }
    }
}
