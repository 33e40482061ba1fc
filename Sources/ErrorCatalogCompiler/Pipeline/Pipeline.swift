import Foundation

/// The compiler from end to end: every command is a short walk along these stages, each of
/// which takes the previous stage's value and returns the next one's. Nothing reaches back.
///
/// ```
/// paths ─ Parse/SourceFiles ─▶ [file]
///   per file:  bytes ─ parse ─▶ YAMLDocument ─ decode ─▶ DecodedCatalog ─ validate ─▶ Catalog
///                                            └ decode ─▶ DecodedTranslation (a translation file)
///   all files: [Catalog] ─ merge ─▶ CheckedCatalogs ─ attach [DecodedTranslation] ─▶ CheckedCatalogs
/// ledger ─ Identify/LedgerReader ─▶ Ledger ─┐
///   CheckedCatalogs ─ identify ─────────────┴─▶ IdentifiedCatalogs
///   IdentifiedCatalogs ─ an emitter ─▶ [OutputFile]
///     (Swift, docs, OpenAPI, changelog, ledger, translators' files)
///   IdentifiedCatalogs + translators' files ─ TranslationImport ─▶ [OutputFile] (translation YAML)
///   [OutputFile] ─ Write/OutputWriter ─▶ files on disk, all or nothing
/// ```
///
/// Files go through parse, decode and check one at a time, so memory peaks at about one
/// file's bytes or document plus the catalogs; a large file is parsed, and its entries
/// decoded, on every core inside those stages. Every stage reports what it finds into one
/// ``DiagnosticList`` and goes on where it can, so one run reports every problem.
public struct Pipeline: Sendable {
    /// Bounds on each file.
    public var limits: ParseLimits

    /// How many pieces to parse each file in; `nil` lets the parser choose (one per core
    /// for large files).
    public var pieces: Int?

    /// Whether checking says how much each translation leaves untranslated: progress that
    /// `lint` and the docs report, and that a build does not repeat.
    public var reportsCoverage: Bool

    /// A pipeline with the given limits.
    public init(limits: ParseLimits = .default, pieces: Int? = nil, reportsCoverage: Bool = true) {
        self.limits = limits
        self.pieces = pieces
        self.reportsCoverage = reportsCoverage
    }

    // MARK: The walks the commands take

    /// Paths → checked catalogs: every catalog file under `paths` parsed, decoded and
    /// validated, the catalogs merged across files, and the translation files (`translation:`
    /// at their top) attached to the catalogs they translate.
    public func checkedCatalogs(at paths: [String], diagnostics: inout DiagnosticList) -> CheckedCatalogs {
        var files = ReadFiles()
        for file in SourceFiles.discover(paths, diagnostics: &diagnostics) {
            guard let bytes = SourceFiles.read(file, limit: limits.maxFileBytes, diagnostics: &diagnostics) else {
                continue
            }
            files.append(read(consume bytes, file: file, diagnostics: &diagnostics))
        }
        let merged = merge(files.catalogs, diagnostics: &diagnostics)
        return attach(files.translationsToAttach, to: merged, diagnostics: &diagnostics)
    }

    /// Paths and a ledger → identified catalogs, or `nil` when the catalogs or the ledger
    /// have errors (reported). The ledger, one file of about the catalogs' size, is read on
    /// its own core while the catalogs go through the front stages. A missing ledger is an
    /// empty history unless `ledgerRequired`.
    public func identifiedCatalogs(
        at paths: [String], ledgerPath: String, ledgerRequired: Bool = false, next: SemanticVersion? = nil,
        diagnostics: inout DiagnosticList
    ) -> IdentifiedCatalogs? {
        let size = try? FileManager.default.attributesOfItem(atPath: ledgerPath)[.size] as? Int
        let ((checked, checkFindings), (history, ledgerFindings)) = Parallel.both(
            concurrently: (size ?? 0) >= Parallel.minimumBytes,
            {
                var found = DiagnosticList()
                return (checkedCatalogs(at: paths, diagnostics: &found), found)
            },
            {
                var found = DiagnosticList()
                return (LedgerReader.load(ledgerPath, required: ledgerRequired, diagnostics: &found), found)
            })
        diagnostics.append(contentsOf: checkFindings)
        diagnostics.append(contentsOf: ledgerFindings)
        guard let history, !diagnostics.hasErrors else { return nil }
        let identified = identify(consume checked, history: history, next: next)
        diagnostics.append(contentsOf: identified.comparison.diagnostics)
        return identified
    }

    /// One file's bytes → its catalog parsed, decoded and validated on its own (no other file
    /// merged, no translation attached); `nil` when it has errors or is a translation.
    public func checkedCatalog(_ bytes: consuming [UInt8], file: String, diagnostics: inout DiagnosticList) -> Catalog?
    {
        guard case .catalog(let catalog) = read(consume bytes, file: file, diagnostics: &diagnostics) else {
            return nil
        }
        return catalog
    }

    // MARK: The stages

    /// What one file holds once read on its own.
    public enum ReadFile: Sendable {
        /// A catalog, validated.
        case catalog(Catalog)
        /// A translation, to be attached to its catalog.
        case translation(DecodedTranslation)
        /// A catalog with errors (all reported), with the name its `catalog:` key gives.
        case failedCatalog(String?)
    }

