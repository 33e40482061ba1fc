@testable import ErrorCatalogCompiler
import Foundation
import Testing

/// Each `Fixtures/reference/*.yaml` compiles to exactly the two files beside it
/// (`.swift.expected` and `+Entries.swift.expected`), and `Payments.yaml` with every case in one
/// declaration to the files the `GeneratedCodeTests` target compiles and checks. Set
/// `ERRCAT_RECORD=1` to write them anew, then review the diff.
@Suite struct SwiftReferenceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/reference").path

    static var cases: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter { $0.hasSuffix(".yaml") }.sorted() ?? []
    }

    /// `text` equals the golden file at `path` (written first when recording).
    static func expectGolden(_ text: String, at path: String) throws {
        if ProcessInfo.processInfo.environment["ERRCAT_RECORD"] != nil {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == golden, "\(path): \(GoldenDiff.describe(expected: golden, actual: text))")
    }

    @Test(arguments: cases)
    func generatedSwiftMatchesTheReference(_ name: String) throws {
        let result = Pipeline().run(paths: [Self.folder + "/" + name])
        #expect(result.diagnostics.all.isEmpty)
        let catalog = try #require(result.catalogs.first)
        let swift = try SwiftEmitter().emit(catalog, source: name)
        let entries = SwiftEmitter().emitEntries(catalog, source: name)
        let stem = Self.folder + "/" + name.replacingOccurrences(of: ".yaml", with: "")
        try Self.expectGolden(swift, at: stem + ".swift.expected")
        try Self.expectGolden(entries, at: stem + "+Entries.swift.expected")
        // Same input, same bytes.
        #expect(try SwiftEmitter().emit(catalog, source: name) == swift)
        #expect(SwiftEmitter().emitEntries(catalog, source: name) == entries)
    }

    /// The shape of catalogs past ``SwiftEmitter/documentedCaseLimit``, on a small catalog.
    @Test func casesListedInOneDeclarationMatchTheCompiledReference() throws {
        let result = Pipeline().run(paths: [Self.folder + "/Payments.yaml"])
        let catalog = try #require(result.catalogs.first)
        var emitter = SwiftEmitter()
        emitter.documentedCaseLimit = catalog.entries.count - 1
        let swift = try emitter.emit(catalog, source: "Payments.yaml")
        let listed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../GeneratedCodeTests/ListedCases").standardized.path
        try Self.expectGolden(swift, at: listed + "/PaymentError.swift")
        try Self.expectGolden(
            emitter.emitEntries(catalog, source: "Payments.yaml"), at: listed + "/PaymentError+Entries.swift")
        // Only the case declarations (of the error and of its entries) differ from the documented shape.
        emitter.documentedCaseLimit = catalog.entries.count
        let documented = try emitter.emit(catalog, source: "Payments.yaml")
        func between(_ text: String, _ start: String, _ end: String) throws -> Substring {
            let body = text[try #require(text.range(of: start)).upperBound...]
            return body[
                try #require(body.range(of: "\n\n")).lowerBound..<(try #require(body.range(of: end)).lowerBound)]
        }
        #expect(
            try between(swift, "public enum PaymentError", "public enum Entry")
                == between(documented, "public enum PaymentError", "public enum Entry"))
        func tables(_ text: String) throws -> Substring {
            text[try #require(text.range(of: "// MARK: - Tables")).lowerBound...]
        }
        #expect(try tables(swift) == tables(documented))
        #expect(
            emitter.emitEntries(catalog, source: "Payments.yaml")
                == SwiftEmitter().emitEntries(catalog, source: "Payments.yaml"))
        #expect(
            swift.contains(
                "    public enum Entry: ErrorCatalog.CatalogEntry {\n        case\n            cardDeclined,\n"))
        #expect(swift.contains("    case\n        // `CARD_DECLINED`: Card declined\n        cardDeclined,\n"))
        #expect(
            documented.contains(
                """
                    /// `CARD_DECLINED`: Card declined
                    ///
                    /// The issuer declined the card.
                    ///
                    /// **Remedy:**
                    /// 1. Ask for another card.
                    /// 2. Or retry with 3-D Secure.
                    case cardDeclined

                """))
    }

    @Test func outputDoesNotDependOnInputOrder() throws {
        let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../catalog").standardized.path
        let files = try FileManager.default.contentsOfDirectory(atPath: catalog).filter { $0.hasSuffix(".yaml") }
            .map { catalog + "/" + $0 }
        let forward = Pipeline().run(paths: files.sorted()).catalogs
        let backward = Pipeline().run(paths: files.sorted().reversed()).catalogs
        #expect(forward.map(\.name) == backward.map(\.name))
        for (a, b) in zip(forward, backward) {
            #expect(try SwiftEmitter().emit(a, source: "x") == SwiftEmitter().emit(b, source: "x"))
            #expect(SwiftEmitter().emitEntries(a, source: "x") == SwiftEmitter().emitEntries(b, source: "x"))
        }
    }
}
