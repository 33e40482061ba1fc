import ArgumentParser
import ErrorCatalogCompiler
import Foundation

/// `errcat generate`: writes one Swift file per catalog.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compile catalogs into Swift: one enum per catalog over a static perfect-hash table.")

    @OptionGroup var input: CatalogInput

    @Option(name: .customLong("swift-out"), help: "The folder to write Swift files into.")
    var swiftOut: String

    @Option(help: "Name files after the catalog (catalog) or after its YAML file (source).")
    var fileNaming: SwiftEmitter.FileNaming = .catalog

    func run() throws {
        // How much translations leave out is `lint`'s to say; a build reports what is wrong.
        let identified = try input.load(coverage: false)
        let files: [OutputFile]
        do {
            files = try SwiftEmitter().emit(identified, naming: fileNaming)
        } catch {
            report(error: "\(error)")
            throw ExitCode.failure
        }
        try write(files, into: swiftOut, kind: "Swift")
    }
}

extension SwiftEmitter.FileNaming: ExpressibleByArgument {}
