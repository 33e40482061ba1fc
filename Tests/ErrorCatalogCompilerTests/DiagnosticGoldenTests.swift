@testable import ErrorCatalogCompiler
import Foundation
import Testing

/// Every file (or folder) in `Fixtures/invalid` must produce exactly the diagnostics in the
/// `.diagnostics` file beside it. Set `ERRCAT_RECORD=1` to write them anew, then review the diff.
@Suite struct DiagnosticGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/invalid").path

    static var cases: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder))?
            .filter { !$0.hasSuffix(".diagnostics") }.sorted() ?? []
    }

    @Test(arguments: cases)
    func diagnosticsMatchTheGoldenFile(_ name: String) throws {
        let result = Pipeline().run(paths: [Self.folder + "/" + name])
        let actual =
            result.diagnostics.sorted.map(\.description).joined(separator: "\n")
            .replacingOccurrences(of: Self.folder + "/", with: "") + "\n"
        let golden = Self.folder + "/" + name.replacingOccurrences(of: ".yaml", with: "") + ".diagnostics"
        if ProcessInfo.processInfo.environment["ERRCAT_RECORD"] != nil {
            try actual.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: golden, encoding: .utf8)
        #expect(actual == expected, "\(GoldenDiff.describe(expected: expected, actual: actual))")
        #expect(result.diagnostics.hasErrors || result.diagnostics.hasWarnings)
    }

    @Test func aFolderWithoutCatalogFilesIsAnError() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("errcat-empty-\(UUID())").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let result = Pipeline().run(paths: [empty])
        #expect(
            result.diagnostics.sorted.map(\.description) == [
                "errcat: error: no catalog files (*.yaml, *.yml) in \(empty)"
            ])
    }

    @Test func theBundledCatalogHasNoDiagnostics() {
        let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../catalog").standardized.path
        let result = Pipeline().run(paths: [catalog])
        #expect(result.diagnostics.all.map(\.description) == [])
        #expect(result.catalogs.count >= 4)
    }
}
