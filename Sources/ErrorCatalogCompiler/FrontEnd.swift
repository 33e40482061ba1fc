/// Parse and check: from paths to checked catalogs and every diagnostic found.
public struct FrontEnd: Sendable {
    /// Bounds on each file.
    public var limits: ParseLimits

    /// How many pieces to parse each file in; `nil` lets the parser choose (one per core
    /// for large files).
    public var pieces: Int?

    /// A front end with the given limits.
    public init(limits: ParseLimits = .default, pieces: Int? = nil) {
        self.limits = limits
        self.pieces = pieces
    }

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
    /// bytes are released once parsed, and the document once decoded, so memory peaks at
    /// about one of them plus the catalog.
    public func check(_ bytes: consuming [UInt8], file: String, diagnostics: inout DiagnosticList) -> Catalog? {
        // A large file is parsed in pieces on several cores; each core decodes its piece's
        // entries too (the pieces' documents share nothing, so the cores never contend).
        let parsed = YAMLParser.parse(consume bytes, file: file, limits: limits, pieces: pieces, diagnostics: &diagnostics) {
            document, items in CatalogDecoder.decodeEntries(items, in: document)
        }
        guard let parsed else { return nil }
        var decoder = CatalogDecoder(document: parsed.document)
        let decoded = decoder.decode(entries: parsed.pieces.map { ($0.sequence, CatalogDecoder.Entries(joining: $0.values)) })
        diagnostics.append(contentsOf: decoder.diagnostics)
        let decodingFailed = decoder.diagnostics.hasErrors
        let locations = NodeLocations(parsed.document)
        _ = consume decoder
        _ = consume parsed
        guard case (var catalog, let sources)? = consume decoded else { return nil }
        var validator = CatalogValidator(locations: locations)
        validator.validate(&catalog, sources: sources)
        diagnostics.append(contentsOf: validator.diagnostics)
        return decodingFailed || validator.diagnostics.hasErrors ? nil : catalog
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
