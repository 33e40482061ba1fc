import ArgumentParser
import ErrorCatalogCompiler
import Foundation

/// `errcat changelog`: release notes from the ledger.
struct Changelog: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Write release notes in Markdown from the ledger: added, deprecated, removed and changed, per release.")

    @OptionGroup var input: CatalogInput

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @Flag(help: "Leave out the changes not yet released.")
    var releasedOnly = false

    func run() throws {
        let text = ChangelogEmitter.markdown(try input.load(), releasedOnly: releasedOnly)
        guard let out else {
            print(text, terminator: "")
            return
        }
        try write(text, to: out)
    }
}
