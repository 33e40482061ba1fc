import ErrorCatalog
import ErrorCatalogMetrics
import ErrorCodes
import ErrorServiceApp
import Foundation
import Hummingbird
import HummingbirdTesting
import InMemoryLogging
import Logging
import MetricsTestKit
import Testing

/// The example service on a real Hummingbird server on loopback (`.live`): its routes'
/// catalog errors as clients receive them, with the log lines and counters they leave.
@Suite struct HummingbirdServiceTests {
    func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    @Test func theServiceAnswersCatalogErrorsAsProblems() async throws {
        let metrics = TestMetrics()
        let logs = InMemoryLogHandler()
        let app = ErrorServiceApp.application(
            port: 0,
            counter: CatalogErrorCounter(
                catalogs: [IntegrationHubError.self, DeliveryOverviewDiscard.self], factory: metrics),
            logger: Logger(label: "test") { _ in logs })
        try await app.test(.live) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
            }
            let error = IntegrationHubError.credentialExpired
            try await client.execute(uri: "/hub/\(error.code)", method: .get) { response in
                #expect(response.status.code == error.httpStatus)
                #expect(response.headers[.contentType] == "application/problem+json")
                let body = try json(response)
                #expect(body["code"] as? String == error.code)
                #expect(body["detail"] as? String == error.meaning)
                #expect(body["remedy"] as? String == error.remedy)
                #expect(
                    try ErrorCode<IntegrationHubError>(problemBody: response.body.readableBytesView)?.error == error)
            }
            try await client.execute(uri: "/limited", method: .get) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "30")
                let body = try json(response)
                #expect(body["detail"] as? String == IntegrationHubError.rateLimitExceeded(retryAfter: 30).meaning)
                #expect((body["arguments"] as? [String: Any])?["retryAfter"] as? Int == 30)
            }
            try await client.execute(uri: "/deliveries", method: .post) { response in
                let discard = DeliveryOverviewDiscard.filteredByRules
                #expect(response.status.code == (discard.httpStatus ?? 500))
                let body = try json(response)
                #expect(body["code"] as? String == "FILTERED_BY_RULES")
            }
            // A database error says nothing of its connection string.
            try await client.execute(uri: "/orders", method: .get) { response in
                #expect(response.status == .internalServerError)
                let text = String(buffer: response.body)
                #expect(text == #"{"status":500,"title":"Internal Server Error","type":"about:blank"}"#)
                #expect(!text.contains("s3cret"))
            }
            // Hummingbird's own errors are answered as Hummingbird answers them.
            try await client.execute(uri: "/hub/NO_SUCH_CODE", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] != "application/problem+json")
            }
        }
        try expectEverySeriesCounted(metrics)
        try expectLogged(logs)
    }

    /// Logged with the catalog's metadata; the database error by its type only.
    func expectLogged(_ logs: InMemoryLogHandler) throws {
        let entries = logs.entries
        let logged = try #require(
            entries.first { $0.metadata["error.code"] == .string(IntegrationHubError.credentialExpired.code) })
        #expect(logged.metadata["error.catalog"] == "IntegrationHubError")
        #expect(logged.metadata["error.type"] == .string(IntegrationHubError.credentialExpired.code))
        #expect(logged.metadata["error.name"] == "credentialExpired")
        #expect(
            logged.metadata["http.response.status_code"]
                == .stringConvertible(IntegrationHubError.credentialExpired.httpStatus!))
        #expect(logged.metadata["error.id"] == .stringConvertible(IntegrationHubError.credentialExpired.numericID))
        #expect(logged.level == .warning)
        let plain = try #require(entries.first { $0.metadata["http.response.status_code"] == .stringConvertible(500) })
        #expect(plain.level == .error)
        #expect(!"\(plain.message) \(plain.metadata)".contains("s3cret"))
    }

    /// Counted by catalog, category and code, with fixed dimension names; every series exists
    /// from the start (the counter is made for its catalogs), and three errors were counted.
    func expectEverySeriesCounted(_ metrics: TestMetrics) throws {
        let counters = metrics.counters(label: "catalog_errors_total")
        #expect(Set(counters.map { $0.dimensions.map(\.0) }) == [["catalog", "category", "code"]])
        let expired = try metrics.expectCounter(
            "catalog_errors_total",
            [
                ("catalog", "IntegrationHubError"),
                ("category", IntegrationHubError.credentialExpired.categoryID ?? "none"),
                ("code", IntegrationHubError.credentialExpired.code),
            ])
        #expect(expired.totalValue == 1)
        let series = Set(
            IntegrationHubError.Entry.allCases.map { "hub \($0.categoryID ?? "none") \($0.code)" }
                + DeliveryOverviewDiscard.Entry.allCases.map { "discard \($0.categoryID ?? "none") \($0.code)" })
        #expect(counters.count == series.count)
        #expect(counters.filter { $0.totalValue > 0 }.count == 3)
    }
}
