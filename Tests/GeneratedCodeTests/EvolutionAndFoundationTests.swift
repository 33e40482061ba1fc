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
        #expect(EvolvedError.Entry.allCases.map(\.code) == ["THIRD", "FIRST", "ADDED"])
        #expect(EvolvedError.Entry.allCases.map(\.numericID) == [3, 1, 4])
        #expect(EvolvedError.renamedFirst.numericID == 1)
        // Ids of a first release are file order.
        #expect(
            IntegrationHubError.Entry.allCases.map(\.numericID) == Array(1...IntegrationHubError.Entry.allCases.count))
    }

    @Test func aRenamedEntryKeepsItsOldNameAsADeprecatedMember() throws {
        // The old name is generated as `@available(*, deprecated, renamed:)`; apps that use it
        // get a warning (checked by .ci/check-plugin), so here it is reached without naming it.
        let source = try String(contentsOf: generatedFile("evolved.swift"), encoding: .utf8)
        #expect(
            source.contains(
                """
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
        let error = IntegrationHubError.rateLimitExceeded(retryAfter: 30)
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
        let error: any Error = IntegrationHubError.rateLimitExceeded(retryAfter: 30)
        #expect(!(error is any LocalizedError))
        #expect(
            (error as? IntegrationHubError)?.errorDescription
                == IntegrationHubError.rateLimitExceeded(retryAfter: 30).meaning)
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
        let error = IntegrationHubError.rateLimitExceeded(retryAfter: 30)
        let response = ProblemResponse(for: error)
        #expect(response.status == 429)
        #expect(
            response.headers.map { "\($0.name): \($0.value)" } == [
                "Content-Type: application/problem+json", "Content-Language: en", "Retry-After: 30",
            ])
        let body = try json(response)
        #expect(body["status"] as? Int == 429)
        #expect(body["code"] as? String == error.code)
        #expect(body["detail"] as? String == error.meaning)
        #expect(body["remedy"] as? String == error.remedy)
        #expect(body["title"] as? String == error.title)
        #expect(body["type"] as? String == error.docURL)
        // A client reads the code back, known or not.
        #expect(try ErrorCode<IntegrationHubError>(problemBody: response.body)?.entry == error.entry)
        #expect(try IntegrationHubError(problemBody: response.body) == error)
        let newer = Array(#"{"type":"about:blank","title":"New","status":418,"code":"ERR_FROM_THE_FUTURE"}"#.utf8)
        let unknown = try #require(try ErrorCode<IntegrationHubError>(problemBody: newer))
        #expect(unknown.rawValue == "ERR_FROM_THE_FUTURE")
        #expect(unknown.error == nil)
    }

    @Test func retryAfterComesFromTheCaseOrTheCatalog() throws {
        let error = MessageError.rateLimited(retryAfter: 30)
        let response = ProblemResponse(for: error)
        #expect(response.headers.contains(.init(name: "Retry-After", value: "30")))
        #expect(error.retryAfter == 30)
        let body = try json(response)
        #expect(body["detail"] as? String == "Too many requests; retry in 30 seconds.")
        #expect((body["arguments"] as? [String: Any])?["retryAfter"] as? Int == 30)
        // The delay is an associated value: the error still matches its case.
        do { throw error } catch MessageError.rateLimited {} catch { Issue.record("missed \(error)") }
        // An entry whose policy is retry-after and whose catalog gives a window.
        let windowed = try #require(
            FoldedError.Entry.allCases.first { $0.retry?.policy == .retryAfter && $0.retry?.windowSeconds != nil })
        let windowedError = try #require(FoldedError(entry: windowed, arguments: [:]))
        #expect(
            ProblemResponse(for: windowedError).headers.contains(
                .init(name: "Retry-After", value: String(windowed.retry!.windowSeconds!))))
        // Never retry: no header.
        #expect(
            !ProblemResponse(for: IntegrationError.errorsDiscarded400).headers.contains { $0.name == "Retry-After" })
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
        for entry in HostileError.Entry.allCases {
            let error = try #require(HostileError(entry: entry, arguments: [:]))
            let failure = CatalogFailure(entry: entry, arguments: ["d": "d \"q\" \\ \n\t\u{1}"], instance: "/x/1")
            for response in [ProblemResponse(for: error), ProblemResponse(for: failure)] {
                let decoded = try JSONDecoder().decode(ProblemDetails.self, from: Data(response.body))
                #expect(decoded == response.problem)
                #expect(response.body == Array(try encoder.encode(response.problem)))
            }
        }
    }

    /// DEL (U+007F) is escaped on the wire as in every JSON file errcat writes, and reads back.
    @Test func theBodyEscapesDeleteLikeEveryOtherJSONOutput() throws {
        let failure = CatalogFailure(entry: HostileError.Entry.allCases[0], arguments: ["text": "a\u{7F}b"])
        let body = ProblemResponse(for: failure).body
        #expect(String(decoding: body, as: UTF8.self).contains(#""arguments":{"text":"a\u007fb"}"#))
        #expect(try JSONDecoder().decode(ProblemDetails.self, from: Data(body)).arguments?["text"] == "a\u{7F}b")
    }
}
