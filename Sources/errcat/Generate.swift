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
        let catalogs = try input.load().catalogs
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
        try write(files, into: [swiftOut], kind: "Swift")
    }
}

/// Prints `errcat: error: message` to standard error.
func report(error message: String) {
    FileHandle.standardError.write(Data("errcat: error: \(message)\n".utf8))
}

/// Writes generated files (each atomically, unchanged ones untouched) after creating
/// `folders`, and says how many changed; a failure is reported and exits with status 1.
func write(_ files: [(path: String, contents: String)], into folders: [String], kind: String) throws {
    do {
        for folder in folders.dropLast() { _ = try OutputWriter.write([], into: folder) }
        let outcomes = try OutputWriter.write(files, into: folders.last ?? ".")
        let written = outcomes.filter { $0 == .written }.count
        FileHandle.standardError.write(Data("errcat: \(files.count) \(kind) file(s), \(written) updated\n".utf8))
    } catch {
        report(error: "\(error)")
        throw ExitCode.failure
    }
}
