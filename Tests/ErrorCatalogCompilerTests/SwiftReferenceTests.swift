@testable import ErrorCatalogCompiler
import Foundation
import Testing

/// Each `Fixtures/reference/*.yaml` compiles to exactly the `.swift.expected` beside it.
/// Set `ERRCAT_RECORD=1` to write them anew, then review the diff.
@Suite struct SwiftReferenceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/reference").path

    static var cases: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter { $0.hasSuffix(".yaml") }.sorted() ?? []
    }

    @Test(arguments: cases)
    func generatedSwiftMatchesTheReference(_ name: String) throws {
        let result = FrontEnd().run(paths: [Self.folder + "/" + name])
        #expect(result.diagnostics.all.isEmpty)
        let catalog = try #require(result.catalogs.first)
        let swift = try SwiftEmitter().emit(catalog, source: name)
        let expected = Self.folder + "/" + name.replacingOccurrences(of: ".yaml", with: ".swift.expected")
        if ProcessInfo.processInfo.environment["ERRCAT_RECORD"] != nil {
            try swift.write(toFile: expected, atomically: true, encoding: .utf8)
        }
        #expect(swift == (try String(contentsOfFile: expected, encoding: .utf8)))
        // Same input, same bytes.
        #expect(try SwiftEmitter().emit(catalog, source: name) == swift)
    }

    @Test func outputDoesNotDependOnInputOrder() throws {
        let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../catalog").standardized.path
        let files = try FileManager.default.contentsOfDirectory(atPath: catalog).filter { $0.hasSuffix(".yaml") }
            .map { catalog + "/" + $0 }
        let forward = FrontEnd().run(paths: files.sorted()).catalogs
        let backward = FrontEnd().run(paths: files.sorted().reversed()).catalogs
        #expect(forward.map(\.name) == backward.map(\.name))
        for (a, b) in zip(forward, backward) {
            #expect(try SwiftEmitter().emit(a, source: "x") == SwiftEmitter().emit(b, source: "x"))
        }
    }
}
