import ArgumentParser
import ErrorCatalogCompiler
import Foundation

/// `errcat docs`: writes a documentation site's sources.
struct Docs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Write a Material for MkDocs site: mkdocs.yml, an index, a page per catalog, changelog pages, errors.json.")

    @OptionGroup var input: CatalogInput

    @Option(help: "The folder to write the site sources into (mkdocs.yml and docs/).")
    var out: String

    @Option(help: "The site's name.")
    var siteName = "Error codes"

    func run() throws {
        let identified = try input.load()
        try write(DocsEmitter(siteName: siteName).emit(identified), into: out, kind: "docs")
    }
}
