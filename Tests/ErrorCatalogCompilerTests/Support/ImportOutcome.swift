import ErrorCatalogCompiler

/// An import's catalog (nil when the input had an error) with everything it reported, for tests
/// that look at both.
struct ImportOutcome {
    var yaml: String?
    var diagnostics: DiagnosticList
    var entryCount: Int { imported?.entryCount ?? 0 }
    var imported: CatalogImporter.ImportedCatalog?

    init(yaml: String) {
        self.yaml = yaml
        self.diagnostics = DiagnosticList()
    }

    init(_ importer: CatalogImporter, _ bytes: [UInt8], file: String, format: CatalogImporter.Format) {
        var diagnostics = DiagnosticList()
        imported = importer.run(bytes, file: file, format: format, diagnostics: &diagnostics)
        yaml = imported?.yaml
        self.diagnostics = diagnostics
    }
}

extension CatalogImporter {
    /// `run(_:file:format:diagnostics:)` with what it reported.
    func outcome(_ bytes: [UInt8], file: String, format: Format) -> ImportOutcome {
        ImportOutcome(self, bytes, file: file, format: format)
    }
}
