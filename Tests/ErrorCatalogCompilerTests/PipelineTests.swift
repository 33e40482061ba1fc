@testable import ErrorCatalogCompiler
import ErrorCatalog
import Foundation
import Testing

/// The pipeline's stages hand on what they promise: ids, `since` and former names come only
/// from the identify stage, with or without a ledger, and every later stage sees them.
@Suite struct PipelineTests {
    static let yaml = """
        catalog: Payments
        title: Payments
        errors:
          - {code: A, meaning: a., remedy: r.}
          - {code: B, meaning: b., remedy: r.}
          - {code: C, meaning: c., remedy: r.}

        """

    /// The same catalog with its entries in another order, one renamed and one added.
    static let reordered = """
        catalog: Payments
        title: Payments
        errors:
          - {code: NEW, meaning: n., remedy: r.}
          - {code: C, meaning: c., remedy: r.}
          - {code: A, meaning: a., remedy: r.}
          - {code: B, name: bee, renamed_from: b, meaning: b., remedy: r.}

        """

    func checked(_ text: String) throws -> CheckedCatalogs {
        var diagnostics = DiagnosticList()
        let catalog = Pipeline().checkedCatalog(Array(text.utf8), file: "p.yaml", diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty)
        return Pipeline().merge([try #require(catalog)], diagnostics: &diagnostics)
    }

    @Test func checkedCatalogsHaveNoIdsUntilTheIdentifyStage() throws {
        let checked = try checked(Self.yaml)
        #expect(checked.catalogs[0].entries.map(\.assignedID) == [0, 0, 0])  // reading `id` would trap
        #expect(checked.catalogs[0].entries.map(\.since) == [nil, nil, nil])
        // Without a ledger: file order from 1, nothing released.
        let identified = Pipeline().identify(checked, history: Ledger())
        #expect(identified.catalogs[0].entries.map(\.id) == [1, 2, 3])
        #expect(identified.catalogs[0].entries.map(\.since) == [nil, nil, nil])
    }

    @Test func withALedgerIdsSinceAndFormerNamesAreTheLedgers() throws {
        let first = Pipeline().identify(try checked(Self.yaml), history: Ledger())
        let history = Ledger().releasing(SemanticVersion("1.0.0")!, with: first.comparison)
        let identified = Pipeline().identify(try checked(Self.reordered), history: history)
        let entries = identified.catalogs[0].entries
        #expect(entries.map(\.code) == ["NEW", "C", "A", "B"])
        #expect(entries.map(\.id) == [4, 3, 1, 2])
        #expect(entries.map(\.since) == [nil, "1.0.0", "1.0.0", "1.0.0"])
        #expect(entries[3].formerNames == ["b"])
        // Emitters see exactly those ids: the generated numeric ids and errors.json.
        let swift = try SwiftEmitter().emit(identified)[0].contents
        #expect(swift.contains("public static var b: Payments { .bee }"))
        let json = try #require(DocsEmitter().emit(identified).first { $0.path == "docs/errors.json" }).contents
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let errors = ((decoded?["catalogs"] as? [[String: Any]])?.first?["errors"] as? [[String: Any]]) ?? []
        #expect(errors.map { $0["id"] as? Int } == [4, 3, 1, 2])
    }

    @Test func aLargeCatalogDecodesOnEveryCoreExactlyAsInOnePass() throws {
        // Over Parallel.minimumEntries entries, with mistakes spread over the file.
        var text = "catalog: Big\ntitle: Big\nerrors:\n"
        for index in 0..<3_000 {
            text +=
                index % 997 == 5
                ? "  - {code: E\(index), meaning: [not, text], remedy: r}\n"
                : "  - {code: E\(index), meaning: m\(index), remedy: r}\n"
        }
        var oneRun = DiagnosticList()
        var parsed = DiagnosticList()
        let document = try #require(
            YAMLParser.parse(Array(text.utf8), file: "big.yaml", pieces: 1, diagnostics: &parsed))
        var decoder = CatalogDecoder(document: document)
        var sequential = CatalogDecoder.Entries()
        for item in document.children(of: try #require(errorsNode(document))).map(Int.init) {
            if let entry = decoder.decodeEntry(item) { sequential.append(entry) }
        }
        oneRun.append(contentsOf: decoder.diagnostics)
        var everyCore = DiagnosticList()
        let decoded = try #require(Pipeline().decode(document, diagnostics: &everyCore))
        #expect(decoded.catalog.entries.map(\.code) == sequential.entries.map(\.code))
        #expect(decoded.catalog.entries.map(\.location) == sequential.entries.map(\.location))
        #expect(everyCore.all.map(\.description) == oneRun.all.map(\.description))
        #expect(everyCore.all.count == 4)
    }

    func errorsNode(_ document: YAMLDocument) -> Int? {
        guard let root = document.root else { return nil }
        return document.pairs(of: root).first { document.value($0.0) == "errors" }?.1
    }
}
