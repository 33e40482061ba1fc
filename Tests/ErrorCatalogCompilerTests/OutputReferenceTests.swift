@testable import ErrorCatalogCompiler
import Foundation
import Testing

/// Every emitter's output of the fixtures, byte for byte: OpenAPI and `errors.json` of the
/// reference catalogs, and the translators' files of the translated test catalog (German and
/// Russian, translated; French, untranslated) in PO, XLIFF and String Catalogs. Set
/// `ERRCAT_RECORD=1` to write them anew, then review the diff.
@Suite struct OutputReferenceTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let references = fixtures.appendingPathComponent("reference/outputs").path
    static let translated = fixtures.appendingPathComponent("../../GeneratedCodeTests").standardized.path

    /// The reference catalogs, identified with no history.
    static let reference = Pipeline().run(paths: [fixtures.appendingPathComponent("reference").path])
    /// The generated-code tests' translated catalog.
    static let messages = Pipeline().run(
        paths: ["", ".de", ".de-CH", ".pt-BR", ".ru"].map {
            translated + "/messages\($0).yaml"
        })

    /// Checks `files` against their references in `folder` (under `references`); the folders the
    /// fixtures are in, which the files name, are left out.
    func expectReferences(_ files: [OutputFile], in folder: String) throws {
        #expect(!files.isEmpty)
        for var file in files {
            file = OutputFile(
                path: file.path,
                contents: file.contents.replacingOccurrences(of: Self.translated + "/", with: "")
                    .replacingOccurrences(of: Self.fixtures.path + "/reference/", with: ""))
            let path = Self.references + "/" + folder + "/" + file.path
            if ProcessInfo.processInfo.environment["ERRCAT_RECORD"] != nil {
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try file.contents.write(toFile: path, atomically: true, encoding: .utf8)
            }
            let golden = try String(contentsOfFile: path, encoding: .utf8)
            #expect(
                file.contents == golden,
                "\(folder)/\(file.path): \(GoldenDiff.describe(expected: golden, actual: file.contents))")
        }
    }

    @Test func openAPIMatchesTheReference() throws {
        #expect(Self.reference.diagnostics.all.isEmpty)
        try expectReferences(OpenAPIEmitter.emit(Self.reference.identified), in: "openapi")
    }

    @Test func errorsJSONMatchesTheReference() throws {
        let site = DocsEmitter().emit(Self.reference.identified)
        try expectReferences(site.filter { $0.path == "docs/errors.json" }, in: "site")
    }

    @Test(arguments: TranslatorsFormat.allCases)
    func translatorsFilesMatchTheReference(_ format: TranslatorsFormat) throws {
        #expect(Self.messages.diagnostics.all.allSatisfy { $0.severity != .error })
        for locale in ["de", "ru", "fr"] {
            try expectReferences(format.emitter(locale: locale).emit(Self.messages.identified), in: "translators")
        }
    }

    /// A PO file is lines of comments, keywords and strings: a code or text with a line break
    /// (the hostile catalog's) never starts a line gettext cannot read.
    @Test func everyLineOfAPOExportIsAPOLine() throws {
        let hostile = Pipeline().run(paths: [Self.translated + "/hostile.yaml"])
        let po = try #require(POEmitter(locale: "fr").emit(hostile.identified).first).contents
        #expect(po.contains("#. Code new\n#. line."))
        let keywords = ["#", "msgctxt ", "msgid ", "msgid_plural ", "msgstr", "\""]
        for line in po.split(separator: "\n", omittingEmptySubsequences: true) {
            #expect(keywords.contains { line.hasPrefix($0) }, "not a PO line: \(line)")
        }
    }
}
