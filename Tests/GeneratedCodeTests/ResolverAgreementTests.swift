import ErrorCatalog
import ErrorCatalogCompiler
import ErrorCodes
import Foundation
import Testing

/// `errcat explain` resolves codes with the compiler's ``CodeResolver``; generated code
/// with its perfect-hash tables. Both must give the same entries, in the same order, for
/// every code and alias of the real catalogs, for family members, case-folded codes and
/// unknown codes (the catch-all).
@Suite struct ResolverAgreementTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..")
        .standardized.path

    func catalog(_ name: String, in folder: String) throws -> Catalog {
        var diagnostics = DiagnosticList()
        let pipeline = Pipeline()
        let checked = pipeline.checkedCatalogs(at: [Self.root + "/" + folder], diagnostics: &diagnostics)
        #expect(!diagnostics.hasErrors)
        return try #require(pipeline.identify(checked, history: Ledger()).catalogs.first { $0.name == name })
    }

    /// The codes worth asking: every code and alias, each family with every `x` a digit, each
    /// code with its case flipped and with a character added, and codes nobody has.
    func probes(_ catalog: Catalog) -> [String] {
        var codes = catalog.entries.flatMap(\.allCodes)
        for entry in catalog.entries where entry.isFamily {
            for digit in ["0", "5", "9"] {
                codes.append(String(entry.code.map { $0 == "x" || $0 == "X" ? Character(digit) : $0 }))
            }
        }
        codes += codes.map { $0.uppercased() } + codes.map { $0.lowercased() } + codes.map { $0 + "1" }
        return codes + ["", "NO_SUCH_CODE", "404", "5xx", "errors.awaiting-retry.12345"]
    }

    func agree<E: CatalogError>(_ type: E.Type, _ name: String, in folder: String) throws {
        let catalog = try catalog(name, in: folder)
        let resolver = CodeResolver(catalogs: [catalog])
        for code in probes(catalog) {
            let compiler = resolver.resolve(code).map(\.entry.name)
            let runtime = E.Entry.matches(code: code).map(\.name)
            let resolved = runtime.isEmpty ? (E.Entry.catchAll.map { [$0.name] } ?? []) : runtime
            #expect(
                compiler == resolved,
                "\(name): '\(code)' resolves to \(compiler) in errcat explain but \(resolved) at run time")
            #expect(E.Entry(resolving: code)?.name == compiler.first, "\(name): '\(code)'")
            // The error type gives the same entry where it takes no arguments.
            if let entry = E.Entry(resolving: code), entry.parameters.isEmpty {
                #expect(E(resolving: code)?.entry == entry, "\(name): '\(code)'")
            }
        }
    }

    @Test func theResolverAgreesWithGeneratedCodeOnTheBundledCatalogs() throws {
        try agree(IntegrationError.self, "IntegrationError", in: "catalog")
        try agree(IntegrationHubError.self, "IntegrationHubError", in: "catalog")
        try agree(ConnectorAPIError.self, "ConnectorAPIError", in: "catalog")
        try agree(IntegrationNodeError.self, "IntegrationNodeError", in: "catalog")
        try agree(DeliveryOverviewDiscard.self, "DeliveryOverviewDiscard", in: "catalog")
    }

    @Test func theResolverAgreesWithGeneratedCodeOnFoldedAndSharedCodes() throws {
        try agree(FoldedError.self, "FoldedError", in: "Tests/GeneratedCodeTests")
        try agree(SharedError.self, "SharedError", in: "Tests/GeneratedCodeTests")
        try agree(HostileError.self, "HostileError", in: "Tests/GeneratedCodeTests")
    }
}
