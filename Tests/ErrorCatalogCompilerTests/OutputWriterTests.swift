@testable import ErrorCatalogCompiler
import Foundation
import Testing

@Suite struct OutputWriterTests {
    @Test func writesOnlyWhatChangedAndLeavesNoTemporaryFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errcat-out-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = [(folder + "/A.swift", "a\n"), (folder + "/Empty.swift", ""), (folder + "/B.swift", "b\n")]
        #expect(try OutputWriter.write(files, into: folder) == [.written, .written, .written])
        #expect(try OutputWriter.write(files, into: folder) == [.unchanged, .unchanged, .unchanged])
        #expect(try OutputWriter.write([(folder + "/A.swift", "a2\n")], into: folder) == [.written])
        #expect(try String(contentsOfFile: folder + "/A.swift", encoding: .utf8) == "a2\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["A.swift", "B.swift", "Empty.swift"])
    }

    @Test func anUnwritableDestinationFailsWithoutTouchingOtherFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errcat-out-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try OutputWriter.write([(folder + "/A.swift", "a\n")], into: folder)
        try FileManager.default.createDirectory(atPath: folder + "/B.swift", withIntermediateDirectories: false)
        #expect(throws: OutputWriter.Failure.self) { try OutputWriter.write("b\n", to: folder + "/B.swift") }
        #expect(try String(contentsOfFile: folder + "/A.swift", encoding: .utf8) == "a\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["A.swift", "B.swift"])
    }

    @Test func abandonedTemporaryFilesAreRemovedButLiveOnesAreNot() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errcat-out-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let dead = ".A.swift.999999999.1.tmp"
        let live = ".A.swift.\(getpid()).2.tmp"
        for name in [dead, live] { #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("x".utf8))) }
        try OutputWriter.write("a\n", to: folder + "/A.swift")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [live, "A.swift"])
    }
}
