#if canImport(FoundationEssentials)
import struct FoundationEssentials.URL
#else
import struct Foundation.URL
#endif

/// Which of a target's files the plugins read: the one file filter both plugins share.
enum CatalogFiles {
    /// The catalog YAML files among `files` (`*.yaml`, `*.yml`), sorted by path: every YAML
    /// file that is not a translation.
    static func catalogs(in files: [URL]) -> [URL] {
        let translations = Set(translations(in: files).map { $0.path(percentEncoded: false) })
        return sorted(yaml(files).filter { !translations.contains($0.path(percentEncoded: false)) })
    }

    /// The translations among `files`, sorted by path: `name.LOCALE.yaml` beside a catalog
    /// `name.yaml` (or `.yml`) in the same folder, such as `integration-hub.de.yaml`. They are
    /// inputs of the catalog's generated Swift, not files of their own.
    static func translations(in files: [URL]) -> [URL] {
        let all = yaml(files)
        let stems = Set(all.map { $0.deletingPathExtension().path(percentEncoded: false) })
        return sorted(
            all.filter { file in
                let stem = file.deletingPathExtension()
                return !stem.pathExtension.isEmpty
                    && stems.contains(stem.deletingPathExtension().path(percentEncoded: false))
            })
    }

    static func yaml(_ files: [URL]) -> [URL] {
        files.filter { ["yaml", "yml"].contains($0.pathExtension) }
    }

    /// The release ledgers among `files` (`*.ledger`), sorted by path.
    static func ledgers(in files: [URL]) -> [URL] {
        sorted(files.filter { $0.pathExtension == "ledger" })
    }

    static func sorted(_ files: [URL]) -> [URL] {
        files.sorted { $0.path(percentEncoded: false) < $1.path(percentEncoded: false) }
    }
}
