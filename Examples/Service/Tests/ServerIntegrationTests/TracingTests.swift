import ErrorCatalog
import ErrorCatalogTracing
import ErrorCodes
import InMemoryTracing
import Testing
import Tracing

/// Spans record catalog errors with their attributes, checked with swift-distributed-tracing's
/// own in-memory tracer.
@Suite struct TracingTests {
    struct Secret: Error, CustomStringConvertible {
        var description: String { "password=hunter2" }
    }

    @Test func aServerErrorSetsTheStatusAndAClientErrorDoesNot() throws {
        let tracer = InMemoryTracer()
        let failing = tracer.startSpan("execute")
        failing.record(catalogError: CatalogFailure(IntegrationHubError.allProvidersFailed))
        failing.end()
        let rejected = tracer.startSpan("execute")
        rejected.record(catalogError: IntegrationHubError.invalidIntent)
        rejected.end()
        let plain = tracer.startSpan("execute")
        plain.record(catalogError: Secret())
        plain.end()
        let spans = tracer.finishedSpans
        #expect(spans.count == 3)

        let error = IntegrationHubError.allProvidersFailed
        #expect(spans[0].attributes.get("error.type") == .string(error.code))
        #expect(spans[0].attributes.get("error.catalog") == .string("IntegrationHubError"))
        #expect(spans[0].attributes.get("error.name") == .string("allProvidersFailed"))
        #expect(spans[0].attributes.get("error.id") == .int64(Int64(error.numericID)))
        #expect(spans[0].attributes.get("http.response.status_code") == .int64(503))
        #expect(spans[0].errors.count == 1)
        #expect(spans[0].status == SpanStatus(code: .error, message: error.meaning))

        // A 4xx is the client's: recorded, status left unset.
        #expect(spans[1].errors.count == 1)
        #expect(spans[1].attributes.get("http.response.status_code") == .int64(400))
        #expect(spans[1].status == nil)

        // A plain error: its type only, nothing of its text.
        #expect(spans[2].status == SpanStatus(code: .error))
        #expect(spans[2].attributes.get("error.type") == .string(String(reflecting: Secret.self)))
        var text = ""
        spans[2].attributes.forEach { key, value in text += "\(key)=\(value) " }
        #expect(!text.contains("hunter2"))
    }
}
