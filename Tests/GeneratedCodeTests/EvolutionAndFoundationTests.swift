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

    #if canImport(Darwin) || FoundationBridging
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
    #else
    /// On Linux without the FoundationBridging trait, nothing of Foundation is linked for a
    /// catalog error: it is a plain `Error`, and its words come from its own members.
    @Test func withoutTheTraitACatalogErrorIsAPlainError() {
        let error: any Error = IntegrationHubError.rateLimitExceeded
        #expect(!(error is any LocalizedError))
        #expect((error as? IntegrationHubError)?.errorDescription == IntegrationHubError.rateLimitExceeded.meaning)
    }
    #endif
}

/// The framework-free response every server integration sends.
@Suite struct ProblemResponseTests {
    struct Internal: Error, CustomStringConvertible {
        var description: String { "password=hunter2 at db.internal:5432" }
    }

    func json(_ response: ProblemResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
    }

    @Test func aCatalogErrorAnswersWithItsEntry() throws {
        let error = IntegrationHubError.rateLimitExceeded
        let response = ProblemResponse(for: error)
        #expect(response.status == 429)
        #expect(response.headers.map { "\($0.name): \($0.value)" } == ["Content-Type: application/problem+json", "Content-Language: en"])
        let body = try json(response)
        #expect(body["status"] as? Int == 429)
        #expect(body["code"] as? String == error.code)
        #expect(body["detail"] as? String == error.meaning)
        #expect(body["remedy"] as? String == error.remedy)
        #expect(body["title"] as? String == error.title)
        #expect(body["type"] as? String == error.docURL)
        // A client reads the code back, known or not.
        #expect(try ErrorCode<IntegrationHubError>(problemBody: response.body)?.error == error)
        let newer = Array(#"{"type":"about:blank","title":"New","status":418,"code":"ERR_FROM_THE_FUTURE"}"#.utf8)
        let unknown = try #require(try ErrorCode<IntegrationHubError>(problemBody: newer))
        #expect(unknown.rawValue == "ERR_FROM_THE_FUTURE")
        #expect(unknown.error == nil)
    }

    @Test func retryAfterComesFromTheRouteOrTheCatalog() throws {
        let failure = IntegrationHubError.rateLimitExceeded.failure(retryAfter: 30, detail: "30 requests a minute.", instance: "/req/7")
        let response = ProblemResponse(for: failure)
        #expect(response.headers.contains(.init(name: "Retry-After", value: "30")))
        let body = try json(response)
        #expect(body["detail"] as? String == "30 requests a minute.")
        #expect(body["instance"] as? String == "/req/7")
        // An entry whose policy is retry-after and whose catalog gives a window.
        let windowed = try #require(FoldedError.allCases.first { $0.retry?.policy == .retryAfter && $0.retry?.windowSeconds != nil })
        #expect(ProblemResponse(for: windowed).headers.contains(.init(name: "Retry-After", value: String(windowed.retry!.windowSeconds!))))
        // Never retry: no header.
        #expect(!ProblemResponse(for: IntegrationError.errorsDiscarded400).headers.contains { $0.name == "Retry-After" })
    }

    @Test func anyOtherErrorLeaksNothing() throws {
        let response = ProblemResponse(for: Internal())
        #expect(response.status == 500)
        #expect(!response.isCatalogError)
        let text = String(decoding: response.body, as: UTF8.self)
        #expect(text == #"{"status":500,"title":"Internal Server Error","type":"about:blank"}"#)
        #expect(!text.contains("hunter2"))
    }
}

extension ProblemResponseTests {
    /// The hand-written body is what JSONEncoder writes with sorted keys, for hostile text too.
    @Test func theBodyIsWhatJSONEncoderWrites() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for error in HostileError.allCases {
            let failure = error.failure(retryAfter: 3, detail: "d \"q\" \\ \n\t\u{1}", instance: "/x/1")
            for response in [ProblemResponse(for: error), ProblemResponse(for: failure)] {
                let decoded = try JSONDecoder().decode(ProblemDetails.self, from: Data(response.body))
                #expect(decoded == response.problem)
                #expect(response.body == Array(try encoder.encode(response.problem)))
            }
        }
    }

    /// DEL (U+007F) is escaped on the wire as in every JSON file errcat writes, and reads back.
    @Test func theBodyEscapesDeleteLikeEveryOtherJSONOutput() throws {
        let failure = HostileError.allCases[0].failure(retryAfter: nil, detail: "a\u{7F}b", instance: nil)
        let body = ProblemResponse(for: failure).body
        #expect(String(decoding: body, as: UTF8.self).contains(#""detail":"a\u007fb""#))
        #expect(try JSONDecoder().decode(ProblemDetails.self, from: Data(body)).detail == "a\u{7F}b")
    }
}
