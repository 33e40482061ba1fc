import ErrorCodes
import Foundation
import Testing

@Suite struct BundledCatalogTests {
    @Test func everyCodeAndAliasResolvesToItsEntry() {
        func check<E: CatalogError>(_ type: E.Type) {
            for entry in E.Entry.allCases where !entry.isCatchAll {
                for code in [entry.code] + entry.aliases {
                    #expect(E.Entry.matches(code: code).contains(entry), "\(code) should resolve to \(entry)")
                    #expect(E(code: code) != nil || !entry.parameters.isEmpty)
                }
            }
        }
        check(IntegrationError.self)
        check(IntegrationHubError.self)
        check(ConnectorAPIError.self)
        check(IntegrationNodeError.self)
    }

    @Test func allCasesAreInFileOrderAndIndexed() {
        #expect(IntegrationHubError.Entry.allCases.count == 54)
        #expect(IntegrationHubError.Entry.allCases.first == .invalidIntent)
        #expect(IntegrationHubError.Entry.allCases.last == .metaRateLimit)
        for (position, error) in IntegrationHubError.Entry.allCases.enumerated() {
            #expect(error._index == position)
        }
        #expect(Set(IntegrationHubError.Entry.allCases).count == 54)
    }

    @Test func entriesCarryTheirData() {
        let error = IntegrationHubError.invalidIntent
        #expect(error.code == "ERR_INTEGRATION_HUB_SVC_INVALID_INTENT")
        #expect(error.httpStatus == 400)
        #expect(error.category == .execution)
        #expect(error.category?.title == "Execution Errors")
        #expect(error.meaning == "The provided intent is not valid for the specified category")
        #expect(error.remedy.hasPrefix("Verify the intent follows <domain>.<action> pattern"))
        #expect(error.description == error.meaning)
        #expect(
            error.docURL
                == "https://errorcatalog.example.com/integration-hub-error/#err-integration-hub-svc-invalid-intent")
        #expect(IntegrationHubError.rateLimitExceeded(retryAfter: 30).retry?.policy == .retryAfter)
    }

    @Test func familiesAndCatchAll() {
        #expect(IntegrationError(code: "errors.awaiting-retry.503") == .partnerServerError)
        #expect(IntegrationError(code: "errors.awaiting-retry.5xx") == .partnerServerError)
        #expect(IntegrationError(code: "errors.awaiting-retry.429") == .rateLimited)
        #expect(IntegrationError(code: "errors.awaiting-retry.600") == nil)
        #expect(IntegrationError(code: "errors.awaiting-retry.50") == nil)
        #expect(IntegrationError(code: "something new") == nil)
        #expect(IntegrationError(resolving: "something new") == .other)
        #expect(IntegrationError.catchAll == .other)
        #expect(IntegrationError(code: "errors.awaiting-retry.EAI_AGAIN") == .connectionFailed)
    }

    @Test func decodesTheServiceErrorResponse() throws {
        let body = Data(
            """
            {"statusCode": 429, "code": "ERR_RATE_LIMIT_EXCEEDED", "message": "slow down",
             "path": "/integrationhub/v1/execute", "timestamp": "2026-02-20T10:30:00.000Z"}
            """.utf8)
        let response = try JSONDecoder().decode(IntegrationHubError.Response.self, from: body)
        #expect(response.statusCode == 429)
        #expect(response.error == .authRateLimitExceeded)
        let unknown = Data(
            #"{"statusCode": 500, "code": "ERR_FROM_THE_FUTURE", "message": "m", "path": "/", "timestamp": "t"}"#.utf8)
        let future = try JSONDecoder().decode(IntegrationHubError.Response.self, from: unknown)
        #expect(future.code.rawValue == "ERR_FROM_THE_FUTURE")
        #expect(future.error == nil)
    }
}
