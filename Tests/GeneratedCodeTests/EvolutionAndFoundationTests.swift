import ErrorCatalog
import ErrorCodes
import Foundation
import KeywordCatalog
import Testing

/// Ids from the ledger in generated code, and the generated errors as Foundation sees them.
@Suite struct EvolutionAndFoundationTests {
    @Test func numericIDsComeFromTheLedgerNotFromPositions() {
        // Release 1.0.0 had FIRST (1), DELETED (2), THIRD (3); the YAML now has THIRD, FIRST
        // (renamed) and ADDED.
        #expect(EvolvedError.allCases.map(\.code) == ["THIRD", "FIRST", "ADDED"])
        #expect(EvolvedError.allCases.map(\.numericID) == [3, 1, 4])
        #expect(EvolvedError.renamedFirst.numericID == 1)
        // Ids of a first release are file order.
        #expect(IntegrationHubError.allCases.map(\.numericID) == Array(1...IntegrationHubError.allCases.count))
    }

    @Test func aRenamedEntryKeepsItsOldNameAsADeprecatedMember() throws {
        // The old name is generated as `@available(*, deprecated, renamed:)`; apps that use it
        // get a warning (checked by .ci/check-plugin), so here it is reached without naming it.
        let source = try String(contentsOf: generatedFile("evolved.swift"), encoding: .utf8)
        #expect(source.contains("""
                @available(*, deprecated, renamed: "renamedFirst")
                public static var first: EvolvedError { .renamedFirst }
            """))
    }

    /// The generated Swift of `name` in the plugin's output for the KeywordCatalog target.
    func generatedFile(_ name: String) throws -> URL {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent(".build").path) {
            folder.deleteLastPathComponent()
        }
        let build = folder.appendingPathComponent(".build")
        let found = FileManager.default.enumerator(at: build, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }
            .first { $0.path.hasSuffix("KeywordCatalog/destination/ErrorCatalogPlugin/GeneratedSources/\(name)") }
        return try #require(found)
    }

    @Test func foundationShowsTheCatalogsWords() {
        let error = IntegrationHubError.rateLimitExceeded
        #expect(error.localizedDescription == error.meaning)
        #expect(error.errorDescription == error.meaning)
        #expect(error.recoverySuggestion == error.remedy)
        let bridged = error as NSError
        #expect(bridged.domain == "IntegrationHubError")
        #expect(bridged.code == error.numericID)
        #expect(bridged.localizedDescription == error.meaning)
        #expect(bridged.localizedRecoverySuggestion == error.remedy)
        #expect(bridged.localizedFailureReason == error.title)
        #expect(bridged.userInfo[ErrorCatalogCodeKey] as? String == error.code)
        #expect(bridged.helpAnchor == error.docURL)
        // The code is the stable id, not the position.
        let moved = EvolvedError.renamedFirst as NSError
        #expect(moved.code == 1)
        #expect(moved.domain == "EvolvedError")
        // Thrown and caught as any Error, the same.
        do {
            throw EvolvedError.added
        } catch {
            #expect(error.localizedDescription == "New since release 1.0.0.")
            #expect((error as NSError).code == 4)
        }
    }
}
