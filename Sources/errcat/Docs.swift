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
        let catalogs = try input.load().catalogs
        let files = DocsEmitter(siteName: siteName).emit(catalogs).map {
            ((out as NSString).appendingPathComponent($0.path), $0.contents)
        }
        try write(files, into: [(out as NSString).appendingPathComponent("docs"), out], kind: "docs")
    }
}
