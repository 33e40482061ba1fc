import Foundation

extension SwiftEmitter {
    /// How generated Swift files are named.
    public enum FileNaming: String, Sendable, CaseIterable {
        /// `<Catalog>.swift`.
        case catalog
        /// `<yaml file name>.swift`, for build plugins that must name outputs before running.
        case source
    }

    /// Two catalogs that would be written to the same file.
    public struct FileClash: Error, CustomStringConvertible {
        /// The file both would write.
        public var fileName: String
        /// The two catalogs' YAML files.
        public var sources: (String, String)
        /// What clashes and what to do.
        public var description: String {
            "\(sources.1) and \(sources.0) would both write \(fileName); rename one file"
        }
    }

    /// A lookup table that could not be built.
    public struct TableFailure: Error, CustomStringConvertible {
        /// The catalog's declaration.
        public var location: SourceLocation
        /// Why.
        public var reason: String
        /// Where and why.
        public var description: String { "\(location): cannot build the lookup table: \(reason)" }
    }

    /// Two Swift files per catalog, named by `naming`: `<stem>.swift` (the type, its texts and
    /// tables) and `<stem>+Entries.swift` (``emitEntries(_:source:)``). Each file's header names
    /// its YAML file by its last path component, so the output does not depend on where the build
    /// runs.
    public func emit(_ identified: IdentifiedCatalogs, naming: FileNaming = .catalog) throws -> [OutputFile] {
        var files: [OutputFile] = []
        var owners: [String: String] = [:]
        for catalog in identified.catalogs {
            let sourceName = (catalog.location.file as NSString).lastPathComponent
            let stem = naming == .catalog ? catalog.name : (sourceName as NSString).deletingPathExtension
            let paths = Self.filePaths(stem: stem)
            for path in [paths.type, paths.entries] {
                if let other = owners[path] {
                    throw FileClash(fileName: path, sources: (other, catalog.location.file))
                }
                owners[path] = catalog.location.file
            }
            do {
                files.append(OutputFile(path: paths.type, contents: try emit(catalog, source: sourceName)))
            } catch {
                throw TableFailure(location: catalog.location, reason: "\(error)")
            }
            files.append(OutputFile(path: paths.entries, contents: emitEntries(catalog, source: sourceName)))
        }
        return files
    }

    /// The two files of a catalog whose files are named `stem`.
    static func filePaths(stem: String) -> (type: String, entries: String) {
        (stem + ".swift", stem + "+Entries.swift")
    }
}
