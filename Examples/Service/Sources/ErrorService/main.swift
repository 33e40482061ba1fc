import ErrorCatalogMetrics
import ErrorCodes
import ErrorServiceApp
import Foundation
import Prometheus

// swift run ErrorService, then: curl -i localhost:8080/limited; curl localhost:8080/metrics
// PORT sets the port. ERRCAT_LAZY_COUNTERS=1 makes each counter on its entry's first error,
// as counters were made before they were made for their catalogs (to see what that costs).
let environment = ProcessInfo.processInfo.environment
let registry = PrometheusCollectorRegistry()
let factory = PrometheusMetricsFactory(registry: registry)
let counter =
    environment["ERRCAT_LAZY_COUNTERS"] == "1"
    ? CatalogErrorCounter(catalogs: [], factory: factory)
    : CatalogErrorCounter(catalogs: [IntegrationHubError.self, DeliveryOverviewDiscard.self], factory: factory)
try await ErrorServiceApp.application(
    port: Int(environment["PORT"] ?? "") ?? 8080, counter: counter, metrics: { registry.emitToString() }
).runService()