    /// Parse, decode and validate one file: a catalog, or a translation; `nil` when the file
    /// is no usable YAML. The bytes are kept until decoding ends (they locate problems inside
    /// strings), the document until the catalog is validated.
    public func read(_ bytes: consuming [UInt8], file: String, diagnostics: inout DiagnosticList) -> ReadFile? {
        guard let document = parse(bytes, file: file, diagnostics: &diagnostics) else { return nil }
        var decoder = CatalogDecoder(document: consume document, source: consume bytes)
        guard decoder.isTranslation else {
            var declaredName: String?
            guard
                let decoded = decodeCatalog(
                    with: consume decoder, declaredName: &declaredName, diagnostics: &diagnostics),
                let catalog = validate(decoded, diagnostics: &diagnostics)
            else { return .failedCatalog(declaredName) }
            return .catalog(catalog)
        }
        let decoded = decoder.decodeTranslation()
        diagnostics.append(contentsOf: decoder.diagnostics)
        guard let decoded, decoded.isComplete else { return nil }
        return .translation(decoded)
    }

    /// Parse: one file's bytes → its YAML document with every node's line and column.
    public func parse(_ bytes: [UInt8], file: String, diagnostics: inout DiagnosticList) -> YAMLDocument? {
        YAMLParser.parse(bytes, file: file, limits: limits, pieces: pieces, diagnostics: &diagnostics)
    }

    /// Decode: a document → the catalog it declares, every field's presence, type and range
    /// checked; `nil` when the file has no usable top level.
    /// `source`, the file's text, lets problems inside strings point at their own column.
    public func decode(
        _ document: consuming YAMLDocument, source: [UInt8]? = nil, diagnostics: inout DiagnosticList
    ) -> DecodedCatalog? {
        var declaredName: String?
        return decodeCatalog(
            with: CatalogDecoder(document: consume document, source: source), declaredName: &declaredName,
            diagnostics: &diagnostics)
    }

    /// Decode with a decoder over the document, giving also the name its `catalog:` key gives
    /// when the file has errors. The decoder goes with the document and the file's text, which
    /// only decoding reads: what follows keeps only nodes' positions.
    private func decodeCatalog(
        with decoder: consuming CatalogDecoder, declaredName: inout String?, diagnostics: inout DiagnosticList
    ) -> DecodedCatalog? {
        let locations = NodeLocations(decoder.reader.document)
        let decoded = decoder.decode()
        let found = decoder.diagnostics
        declaredName = decoder.declaredName
        _ = consume decoder
        diagnostics.append(contentsOf: found)
        guard let (catalog, sources) = decoded else { return nil }
        return DecodedCatalog(catalog: catalog, isComplete: !found.hasErrors, sources: sources, locations: locations)
    }

    /// Validate: a decoded catalog → the catalog with its entries related to each other
    /// (categories, names, anchors, the catch-all, shared codes), or `nil` when it has errors.
    public func validate(_ decoded: consuming DecodedCatalog, diagnostics: inout DiagnosticList) -> Catalog? {
        var validator = CatalogValidator(locations: decoded.locations)
        validator.validate(&decoded.catalog, sources: decoded.sources)
        diagnostics.append(contentsOf: validator.diagnostics)
        return decoded.isComplete && !validator.diagnostics.hasErrors ? decoded.catalog : nil
    }

    /// Merge across files: every file's catalog → the catalogs sorted by name, a catalog
    /// declared in more than one file reported.
    public func merge(_ catalogs: [Catalog], diagnostics: inout DiagnosticList) -> CheckedCatalogs {
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
        return CheckedCatalogs(catalogs: byName.values.sorted { $0.name < $1.name })
    }

    /// Attach translations: each attached to the catalog it translates, its texts compiled
    /// against the catalog's parameters and its locale's plural rules.
    public func attach(
        _ translations: [DecodedTranslation], to checked: consuming CheckedCatalogs, diagnostics: inout DiagnosticList
    ) -> CheckedCatalogs {
        var checker = TranslationChecker()
        checker.reportsCoverage = reportsCoverage
        checked.catalogs = checker.attach(translations, to: checked.catalogs)
        diagnostics.append(contentsOf: checker.diagnostics)
        return checked
    }

    /// Identify: checked catalogs and the release history → every entry's stable id,
    /// `since` and former names, and what changed since the last release. With an empty
    /// history (nothing released), ids follow file order from 1.
    public func identify(
        _ checked: consuming CheckedCatalogs, history: Ledger, next: SemanticVersion? = nil
    ) -> IdentifiedCatalogs {
        IdentifiedCatalogs(consume checked, history: history, next: next)
    }
}

/// What the files of one walk held, once each was read on its own.
struct ReadFiles {
    var catalogs: [Catalog] = []
    var translations: [DecodedTranslation] = []
    var failed = FailedCatalogs()

    mutating func append(_ file: Pipeline.ReadFile?) {
        switch file {
        case .catalog(let catalog): catalogs.append(catalog)
        case .translation(let translation): translations.append(translation)
        case .failedCatalog(let name): failed.insert(name)
        case nil: break
        }
    }

    /// The translations to attach: a translation of a catalog that has errors waits for its
    /// catalog (it is not an orphan).
    var translationsToAttach: [DecodedTranslation] {
        translations.filter { !failed.mayInclude($0.translation.catalogName) }
    }
}

/// The catalogs whose files had errors: their translations are left for a run without them.
struct FailedCatalogs {
    var names: Set<String> = []
    /// Whether a catalog file failed before its name could be read.
    var unnamed = false

    mutating func insert(_ name: String?) {
        if let name { names.insert(name) } else { unnamed = true }
    }

    /// Whether a translation of `catalog` may be of a failed catalog.
    func mayInclude(_ catalog: String) -> Bool { unnamed || names.contains(catalog) }
}
