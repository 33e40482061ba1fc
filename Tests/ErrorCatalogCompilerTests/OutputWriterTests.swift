@testable import ErrorCatalogCompiler
import Foundation
import Testing

@Suite struct OutputWriterTests {
    @Test func writesOnlyWhatChangedAndLeavesNoTemporaryFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errcat-out-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = [
            OutputFile(path: "A.swift", contents: "a\n"), OutputFile(path: "Empty.swift", contents: ""),
            OutputFile(path: "B.swift", contents: "b\n"),
        ]
        #expect(try OutputWriter.write(files, into: folder) == [.written, .written, .written])
        #expect(try OutputWriter.write(files, into: folder) == [.unchanged, .unchanged, .unchanged])
        #expect(try OutputWriter.write([OutputFile(path: "A.swift", contents: "a2\n")], into: folder) == [.written])
        #expect(try String(contentsOfFile: folder + "/A.swift", encoding: .utf8) == "a2\n")
        // Same size, other bytes; the outcomes follow the files' order whichever were staged.
        let mixed = [
            OutputFile(path: "B.swift", contents: "b\n"), OutputFile(path: "A.swift", contents: "a3\n"),
            OutputFile(path: "Empty.swift", contents: ""),
        ]
        #expect(try OutputWriter.write(mixed, into: folder) == [.unchanged, .written, .unchanged])
        #expect(try String(contentsOfFile: folder + "/A.swift", encoding: .utf8) == "a3\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [
                "A.swift", "B.swift", "Empty.swift",
            ])
    }

    @Test func anUnwritableDestinationFailsWithoutTouchingOtherFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errcat-out-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try OutputWriter.write([OutputFile(path: "A.swift", contents: "a\n")], into: folder)
        try FileManager.default.createDirectory(atPath: folder + "/B.swift", withIntermediateDirectories: false)
        #expect(throws: OutputWriter.Failure.self) { try OutputWriter.write("b\n", to: folder + "/B.swift") }
        #expect(try String(contentsOfFile: folder + "/A.swift", encoding: .utf8) == "a\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["A.swift", "B.swift"])
    }

    @Test func aFailedWriteOfSeveralFilesLeavesEveryPreviousFileAsItWas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errcat-out-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try OutputWriter.write(
            [OutputFile(path: "A.swift", contents: "a\n"), OutputFile(path: "sub/C.swift", contents: "c\n")],
            into: folder)
        try FileManager.default.createDirectory(atPath: folder + "/B.swift", withIntermediateDirectories: false)
        // A.swift and sub/C.swift would change, but B.swift cannot be written: none changes.
        let next = [
            OutputFile(path: "A.swift", contents: "a2\n"), OutputFile(path: "B.swift", contents: "b\n"),
            OutputFile(path: "sub/C.swift", contents: "c2\n"),
        ]
        #expect(throws: OutputWriter.Failure.self) { try OutputWriter.write(next, into: folder) }
        #expect(try String(contentsOfFile: folder + "/A.swift", encoding: .utf8) == "a\n")
        #expect(try String(contentsOfFile: folder + "/sub/C.swift", encoding: .utf8) == "c\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["A.swift", "B.swift", "sub"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/sub") == ["C.swift"])
    }

    @Test func abandonedTemporaryFilesAreRemovedButLiveOnesAreNot() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errcat-out-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let dead = ".A.swift.999999999.1.tmp"
        let live = ".A.swift.\(getpid()).2.tmp"
        for name in [dead, live] {
            #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("x".utf8)))
        }
        try OutputWriter.write("a\n", to: folder + "/A.swift")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [live, "A.swift"])
    }
}
