import ErrorCatalogHummingbird
import ErrorCatalogMetrics
import ErrorCodes
import Hummingbird
import Logging

/// A service whose routes fail with the bundled catalogs' errors and its own
/// (`service-errors.yaml`, with message parameters), answered as RFC 9457 problems by
/// `CatalogErrorMiddleware` and counted by a `CatalogErrorCounter`.
public enum ErrorServiceApp {
    /// Reasons a route fails that are not the client's business.
    struct DatabaseUnavailable: Error, CustomStringConvertible {
        var description: String { "connection refused: postgres://service:s3cret@10.0.0.5/orders" }
    }

    /// The service's router; `metrics`, when given, is served at `/metrics` (Prometheus' text format).
    public static func router(
        counter: CatalogErrorCounter, metrics: (@Sendable () -> String)? = nil
    ) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: CatalogErrorMiddleware(onError: counter.record))
        router.get("health") { _, _ in "ok" }
        if let metrics { router.get("metrics") { _, _ in metrics() } }
        // Any discard reason of the delivery pipeline, by its position in the catalog (a code
        // may stand in several steps).
        router.post("discards/:position") { _, context -> String in
            let position = try context.parameters.require("position", as: Int.self)
            let entries = DeliveryOverviewDiscard.Entry.allCases
            guard entries.indices.contains(position),
                let discard = DeliveryOverviewDiscard(entry: entries[position], arguments: [:])
            else { throw HTTPError(.notFound) }
            throw discard
        }
        // Any code of the Integration Hub catalog, as the service would send it.
        router.get("hub/:code") { _, context -> String in
            let code = try context.parameters.require("code")
            guard let entry = IntegrationHubError.Entry(code: code) else { throw HTTPError(.notFound) }
            // An entry with parameters gets an example of each, as a real route would give its values.
            throw IntegrationHubError(entry: entry, arguments: ["retryAfter": 30]) ?? CatalogFailure(entry: entry)
        }
        // A rate limit whose reset the route knows.
        router.get("limited") { _, _ -> String in
            throw IntegrationHubError.rateLimitExceeded(retryAfter: 30)
        }
        // A discard reason of the delivery pipeline, in the step it happened.
        router.post("deliveries") { _, _ -> String in
            throw DeliveryOverviewDiscard.filteredByRules
        }
        router.get("orders") { _, _ -> String in throw DatabaseUnavailable() }
        // The service's own errors, with the arguments of their messages.
        router.get("quota/:used") { _, context -> String in
            throw ServiceError.quotaExceeded(limit: 100, used: try context.parameters.require("used", as: Int.self))
        }
        router.post("fields/:field") { request, context -> String in
            let reason = request.uri.queryParameters["reason"].map(String.init) ?? "missing"
            throw ServiceError.invalidField(field: try context.parameters.require("field"), reason: reason)
        }
        return router
    }

    /// The application on `host:port`, logging to `logger`.
    public static func application(
        host: String = "127.0.0.1", port: Int = 8080,
        counter: CatalogErrorCounter = CatalogErrorCounter(catalogs: [
            IntegrationHubError.self, DeliveryOverviewDiscard.self, ServiceError.self,
        ]),
        metrics: (@Sendable () -> String)? = nil, logger: Logger = Logger(label: "ErrorService")
    ) -> some ApplicationProtocol {
        Application(
            router: router(counter: counter, metrics: metrics),
            configuration: .init(address: .hostname(host, port: port)),
            logger: logger)
    }
}
