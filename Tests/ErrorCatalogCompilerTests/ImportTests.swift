@testable import ErrorCatalogCompiler
import Foundation
import Testing

/// `errcat import`: the seeds' own tables come back as the bundled catalogs, and every format's
/// quirks and hostile inputs end in a catalog or a located diagnostic.
@Suite struct ImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let catalogFolder = fixtures.appendingPathComponent("../../../catalog").standardized

    func run(
        _ text: String, _ format: CatalogImporter.Format, file: String = "in",
        importer: CatalogImporter = CatalogImporter(catalogName: "Imported", title: "Imported")
    )
        -> ImportOutcome
    {
        importer.outcome(Array(text.utf8), file: file, format: format)
    }

    /// The checked catalog of an import's YAML.
    func checked(_ result: ImportOutcome) throws -> Catalog {
        let yaml = try #require(result.yaml)
        var diagnostics = DiagnosticList()
        let catalog = Pipeline().identified(Array(yaml.utf8), file: "imported.yaml", diagnostics: &diagnostics)
        #expect(!diagnostics.hasErrors, "\(diagnostics.sorted.map(\.description))\n\(yaml)")
        return try #require(catalog)
    }

    func messages(_ result: ImportOutcome) -> [String] { result.diagnostics.sorted.map(\.description) }

    @Test func theIntegrationHubSeedComesBackAsTheBundledCatalog() throws {
        let seed = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent("seeds/integration-hub.txt")))
        let result = CatalogImporter(catalogName: "IntegrationHubError", title: "Integration Hub Service")
            .outcome(seed, file: "integration-hub.txt", format: .markdown)
        #expect(messages(result) == [])
        let imported = try checked(result)
        let bundled = try #require(
            Pipeline().run(paths: [Self.catalogFolder.appendingPathComponent("integration-hub.yaml").path]).catalogs
                .first)
        #expect(imported.entries.count == 54)
        #expect(imported.categories.map(\.id) == bundled.categories.map(\.id))
        #expect(imported.categories.map(\.title) == bundled.categories.map(\.title))
        #expect(imported.entries.map(\.code) == bundled.entries.map(\.code))
        #expect(imported.entries.map(\.name) == bundled.entries.map(\.name))
        #expect(imported.entries.map(\.httpStatus) == bundled.entries.map(\.httpStatus))
        #expect(imported.entries.map(\.category) == bundled.entries.map(\.category))
        #expect(imported.entries.map(\.title) == bundled.entries.map(\.title))
        #expect(imported.entries.map(\.meaning) == bundled.entries.map(\.meaning))
        #expect(imported.entries.map(\.remedy.text) == bundled.entries.map(\.remedy.text))
    }

    @Test func theIntegrationErrorsSeedGivesAliasesAFamilyAndTheCatchAll() throws {
        let seed = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent("seeds/integration-errors.txt")))
        let result = CatalogImporter().outcome(seed, file: "integration-errors.txt", format: .markdown)
        let yaml = try #require(result.yaml)
        #expect(yaml.hasPrefix("# yaml-language-server: $schema=catalog.schema.json\n"))
        #expect(yaml.contains("catalog: IntegrationErrorCodes\ntitle: \"Integration Error Codes\"\n"))
        // The seed has no remedy column: each remedy is a TODO, said once for the table.
        #expect(yaml.components(separatedBy: "remedy: ~  # TODO").count - 1 == 9)
        #expect(
            messages(result).first
                == "integration-errors.txt:6:1: note: this table has no remedy column (Error Codes, Reason): every "
                + "entry's remedy is left TODO; take it from a column with --map remedy=COLUMN, or give one "
                + "with --default remedy=TEXT (TEXT may hold {code}, {title} and {category})"
        )
        #expect(!messages(result).contains { $0.contains("has no remedy in the table") })
        // With the TODOs filled in, it is a catalog.
        let filled = yaml.replacingOccurrences(
            of: #"~  # TODO: what to do \([^)]*\)"#, with: "Fill me in.", options: .regularExpression)
        let catalog = try checked(ImportOutcome(yaml: filled))
        let bundled = try #require(
            Pipeline().run(paths: [Self.catalogFolder.appendingPathComponent("integration-errors.yaml").path]).catalogs
                .first)
        #expect(catalog.entries.map(\.code) == bundled.entries.map(\.code))
        let connection = try #require(catalog.entries.first { $0.code == "errors.awaiting-retry.ENOTFOUND" })
        #expect(connection.aliases == bundled.entries.first { $0.code == "errors.awaiting-retry.ENOTFOUND" }?.aliases)
        #expect(connection.aliases.count == 5)
        #expect(catalog.entries.first { $0.code == "errors.awaiting-retry.5xx" }?.isFamily == true)
        #expect(catalog.entries.last?.isCatchAll == true)
        #expect(
            catalog.entries.last?.links.map(\.url) == [
                "https://segment.com/docs/guides/best-practices/how-do-I-test-my-connections/"
            ])
        #expect(catalog.entries.last?.meaning.contains("<a") == false)
    }

    @Test func csvWithQuotesNewlinesABOMAndCRLF() throws {
        let csv =
            "\u{FEFF}Error Code,HTTP Status,Description,Fix,Category\r\n"
            + "E1,400,\"Bad, \"\"quoted\"\" input\",\"Step one.\nStep two.\",Input\r\n"
            + ",500,no code here,x,Input\r\n"
            + "E2,abc,Server broke,Retry,Server\r\n"
            + "\"E3, E4\",503,Two codes,Wait,Server\r\n"
        let result = run(csv, .csv, file: "errors.csv")
        #expect(
            messages(result) == [
                // The first row's quoted line break makes the next row start on line 4.
                "errors.csv:4:1: warning: a row without a code is skipped",
                "errors.csv:5:4: warning: 'abc' is not an HTTP status (100–599); it is left out",
            ])
        let catalog = try checked(result)
        #expect(catalog.entries.map(\.code) == ["E1", "E2", "E3"])
        #expect(catalog.entries[0].meaning == "Bad, \"quoted\" input")
        #expect(catalog.entries[0].remedy.text == "Step one.\nStep two.")
        #expect(catalog.entries[0].httpStatus == 400)
        #expect(catalog.entries[1].httpStatus == nil)
        #expect(catalog.entries[2].aliases == ["E4"])
        #expect(catalog.categories.map(\.title) == ["Input", "Server"])
    }

    @Test func columnsCanBeMappedByHand() throws {
        let tsv = "Kennung\tErklärung\tAbhilfe\nX_1\tKaputt.\tNeu starten.\n"
        #expect(run(tsv, .tsv).yaml == nil)  // no column is recognised as the code
        let importer = CatalogImporter(
            catalogName: "Mapped", title: "Mapped",
            mappings: ["code": "Kennung", "meaning": "Erklärung", "remedy": "Abhilfe"])
        let catalog = try checked(run(tsv, .tsv, importer: importer))
        #expect(catalog.entries.map(\.code) == ["X_1"])
        #expect(catalog.entries[0].remedy.text == "Neu starten.")
    }

    @Test func jsonArraysAndObjectsKeyedByCode() throws {
        let keyed = """
            {
              "P1_DB_DOWN": {"errorCode": "P1_DB_DOWN", "statusCode": 500, "errorMessage": "Unable to connect", \
            "remedy": "Retry."},
              "P2_BAD": "A bad thing.",
              "P3_ODD": 7
            }
            """
        let result = run(keyed, .json, file: "errors.json")
        #expect(
            messages(result).contains(
                "errors.json:4:3: warning: the value of 'P3_ODD' is neither an object nor a string; it is skipped"))
        let yaml = try #require(result.yaml)
        #expect(yaml.contains("  - code: \"P1_DB_DOWN\"\n"))
        #expect(yaml.contains("    http: 500\n    meaning: \"Unable to connect\"\n    remedy: \"Retry.\"\n"))
        #expect(yaml.contains("  - code: \"P2_BAD\"\n    meaning: \"A bad thing.\"\n"))
        let array = #"[{"code": "A", "message": "m", "solution": "s", "http": 404}, 3]"#
        let arrayResult = run(array, .json, file: "a.json")
        #expect(
            messages(arrayResult) == ["a.json:1:63: warning: this element is not an object of fields; it is skipped"])
        #expect(try checked(arrayResult).entries.map(\.httpStatus) == [404])
    }

    @Test func markdownTablesHeadingsSectionsAndInlineHTML() throws {
        let markdown = """
            # Payments API errors

            | Page | Link |
            |---|---|
            | Home | [x](https://example.com) |

            ## Card errors
            | Code | Title | Meaning | Remedy |
            | --- | --- | --- | --- |
            | `CARD_A` | A | Card \\| pipe and `a|b` in code <script>alert(1)</script> | See <a \
            href="https://docs.example.com/a">the docs</a> <b>now</b> |
            | Declines | | | |
            | CARD_B<br>CARD_BB | B | Line one<br>line two | <img src=x onerror=alert(1)>Retry |

            Code | Meaning | Remedy
            ---|---|---
            GATEWAY_5xx | Gateway failed | Retry later
            Others | Anything else | Contact us
            """
        let result = run(markdown, .markdown, file: "api.md", importer: CatalogImporter())
        #expect(messages(result) == ["api.md:3:1: note: this table has no code column (Page, Link); it is skipped"])
        let yaml = try #require(result.yaml)
        #expect(!yaml.contains("<script") && !yaml.contains("<img") && !yaml.contains("alert"))
        let catalog = try checked(result)
        #expect(catalog.name == "PaymentsAPIErrors")
        #expect(catalog.entries.map(\.code) == ["CARD_A", "CARD_B", "GATEWAY_5xx", "Others"])
        #expect(catalog.entries[0].meaning == "Card | pipe and `a|b` in code")
        #expect(catalog.entries[0].remedy.text == "See [the docs](https://docs.example.com/a) **now**")
        #expect(catalog.entries[0].links.map(\.url) == ["https://docs.example.com/a"])
        #expect(catalog.entries[1].aliases == ["CARD_BB"])
        #expect(catalog.entries[1].meaning == "Line one\nline two")
        // Categories: the heading above the table, then a row that only names a section.
        #expect(catalog.entries.map(\.category) == ["card-errors", "declines", nil, nil])
        #expect(catalog.category(catalog.entries[0].category)?.title == "Card errors")
        #expect(catalog.category(catalog.entries[1].category)?.title == "Declines")
        #expect(catalog.entries[2].isFamily)
        #expect(catalog.entries[3].isCatchAll)
    }

    @Test(arguments: [
        (
            "csv", "Code,Meaning\nA,\"never closed\n",
            "in:2:3: error: this quoted field is never closed; a quote inside a field is written as two quotes (\"\")"
        ),
        (
            "csv", "Code,Meaning\nA,\"x\"y\n",
            "in:2:6: error: text after a closing quote; a quote inside a field is written as two quotes (\"\")"
        ),
        (
            "markdown", "Just prose, no table.\n",
            "in:1:1: error: no table with a code column: name the column with --map code=\"HEADER\""
        ),
        ("json", "{\"a\": [1, 2", "in:1:1: error: not valid JSON"),
        ("csv", "", "in:1:1: error: the file has no header row"),
    ])
    func unreadableInputIsALocatedErrorAndNoCatalog(_ format: String, _ text: String, _ message: String) {
        let result = run(text, CatalogImporter.Format(rawValue: format)!)
        #expect(result.yaml == nil)
        #expect(messages(result).first?.hasPrefix(message) == true, "\(messages(result))")
    }

    @Test func invalidUTF8IsLocated() {
        let bytes = Array("Code,Meaning\nA,ok\nB,caf".utf8) + [0xE9, 0x0A]
        let result = CatalogImporter().outcome(bytes, file: "in.csv", format: .csv)
        #expect(result.yaml == nil)
        #expect(messages(result) == ["in.csv:3:6: error: the file is not valid UTF-8"])
    }

    @Test func repeatedNamesAreMadeUniqueByCategory() throws {
        let csv =
            "Code,Title,Category,Meaning,Remedy\nA_LIMIT,RATE_LIMIT,Execution,m,r\n"
            + "B_LIMIT,RATE_LIMIT,Auth,m,r\nC_LIMIT,RATE_LIMIT,Auth,m,r\n"
        let catalog = try checked(run(csv, .csv))
        #expect(catalog.entries.map(\.name) == ["rateLimit", "authRateLimit", "authRateLimit2"])
    }

    /// A table that lists one code in several rows (one code in several steps) declares the share,
    /// so the catalog it writes passes lint; a code in one row only declares nothing.
    @Test func codesInSeveralRowsAreDeclaredShared() throws {
        let csv =
            "Code,Title,Step,Meaning,Remedy\nBAD_REQUEST,Unparsable body,Ingest,m,r\n"
            + "BAD_REQUEST,Unsupported type,Ingest,m,r\nTIMEOUT,Timed out,Delivery,m,r\n"
        let result = run(csv, .csv)
        let yaml = try #require(result.yaml)
        #expect(yaml.components(separatedBy: "    shared_code: true\n").count == 3)
        let catalog = try checked(result)
        #expect(catalog.entries.map(\.code) == ["BAD_REQUEST", "BAD_REQUEST", "TIMEOUT"])
    }
}
