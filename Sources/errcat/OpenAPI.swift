import ArgumentParser
import ErrorCatalogCompiler
import Foundation

/// `errcat openapi`: an OpenAPI 3.1 document per catalog.
struct OpenAPI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi",
        abstract: "Write an OpenAPI 3.1 document per catalog: the code schema, the problem schema and a response per HTTP status.")

    @OptionGroup var input: CatalogInput

    @Option(help: "The folder to write <Catalog>.openapi.json into.")
    var out: String

    func run() throws {
        let loaded = try input.load()
        let emitter = OpenAPIEmitter(version: loaded.ledger.latest?.description ?? "0.0.0")
        let files = loaded.catalogs.map { ((out as NSString).appendingPathComponent(OpenAPIEmitter.fileName($0)), emitter.document($0)) }
        try write(files, into: [out], kind: "OpenAPI")
    }
}
