@testable import ErrorCatalogCompiler
import Foundation
import Testing

/// Hostile input gets a located diagnostic, fast, and never a crash.
@Suite struct HostileInputTests {
    func check(_ bytes: [UInt8], limits: ParseLimits = .default) -> [String] {
        var diagnostics = DiagnosticList()
        let catalog = Pipeline(limits: limits).identified(bytes, file: "h.yaml", diagnostics: &diagnostics)
        #expect(catalog == nil)
        return diagnostics.sorted.map(\.description)
    }

    func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errcat-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aHugeScalarIsRefused() {
        let text =
            "catalog: A\ntitle: T\nerrors:\n  - code: A\n    meaning: " + String(repeating: "x", count: 10 << 20)
            + "\n    remedy: r\n"
        #expect(
            check(Array(text.utf8)) == [
                "h.yaml:5:14: error: scalar of 10485760 bytes exceeds the limit of 1048576 bytes"
            ])
    }

    @Test func nulBytesAreLocated() {
        let diagnostics = check(Array("catalog: A\ntitle: T\u{0}x\n".utf8))
        #expect(diagnostics.count == 1)
        #expect(
            diagnostics.first?.hasPrefix("h.yaml:2:9: error: invalid input: control characters are not allowed") == true
        )
    }

    @Test func anAliasBombStopsEarly() {
        var text = "x-a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1...9 {
            text +=
                "x-\(level): &l\(level) ["
                + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 9).joined(separator: ",") + "]\n"
        }
        let start = ContinuousClock.now
        let diagnostics = check(Array(text.utf8))
        #expect(diagnostics.first?.contains("error: aliases expand to more than 100000 nodes") == true)
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func deepNestingIsRefusedWithoutRecursion() {
        #expect(
            check(Array(String(repeating: "[", count: 200_000).utf8)) == [
                "h.yaml:1:65: error: nesting is deeper than 64 levels"
            ])
        #expect(check(Array(String(repeating: "- ", count: 100_000).utf8)).first?.contains("nesting is deeper") == true)
    }

    @Test func aFileOverTheSizeCapIsRefusedWithoutReadingIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/big.yaml"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100 << 20)
        try handle.close()
        let result = Pipeline().run(paths: [path])
        #expect(
            result.diagnostics.sorted.map(\.description) == [
                "\(path):1:1: error: the file is 104857600 bytes, over the limit of 67108864 bytes; raise it with "
                    + "--max-file-size"
            ])
    }

    @Test func symbolicLinkLoopsAreReported() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/sub/loop", withDestinationPath: folder)
        try "catalog: A\ntitle: T\nerrors:\n  - {code: A, meaning: m, remedy: r}\n".write(
            toFile: folder + "/a.yaml", atomically: true, encoding: .utf8)
        let result = Pipeline().run(paths: [folder])
        #expect(
            result.diagnostics.sorted.map(\.description) == [
                "errcat: error: symbolic link loop: \(folder)/sub/loop leads back to a folder already searched"
            ])
        #expect(result.catalogs.map(\.name) == ["A"])
    }

    @Test func theYAMLTestSuiteIsAcceptedOrDiagnosed() throws {
        let suite = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/yaml-test-suite").path
        let cases = try FileManager.default.contentsOfDirectory(atPath: suite).filter { $0.hasSuffix(".yaml") }
        var checked = 0
        for name in cases.sorted() {
            let data = try #require(FileManager.default.contents(atPath: suite + "/" + name))
            var diagnostics = DiagnosticList()
            let catalog = Pipeline().identified([UInt8](data), file: "t.yaml", diagnostics: &diagnostics)
            // None of these documents is a catalog: each must be refused with a located error.
            #expect(catalog == nil, "\(name)")
            #expect(diagnostics.all.contains { $0.severity == .error && $0.location?.file == "t.yaml" }, "\(name)")
            checked += 1
        }
        #expect(checked == 402)
    }
}
