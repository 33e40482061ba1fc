import ErrorCatalog
import ErrorCatalogLogging
import ErrorCatalogMetrics
import ErrorCodes
import InMemoryLogging
import Logging
import MetricsTestKit
import Testing

/// Log metadata and counters, checked with swift-log's and swift-metrics' own test handlers.
@Suite struct ObservabilityTests {
    @Test func logMetadataFollowsOpenTelemetryNames() {
        let error = DeliveryOverviewDiscard.filteredByRules
        let metadata = error.logMetadata
        #expect(metadata["error.type"] == .string(error.code))
        #expect(metadata["error.catalog"] == "DeliveryOverviewDiscard")
        #expect(metadata["error.code"] == .string(error.code))
        #expect(metadata["error.name"] == "filteredByRules")
        #expect(metadata["error.category"] == .string(error.categoryID!))
        #expect(metadata["error.id"] == .stringConvertible(error.numericID))
        #expect(metadata["http.response.status_code"] == nil)  // the entry has no HTTP status
    }

    @Test func reportLogsAtTheStatusLevel() {
        let logs = InMemoryLogHandler()
        let logger = Logger(label: "test") { _ in logs }
        logger.report(catalogError: IntegrationHubError.rateLimitExceeded(retryAfter: 12))
        logger.report(catalogError: IntegrationHubError.unexpected)
        #expect(logs.entries.map(\.level) == [.warning, .error])
        #expect(logs.entries[0].message == "\(IntegrationHubError.rateLimitExceeded(retryAfter: 12).meaning)")
        #expect(
            logs.entries[0].metadata["error.arguments.retryAfter"] == .stringConvertible(MessageArgument.integer(12)))
    }

    @Test func theDiscardTableCountsReasonsPerPipelineStep() throws {
        let metrics = TestMetrics()
        let byCode = CatalogErrorCounter(catalogs: [DeliveryOverviewDiscard.self], factory: metrics)
        let byStep = CatalogErrorCounter(
            catalogs: [DeliveryOverviewDiscard.self], label: "discards_by_step_total", granularity: .category,
            factory: metrics)
        let discards: [DeliveryOverviewDiscard] = [.filteredByRules, .filteredByRules, .schemaViolation]
        for discard in discards {
            byCode.record(discard)
            byStep.record(discard)
        }
        byCode.record(CatalogFailure(DeliveryOverviewDiscard.filteredByRules))  // a wrapped one counts too
        struct Other: Error {}
        byCode.record(Other())  // not a catalog error: not counted
        let rules = DeliveryOverviewDiscard.filteredByRules
        #expect(
            try metrics.expectCounter(
                "catalog_errors_total",
                [("catalog", "DeliveryOverviewDiscard"), ("category", rules.categoryID!), ("code", rules.code)]
            ).totalValue == 3)
        let series = Set(DeliveryOverviewDiscard.Entry.allCases.map { "\($0.categoryID ?? "none") \($0.code)" })
        #expect(metrics.counters(label: "catalog_errors_total").count == series.count)
        let steps = metrics.counters(label: "discards_by_step_total")
        #expect(Set(steps.map { $0.dimensions.map(\.0) }) == [["catalog", "category"]])
        #expect(
            try metrics.expectCounter(
                "discards_by_step_total", [("catalog", "DeliveryOverviewDiscard"), ("category", rules.categoryID!)]
            ).totalValue == 2)
    }

    /// Made for its catalogs, a counter family has every series at zero before the first
    /// error, so a scrape before it sees them all and `increase` counts the first event.
    @Test func everySeriesOfACatalogExistsAtZeroBeforeTheFirstError() throws {
        let metrics = TestMetrics()
        let byCode = CatalogErrorCounter(
            catalogs: [DeliveryOverviewDiscard.self, IntegrationHubError.self], factory: metrics)
        let byStep = CatalogErrorCounter(
            catalogs: [DeliveryOverviewDiscard.self], label: "discards_by_step_total", granularity: .category,
            factory: metrics)
        let codes = metrics.counters(label: "catalog_errors_total")
        // One series per code and category: entries of one step that share a code share it.
        let series =
            Set(DeliveryOverviewDiscard.Entry.allCases.map { "\($0.categoryID ?? "none") \($0.code)" }).count
            + Set(IntegrationHubError.Entry.allCases.map { "\($0.categoryID ?? "none") \($0.code)" }).count
        #expect(series > 100)
        #expect(codes.count == series)
        #expect(codes.allSatisfy { $0.totalValue == 0 })
        let steps = Set(DeliveryOverviewDiscard.Entry.allCases.map { $0.categoryID ?? "none" })
        #expect(
            Set(
                metrics.counters(label: "discards_by_step_total").compactMap {
                    $0.dimensions.first { $0.0 == "category" }?.1
                }) == steps)
        // Recording uses the counters made at the start: no new series, the count goes up.
        let rules = DeliveryOverviewDiscard.filteredByRules
        byCode.record(rules)
        byStep.record(rules)
        #expect(metrics.counters(label: "catalog_errors_total").count == codes.count)
        #expect(
            try metrics.expectCounter(
                "catalog_errors_total",
                [("catalog", "DeliveryOverviewDiscard"), ("category", rules.categoryID!), ("code", rules.code)]
            ).totalValue == 1)
        #expect(
            try metrics.expectCounter(
                "discards_by_step_total", [("catalog", "DeliveryOverviewDiscard"), ("category", rules.categoryID!)]
            ).totalValue == 1)
    }
}
