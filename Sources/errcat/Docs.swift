import ArgumentParser
import ErrorCatalogCompiler
import Foundation

/// `errcat docs`: writes a documentation site's sources.
struct Docs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write Markdown docs (index, a page per catalog, errors.json) and mkdocs.yml.")

    @OptionGroup var input: CatalogInput

    @Option(help: "The folder to write the site sources into (mkdocs.yml and docs/).")
    var out: String

    @Option(help: "The site's name.")
    var siteName = "Error codes"

    func run() throws {
        let catalogs = try input.load()
        let files = DocsEmitter(siteName: siteName).emit(catalogs).map {
            ((out as NSString).appendingPathComponent($0.path), $0.contents)
        }
        do {
            _ = try OutputWriter.write([], into: (out as NSString).appendingPathComponent("docs"))
            let outcomes = try OutputWriter.write(files, into: out)
            let written = outcomes.filter { $0 == .written }.count
            FileHandle.standardError.write(Data("errcat: \(files.count) docs file(s), \(written) updated\n".utf8))
        } catch {
            report(error: "\(error)")
            throw ExitCode.failure
        }
    }
}
