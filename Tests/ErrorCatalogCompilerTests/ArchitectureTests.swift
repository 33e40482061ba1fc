import Foundation
import Testing

/// Data flows one way through the compiler: a folder may use the types of the folders before
/// it in ``stages`` and of its own, never those of a later one.
@Suite struct ArchitectureTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/ErrorCatalogCompiler").standardized

    /// The compiler's folders, each stage after what it reads: shared support first, then the
    /// importers (front ends that write YAML), the stages in pipeline order, the resolver
    /// `explain` uses, translation import (after identify, emitting translation YAML), the
    /// writer, and the pipeline that walks them all.
    static let stages = [
        "Support", "Diagnostics", "Model", "Import", "Parse", "Decode", "Check", "Identify", "PerfectHash", "Emit",
        "Resolve", "TranslationImport", "Write", "Pipeline",
    ]

    static func files(in folder: String) -> [URL] {
        let root = sources.appendingPathComponent(folder)
        let names = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return names.filter { $0.hasSuffix(".swift") }.sorted().map { root.appendingPathComponent($0) }
    }

    /// The types each folder declares at the top level of its files.
    static func declaredTypes() throws -> [String: String] {
        let declaration = try Regex(#"^(?:public |package )?(?:final )?(?:struct|enum|class|protocol) (\w+)"#)
            .anchorsMatchLineEndings()
        var owners: [String: String] = [:]
        for stage in stages {
            for file in files(in: stage) {
                for match in try String(contentsOf: file, encoding: .utf8).matches(of: declaration) {
                    if let name = match.output[1].substring { owners[String(name)] = stage }
                }
            }
        }
        return owners
    }

    @Test func everyFolderIsAStageAndNoStageUsesALaterOnesTypes() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path).filter {
            !$0.hasSuffix(".swift")
        }
        #expect(Set(folders) == Set(Self.stages), "a new folder must take its place in ArchitectureTests.stages")
        let owners = try Self.declaredTypes()
        #expect(
            owners["Pipeline"] == "Pipeline" && owners["CheckedCatalogs"] == "Check" && owners["OutputFile"] == "Emit")
        var found: [String] = []
        for (position, stage) in Self.stages.enumerated() {
            let later = Set(Self.stages[(position + 1)...])
            for file in Self.files(in: stage) {
                let code = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
                    .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
                // The file's identifiers, outside comment lines.
                let words = Set(code.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
                for (name, owner) in owners.sorted(by: { $0.key < $1.key })
                where later.contains(owner) && words.contains(name) {
                    found.append("\(stage)/\(file.lastPathComponent) uses \(name) of \(owner)")
                }
            }
        }
        #expect(found == [])
    }

    /// Each stage and walk of the pipeline has a name of its own: a reader finds a stage by name.
    @Test func thePipelinesStagesHaveNamesOfTheirOwn() throws {
        let file = Self.sources.appendingPathComponent("Pipeline/Pipeline.swift")
        let names = try String(contentsOf: file, encoding: .utf8).matches(of: try Regex(#"func (\w+)"#))
            .compactMap { $0.output[1].substring.map(String.init) }
        let repeated = Dictionary(grouping: names, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated == [], "overloaded: \(repeated)")
        for stage in ["parse", "decode", "validate", "merge", "attach", "identify"] { #expect(names.contains(stage)) }
    }
}
