import ErrorCatalog
import ErrorCatalogLogging
import ErrorCatalogMetrics
import ErrorCatalogVapor
import ErrorServiceApp
import Foundation
import Hummingbird
import HummingbirdTesting
import InMemoryLogging
import Logging
import MetricsTestKit
import Testing
import Vapor
import VaporTesting

/// Failures with message arguments (the service's own `ServiceError`) over loopback HTTP:
/// `detail` rendered, `arguments` as an object, a client reading the failure back, and the
/// arguments in logs but never in metrics.
@Suite struct MessageArgumentTests {
    func json(_ bytes: some Collection<UInt8>) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test func hummingbirdAnswersTheRenderedMessageWithItsArguments() async throws {
        let metrics = TestMetrics()
        let logs = InMemoryLogHandler()
        let app = ErrorServiceApp.application(
            port: 0, counter: CatalogErrorCounter(catalogs: [ServiceError.self], factory: metrics),
            logger: Logger(label: "test") { _ in logs })
        try await app.test(.live) { client in
            for used in [1, 2, 1042] {
                try await client.execute(uri: "/quota/\(used)", method: .get) { response in
                    #expect(response.status == .tooManyRequests)
                    let bytes = Array(response.body.readableBytesView)
                    let body = try json(bytes)
                    let requests = used == 1 ? "1 request was" : "\(used) requests were"
                    #expect(body["detail"] as? String == "\(requests) made this hour; the limit is 100.")
                    #expect(body["title"] as? String == "Quota of 100 requests exceeded")
                    #expect(body["remedy"] as? String == "Wait for the next hour, or ask for a limit above 100.")
                    let arguments = try #require(body["arguments"] as? [String: Any])
                    #expect(arguments["limit"] as? Int == 100)
                    #expect(arguments["used"] as? Int == used)
                    // The client gets the failure back, arguments typed, and renders it itself.
                    let failure = try #require(try CatalogFailure(problemBody: bytes, catalog: ServiceError.self))
                    #expect(failure.error as? ServiceError == .quotaExceeded(limit: 100, used: used))
                    #expect(failure.arguments == ["limit": .integer(100), "used": .integer(used)])
                    #expect(failure.meaning == body["detail"] as? String)
                }
            }
            // Accept-Language chooses the texts; code and arguments stay as they are.
            try await client.execute(
                uri: "/quota/2", method: .get, headers: [.acceptLanguage: "fr-CH, de;q=0.8, en;q=0.5"]
            ) { response in
                #expect(response.headers[.contentLanguage] == "de")
                #expect(response.headers[.vary] == "Accept-Language")
                let body = try json(response.body.readableBytesView)
                #expect(body["detail"] as? String == "2 Anfragen wurden in dieser Stunde gestellt; die Grenze ist 100.")
                #expect(body["title"] as? String == "Kontingent von 100 Anfragen überschritten")
                #expect(body["code"] as? String == "QUOTA_EXCEEDED")
                #expect(body["arguments"] as? [String: Int] == ["limit": 100, "used": 2])
            }
            try await client.execute(uri: "/quota/2", method: .get, headers: [.acceptLanguage: "ja"]) { response in
                #expect(response.headers[.contentLanguage] == "en")
                let body = try json(response.body.readableBytesView)
                #expect(body["detail"] as? String == "2 requests were made this hour; the limit is 100.")
            }
            try await client.execute(uri: "/fields/email?reason=tooLong", method: .post) { response in
                #expect(response.status.code == 422)
                let body = try json(response.body.readableBytesView)
                #expect(body["detail"] as? String == "The field email is invalid: it is too long.")
                #expect(body["arguments"] as? [String: String] == ["field": "email", "reason": "tooLong"])
            }
        }
        try expectLoggedAndCounted(logs, metrics)
    }

    /// The first quota error logged with its rendered message and arguments; five counted, by
    /// their three dimensions only.
    func expectLoggedAndCounted(_ logs: InMemoryLogHandler, _ metrics: TestMetrics) throws {
        let logged = try #require(logs.entries.first { $0.metadata["error.code"] == "QUOTA_EXCEEDED" })
        #expect(logged.message.description == "1 request was made this hour; the limit is 100.")
        #expect(logged.metadata["error.arguments.used"] == .stringConvertible(1))
        #expect(logged.metadata["error.arguments.limit"] == .stringConvertible(100))
        // Metrics keep their three dimensions: arguments never become labels.
        let counters = metrics.counters(label: "catalog_errors_total")
        #expect(Set(counters.map { $0.dimensions.map(\.0) }) == [["catalog", "category", "code"]])
        #expect(
            try metrics.expectCounter(
                "catalog_errors_total", [("catalog", "ServiceError"), ("category", "none"), ("code", "QUOTA_EXCEEDED")]
            ).totalValue == 5)
    }

    @Test func vaporAnswersTheRenderedMessageWithItsArguments() async throws {
        try await withApp { app in
            app.middleware.use(CatalogErrorMiddleware())
            app.get("quota", ":used") { request -> String in
                throw ServiceError.quotaExceeded(limit: 10, used: request.parameters.get("used", as: Int.self) ?? 0)
            }
            let server = try app.testing(method: .running(hostname: "127.0.0.1", port: 0))
            try await server.test(.GET, "quota/1", headers: ["Accept-Language": "de-AT"]) { response in
                #expect(response.headers.first(name: .contentLanguage) == "de")
                #expect(response.headers.first(name: .vary) == "Accept-Language")
                let body = try json(Array(response.body.readableBytesView))
                #expect(body["detail"] as? String == "1 Anfrage wurde in dieser Stunde gestellt; die Grenze ist 10.")
            }
            try await server.test(.GET, "quota/0") { response in
                #expect(response.status == .tooManyRequests)
                let bytes = Array(response.body.readableBytesView)
                let body = try json(bytes)
                #expect(body["detail"] as? String == "0 requests were made this hour; the limit is 10.")
                #expect((body["arguments"] as? [String: Int]) == ["limit": 10, "used": 0])
                let failure = try #require(try CatalogFailure(problemBody: bytes, catalog: ServiceError.self))
                #expect(failure.meaning == "0 requests were made this hour; the limit is 10.")
            }
        }
    }
}
