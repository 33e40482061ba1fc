#if canImport(FoundationEssentials)
import struct FoundationEssentials.URL
#else
import struct Foundation.URL
#endif

/// Which of a target's files the plugins read: the one file filter both plugins share.
enum CatalogFiles {
    /// The catalog YAML files among `files` (`*.yaml`, `*.yml`), sorted by path.
    static func catalogs(in files: [URL]) -> [URL] {
        sorted(files.filter { ["yaml", "yml"].contains($0.pathExtension) })
    }

    /// The release ledgers among `files` (`*.ledger`), sorted by path.
    static func ledgers(in files: [URL]) -> [URL] {
        sorted(files.filter { $0.pathExtension == "ledger" })
    }

    static func sorted(_ files: [URL]) -> [URL] {
        files.sorted { $0.path(percentEncoded: false) < $1.path(percentEncoded: false) }
    }
}
