/// Parse and check: from paths to checked catalogs and every diagnostic found.
public struct FrontEnd: Sendable {
    /// Bounds on each file.
    public var limits: ParseLimits

    /// A front end with the given limits.
    public init(limits: ParseLimits = .default) { self.limits = limits }

    /// The result of a run.
    public struct Result: Sendable {
        /// The catalogs that parsed and checked without errors, sorted by name.
        public var catalogs: [Catalog]
        /// Every diagnostic, in the order found.
        public var diagnostics: DiagnosticList
    }

    /// Loads, parses and checks every catalog file under `paths`.
    public func run(paths: [String]) -> Result {
        var diagnostics = DiagnosticList()
        let files = SourceFiles.discover(paths, diagnostics: &diagnostics)
        var catalogs: [Catalog] = []
        for file in files {
            guard let bytes = SourceFiles.read(file, limit: limits.maxFileBytes, diagnostics: &diagnostics) else { continue }
            if let catalog = check(consume bytes, file: file, diagnostics: &diagnostics) { catalogs.append(catalog) }
        }
        return Result(catalogs: crossCheck(catalogs, diagnostics: &diagnostics), diagnostics: diagnostics)
    }

    /// Parses and checks one file's bytes; `nil` when it has errors (all reported). The
    /// bytes are released once parsed, before the catalog is decoded.
    public func check(_ bytes: consuming [UInt8], file: String, diagnostics: inout DiagnosticList) -> Catalog? {
        let parsed = YAMLParser.parse(bytes, file: file, limits: limits, diagnostics: &diagnostics)
        _ = consume bytes
        guard let document = parsed else { return nil }
        var decoder = CatalogDecoder(document: document)
        let decoded = decoder.decode()
        diagnostics.append(contentsOf: decoder.diagnostics)
        guard let (decodedCatalog, drafts) = decoded else { return nil }
        var catalog = decodedCatalog
        var validator = CatalogValidator(document: document)
        validator.validate(&catalog, drafts: drafts)
        diagnostics.append(contentsOf: validator.diagnostics)
        let failed = decoder.diagnostics.hasErrors || validator.diagnostics.hasErrors
        return failed ? nil : catalog
    }

    /// Reports a catalog declared in more than one file; returns the catalogs sorted by name.
    func crossCheck(_ catalogs: [Catalog], diagnostics: inout DiagnosticList) -> [Catalog] {
        var byName: [String: Catalog] = [:]
        for catalog in catalogs.sorted(by: { $0.location < $1.location }) {
            if let first = byName[catalog.name] {
                diagnostics.error(
                    "catalog '\(catalog.name)' is declared in more than one file", at: catalog.location,
                    notes: [Diagnostic(.note, "first declared here", at: first.location)])
            } else {
                byName[catalog.name] = catalog
            }
        }
        return byName.values.sorted { $0.name < $1.name }
    }
}
