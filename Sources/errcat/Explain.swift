import ArgumentParser
import ErrorCatalogCompiler
import Foundation

/// `errcat explain`: what a wire code means and what to do about it.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show every entry a wire code resolves to: exact, alias, family, then catch-all.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The wire code, as a service sends it.")
    var code: String

    @OptionGroup var input: CatalogInput

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        // The catalogs' warnings are `lint`'s to show; a query names only what stops it.
        let resolver = CodeResolver(catalogs: try input.load(warnings: false).catalogs)
        let matches = resolver.resolve(code)
        switch format {
        case .json:
            print(ExplainedEntry.json(matches))
        case .text:
            print(matches.map(ExplainedEntry.text).joined(separator: "\n"), terminator: "")
        }
        if matches.isEmpty {
            let hint = resolver.suggestion(for: code).map { "; did you mean '\($0)'?" } ?? ""
            FileHandle.standardError.write(Data("errcat: error: no catalog entry matches code '\(code)'\(hint)\n".utf8))
            throw ExitCode.failure
        }
    }
}
