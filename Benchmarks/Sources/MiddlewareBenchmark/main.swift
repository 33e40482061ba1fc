// What `CatalogErrorMiddleware` adds to a Hummingbird request: a router's responder is called
// in process (no sockets, as Hummingbird's own router benchmarks do) for a route that returns
// and one that throws a catalog error, with and without the middleware. The context's logger
// discards everything, so logging costs only its level check. Prints nanoseconds per request,
// the median of 7 passes of 100,000 requests.
import ErrorCatalogHummingbird
import ErrorCodes
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

struct BenchmarkSource: RequestContextSource {
    let logger = Logger(label: "benchmark") { _ in SwiftLogNoOpLogHandler() }
}

struct Context: RequestContext {
    typealias Source = BenchmarkSource
    var coreContext: CoreRequestContextStorage
    init(source: Source) { coreContext = CoreRequestContextStorage(source: source) }
}

struct DiscardingWriter: ResponseBodyWriter {
    func finish(_: HTTPFields?) async throws {}
    func write(_: ByteBuffer) async throws {}
}

func router(withMiddleware: Bool) -> Router<Context> {
    let router = Router(context: Context.self)
    if withMiddleware { router.add(middleware: CatalogErrorMiddleware()) }
    router.get("ok") { _, _ in "ok" }
    router.get("fail") { _, _ -> String in throw IntegrationHubError.rateLimitExceeded(retryAfter: 30) }
    return router
}

func measure(_ name: String, withMiddleware: Bool, path: String) async -> Double {
    let responder = router(withMiddleware: withMiddleware).buildResponder()
    let context = Context(source: BenchmarkSource())
    let head = HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: path)
    let count = 100_000
    var passes: [Double] = []
    for _ in 0..<7 {
        let start = ContinuousClock.now
        for _ in 0..<count {
            let (body, source) = RequestBody.makeStream()
            source.finish()
            do {
                let response = try await responder.respond(to: Request(head: head, body: body), context: context)
                _ = try await response.body.write(DiscardingWriter())
            } catch {
                // Without the middleware the error reaches the server, which answers 500.
            }
        }
        let elapsed = ContinuousClock.now - start
        passes.append(Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9)
    }
    let median = passes.sorted()[passes.count / 2] / Double(count)
    print("\(name): \(String(format: "%.0f", median)) ns per request")
    return median
}

let okPlain = await measure("route returns, no middleware", withMiddleware: false, path: "/ok")
let okWith = await measure("route returns, CatalogErrorMiddleware", withMiddleware: true, path: "/ok")
let failPlain = await measure(
    "route throws a catalog error, no middleware (error reaches the server)", withMiddleware: false, path: "/fail")
let failWith = await measure(
    "route throws a catalog error, CatalogErrorMiddleware answers the problem", withMiddleware: true, path: "/fail")
print(
    "added by the middleware: "
        + "\(String(format: "%.0f", okWith - okPlain)) ns when the route returns; "
        + "\(String(format: "%.0f", failWith - failPlain)) ns to answer a thrown error as a problem"
)
