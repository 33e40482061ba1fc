@testable import ErrorCatalogCompiler
import Testing

@Suite struct TableLayoutTests {
    func catalog(_ yaml: String) throws -> Catalog {
        var diagnostics = DiagnosticList()
        let catalog = Pipeline().identified(Array(yaml.utf8), file: "t.yaml", diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty)
        return try #require(catalog)
    }

    @Test func textsAreSharedOnlyWhenTheirBytesAreEqual() throws {
        // "é" as one scalar and as "e" + a combining accent: equal as Swift strings, not as bytes.
        let composed = "Caf\u{E9}", decomposed = "Cafe\u{301}"
        #expect(composed == decomposed)
        let layout = TableLayout(
            try catalog(
                """
                catalog: A
                title: T
                errors:
                  - {code: A, meaning: "\(composed)", remedy: same}
                  - {code: B, meaning: "\(decomposed)", remedy: same}
                """))
        let texts = layout.strings.map { Array($0.utf8) }
        #expect(texts.contains(Array(composed.utf8)))
        #expect(texts.contains(Array(decomposed.utf8)))
        #expect(layout.strings.filter { $0 == "same" }.count == 1)
    }
}
