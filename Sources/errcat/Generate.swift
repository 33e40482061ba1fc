import ArgumentParser
import ErrorCatalogCompiler
import Foundation

/// `errcat generate`: writes one Swift file per catalog.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compile catalogs into Swift: one enum per catalog over a static perfect-hash table.")

    enum FileNaming: String, ExpressibleByArgument, CaseIterable {
        /// `<Catalog>.swift`.
        case catalog
        /// `<yaml file name>.swift`, for build plugins that must name outputs before running.
        case source
    }

    @OptionGroup var input: CatalogInput

    @Option(name: .customLong("swift-out"), help: "The folder to write Swift files into.")
    var swiftOut: String

    @Option(help: "Name files after the catalog (catalog) or after its YAML file (source).")
    var fileNaming: FileNaming = .catalog

    func run() throws {
        let catalogs = try input.load()
        // Everything is generated in memory first: an error leaves the output folder as it was.
        var files: [(path: String, contents: String)] = []
        var names: [String: String] = [:]
        for catalog in catalogs {
            let sourceName = (catalog.location.file as NSString).lastPathComponent
            let stem = fileNaming == .catalog ? catalog.name : (sourceName as NSString).deletingPathExtension
            if let other = names[stem] {
                report(error: "\(catalog.location.file) and \(other) would both write \(stem).swift; rename one file")
                throw ExitCode.failure
            }
            names[stem] = catalog.location.file
            do {
                let text = try SwiftEmitter().emit(catalog, source: sourceName)
                files.append(((swiftOut as NSString).appendingPathComponent(stem + ".swift"), text))
            } catch {
                report(error: "\(catalog.location): cannot build the lookup table: \(error)")
                throw ExitCode.failure
            }
        }
        do {
            let outcomes = try OutputWriter.write(files, into: swiftOut)
            let written = outcomes.filter { $0 == .written }.count
            FileHandle.standardError.write(Data("errcat: \(files.count) Swift file(s), \(written) updated\n".utf8))
        } catch {
            report(error: "\(error)")
            throw ExitCode.failure
        }
    }
}

/// Prints `errcat: error: message` to standard error.
func report(error message: String) {
    FileHandle.standardError.write(Data("errcat: error: \(message)\n".utf8))
}
