import Foundation

/// The catalogs under some paths together with their ledger, compared: what every command
/// that knows about releases starts from.
public struct ReleaseInput: Sendable {
    /// The front end's result; its catalogs have moved to ``comparison``.
    public var frontEnd: FrontEnd.Result
    /// The ledger; `nil` when it could not be read (see ``diagnostics``).
    public var ledger: Ledger?
    /// The comparison, when the catalogs and the ledger were both usable.
    public var comparison: ReleaseComparison?
    /// Every diagnostic: the front end's, the ledger's and the comparison's.
    public var diagnostics: DiagnosticList

    /// Runs `frontEnd` on `paths` and reads the ledger at `ledgerPath` at the same time (the
    /// ledger is one file of about the catalogs' size, read on its own core while the
    /// catalogs are parsed), then compares. A missing ledger is an empty one unless
    /// `ledgerRequired`.
    public init(
        paths: [String], ledgerPath: String, ledgerRequired: Bool = false, next: SemanticVersion? = nil,
        frontEnd: FrontEnd = FrontEnd()
    ) {
        let large = (try? FileManager.default.attributesOfItem(atPath: ledgerPath)[.size] as? Int).map { $0 >= Parallel.minimumBytes } ?? false
        let results = Parallel.map(2, concurrently: large) { job -> Job in
            if job == 0 { return .frontEnd(frontEnd.run(paths: paths)) }
            var diagnostics = DiagnosticList()
            let ledger = LedgerReader.load(ledgerPath, required: ledgerRequired, diagnostics: &diagnostics)
            return .ledger(ledger, diagnostics)
        }
        guard case .frontEnd(var result) = results[0], case .ledger(let ledger, let ledgerDiagnostics) = results[1] else {
            preconditionFailure("jobs return their own kind")
        }
        // The comparison takes the catalogs over, so it fills in ids without copying entries.
        let catalogs = result.catalogs
        result.catalogs = []
        self.frontEnd = result
        self.ledger = ledger
        diagnostics = result.diagnostics
        diagnostics.append(contentsOf: ledgerDiagnostics)
        if let ledger, !diagnostics.hasErrors {
            let comparison = ReleaseComparison(consume catalogs, ledger: ledger, next: next)
            diagnostics.append(contentsOf: comparison.diagnostics)
            self.comparison = comparison
        }
    }

    private enum Job {
        case frontEnd(FrontEnd.Result)
        case ledger(Ledger?, DiagnosticList)
    }
}
