import ErrorCatalog
import ErrorCatalogVapor
import ErrorCodes
import Foundation
import Testing
import Vapor
import VaporTesting

/// A real Vapor server on a loopback port, with `CatalogErrorMiddleware`, answering requests
/// sent over HTTP.
@Suite struct VaporMiddlewareTests {
    struct Secret: Error, CustomStringConvertible {
        var description: String { "token=abc123 leaked" }
    }

    func withServer(_ test: (any TestingApplicationTester) async throws -> Void) async throws {
        try await withApp { app in
            app.middleware.use(CatalogErrorMiddleware())
            app.get("hub", ":code") { request -> String in
                let code = request.parameters.get("code") ?? ""
                guard let entry = IntegrationHubError.Entry(code: code) else { throw IntegrationHubError.unexpected }
                throw IntegrationHubError(entry: entry, arguments: entry.typed(["retryAfter": 30]))
                    ?? IntegrationHubError.unexpected
            }
            app.get("limited") { _ -> String in
                throw IntegrationHubError.rateLimitExceeded(retryAfter: 42)
            }
            app.get("secret") { _ -> String in throw Secret() }
            app.get("fine") { _ in "fine" }
            app.get("by-hand") { _ in Response(problemFor: IntegrationNodeError(entry: .allCases[0], arguments: [:])!) }
            try await test(try app.testing(method: .running(hostname: "127.0.0.1", port: 0)))
        }
    }

    func json(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    @Test func aCatalogErrorAnswersWithItsProblem() async throws {
        try await withServer { server in
            let error = IntegrationHubError.invalidIntent
            try await server.test(.GET, "hub/\(error.code)") { response in
                #expect(response.status.code == UInt(error.httpStatus!))
                #expect(response.headers.first(name: .contentType) == "application/problem+json")
                #expect(response.headers.first(name: "Retry-After") == nil)
                let body = try json(response)
                #expect(body["code"] as? String == error.code)
                #expect(body["title"] as? String == error.title)
                #expect(body["detail"] as? String == error.meaning)
                #expect(body["remedy"] as? String == error.remedy)
                #expect(body["status"] as? Int == error.httpStatus)
                #expect(body["type"] as? String == error.docURL)
                // The client's one call: the code back as the generated type.
                #expect(
                    try ErrorCode<IntegrationHubError>(problemBody: response.body.readableBytesView)?.error == error)
                #expect(try IntegrationHubError(problemBody: response.body.readableBytesView) == error)
            }
        }
    }

    @Test func everyIntegrationHubErrorRoundTripsOverHTTP() async throws {
        try await withServer { server in
            for entry in IntegrationHubError.Entry.allCases {
                try await server.test(.GET, "hub/\(entry.code)") { response in
                    #expect(Int(response.status.code) == (entry.httpStatus ?? 500))
                    let code = try ErrorCode<IntegrationHubError>(problemBody: response.body.readableBytesView)
                    #expect(code?.entry == entry)
                    let error = try IntegrationHubError(problemBody: response.body.readableBytesView)
                    #expect(error?.entry == entry)
                }
            }
        }
    }

    @Test func retryAfterComesFromTheCase() async throws {
        try await withServer { server in
            try await server.test(.GET, "limited") { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers.first(name: "Retry-After") == "42")
                let body = try json(response)
                #expect((body["arguments"] as? [String: Any])?["retryAfter"] as? Int == 42)
            }
        }
    }

    @Test func aPlainErrorLeaksNothingAndVaporsOwnErrorsStay() async throws {
        try await withServer { server in
            try await server.test(.GET, "secret") { response in
                #expect(response.status == .internalServerError)
                #expect(response.headers.first(name: .contentType) == "application/problem+json")
                #expect(response.body.string == #"{"status":500,"title":"Internal Server Error","type":"about:blank"}"#)
            }
            // An unknown route is Vapor's Abort(.notFound), answered as Vapor answers it.
            try await server.test(.GET, "no/such/route") { response in
                #expect(response.status == .notFound)
                #expect(!response.body.string.contains("problem"))
            }
            try await server.test(.GET, "fine") { response in
                #expect(response.status == .ok)
                #expect(response.body.string == "fine")
            }
            try await server.test(.GET, "by-hand") { response in
                #expect(response.status.code == UInt(IntegrationNodeError.Entry.allCases[0].httpStatus ?? 500))
                let body = try json(response)
                #expect(body["code"] as? String == IntegrationNodeError.Entry.allCases[0].code)
            }
        }
    }

    @Test func withoutTheMiddlewareAFailureStillHasItsStatus() async throws {
        try await withApp { app in
            app.get("limited") { _ -> String in
                throw CatalogFailure(IntegrationHubError.rateLimitExceeded(retryAfter: 5))
            }
            try await app.testing(method: .running(hostname: "127.0.0.1", port: 0)).test(.GET, "limited") { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers.first(name: "Retry-After") == "5")
            }
        }
    }
}
