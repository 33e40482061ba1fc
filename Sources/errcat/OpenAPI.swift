import ArgumentParser
import ErrorCatalogCompiler
import Foundation

/// `errcat openapi`: an OpenAPI 3.1 document per catalog.
struct OpenAPI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi",
        abstract:
            "Write an OpenAPI 3.1 document per catalog: the code schema, the problem schema and a response per HTTP "
            + "status."
    )

    @OptionGroup var input: CatalogInput

    @Option(help: "The folder to write <Catalog>.openapi.json into.")
    var out: String

    func run() throws {
        try write(OpenAPIEmitter.emit(try input.load()), into: out, kind: "OpenAPI")
    }
}
