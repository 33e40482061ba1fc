@testable import ErrorCatalogCompiler
import Foundation
import Testing

/// A real table copied from HTML documentation: the start of PostgreSQL 15's error-codes
/// appendix as pandoc exports its HTML to Markdown (`Fixtures/import/postgresql-errcodes.md`):
/// a navigation table, `<div>` blocks, a caption, class rows in bold inside a `<span>`, and a
/// second column of condition names in code spans.
@Suite struct HTMLExportImportTests {
    static let file = ImportTests.fixtures.appendingPathComponent("import/postgresql-errcodes.md")

    func run(_ importer: CatalogImporter = CatalogImporter()) throws -> ImportOutcome {
        importer.outcome(try [UInt8](Data(contentsOf: Self.file)), file: "postgresql-errcodes.md", format: .markdown)
    }

    @Test func classRowsAreCategoriesAndConditionNamesTitleAndNameTheEntries() throws {
        let result = try run()
        let yaml = try #require(result.yaml)
        #expect(!yaml.contains("- code: \"**Class") && !yaml.contains("- code: \"Class"), "a class row became an entry")
        #expect(!yaml.contains("div"), "an HTML block line became a category")
        var diagnostics = DiagnosticList()
        let catalog = Pipeline().checkedCatalog(Array(yaml.utf8), file: "p.yaml", diagnostics: &diagnostics)
        // Without a meaning or remedy column the catalog is left to fill in: TODOs, so lint refuses it.
        #expect(catalog == nil && diagnostics.hasErrors)
        let entries = yaml.components(separatedBy: "\n  - code: ").dropFirst()
        #expect(
            entries.map { $0.prefix(7) } == [
                "\"00000\"", "\"01000\"", "\"0100C\"", "\"01008\"", "\"01003\"", "\"01007\"", "\"01006\"", "\"01004\"",
                "\"01P01\"", "\"02000\"", "\"02001\"", "\"23000\"", "\"23001\"", "\"23502\"",
            ])
        #expect(yaml.contains("catalog: PostgreSQLErrorCodes\ntitle: \"PostgreSQL Error Codes\"\n"))
        #expect(
            yaml.contains(
                "  - id: class-00-successful-completion\n" + "    title: \"Class 00 — Successful Completion\"\n"))
        #expect(yaml.components(separatedBy: "\n  - id: ").count - 1 == 4)  // classes 00, 01, 02 and 23
        #expect(
            yaml.contains(
                "  - code: \"0100C\"\n    name: dynamicResultSetsReturned\n    title: "
                    + "\"dynamic_result_sets_returned\"\n    category: class-01-warning\n"
            ))
    }

    @Test func aMissingColumnIsOneNotePerTableAndDefaultsFillIt() throws {
        let messages = try run().diagnostics.sorted.map(\.description)
        #expect(messages.filter { $0.contains("warning") } == [])
        #expect(messages.filter { $0.contains("has no meaning column") }.count == 1)
        #expect(messages.filter { $0.contains("has no remedy column") }.count == 1)
        let filled = try run(
            CatalogImporter(defaults: [
                "meaning": "SQLSTATE {code}, {title} ({category}).", "remedy": "See the appendix.",
            ]))
        #expect(
            filled.diagnostics.sorted.filter {
                $0.message.contains("column (") && !$0.message.contains("no code column")
            } == [])
        let yaml = try #require(filled.yaml)
        #expect(
            yaml.contains(
                "    meaning: \"SQLSTATE 23001, restrict_violation (Class 23 — Integrity Constraint Violation).\"\n"))
        var diagnostics = DiagnosticList()
        let catalog = try #require(
            Pipeline().checkedCatalog(Array(yaml.utf8), file: "p.yaml", diagnostics: &diagnostics))
        #expect(!diagnostics.hasErrors)
        #expect(catalog.entries.count == 14)
        #expect(catalog.entries.first?.name == "successfulCompletion")
    }
}
