@testable import ErrorCatalogCompiler

/// The walks tests take along the pipeline, with no ledger unless one is given.
extension Pipeline {
    /// What a walk from paths to identified catalogs gives.
    struct Walk {
        var identified: IdentifiedCatalogs
        var diagnostics: DiagnosticList
        var catalogs: [Catalog] { identified.catalogs }
    }

    /// Paths → checked catalogs → identified against `history` (empty: nothing released).
    func run(paths: [String], history: Ledger = Ledger()) -> Walk {
        var diagnostics = DiagnosticList()
        let checked = checkedCatalogs(at: paths, diagnostics: &diagnostics)
        let identified = identify(checked, history: history)
        diagnostics.append(contentsOf: identified.comparison.diagnostics)
        return Walk(identified: identified, diagnostics: diagnostics)
    }

    /// One file's bytes → its catalog identified against `history`, or `nil` when it has errors.
    func identified(
        _ bytes: [UInt8], file: String, history: Ledger = Ledger(), diagnostics: inout DiagnosticList
    ) -> Catalog? {
        guard let catalog = checkedCatalog(bytes, file: file, diagnostics: &diagnostics) else { return nil }
        return identify(CheckedCatalogs(catalogs: [catalog]), history: history).catalogs.first
    }
}

extension IdentifiedCatalogs {
    /// Catalogs (identified or not) identified against `history`.
    init(_ catalogs: [Catalog], history: Ledger = Ledger()) {
        self.init(CheckedCatalogs(catalogs: catalogs), history: history, next: nil)
    }
}

extension DocsEmitter {
    /// The site of `catalogs` with `history`, in memory.
    func emit(_ catalogs: [Catalog], history: Ledger = Ledger()) -> [(path: String, contents: String)] {
        emit(IdentifiedCatalogs(catalogs, history: history)).map { ($0.path, $0.contents) }
    }
}
