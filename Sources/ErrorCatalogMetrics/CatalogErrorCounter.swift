#if Metrics
import ErrorCatalog
import Metrics
import Foundation

/// Counts catalog errors by catalog, category and code with swift-metrics.
///
/// Every counter of one `CatalogErrorCounter` has the same dimension names, as Prometheus
/// requires of a metric: `catalog`, `category` and `code`, or with ``Granularity/category``
/// only `catalog` and `category` (for catalogs too large to count per code). An entry without
/// a category counts under `none`. Each counter is made once and kept, never made per error.
///
/// Made for the catalogs it will count (``init(catalogs:label:granularity:factory:)``), it makes
/// every entry's counter (or every category's) at zero before the first error, because a
/// series that first appears already counting is never counted by Prometheus' `increase` and
/// `rate`: without it, a code seen once in a process's life would never show. Errors of other
/// catalogs still get a counter the first time they are recorded.
public final class CatalogErrorCounter: @unchecked Sendable {
    /// How finely errors are counted.
    public enum Granularity: Sendable {
        /// One counter per entry: dimensions `catalog`, `category`, `code`.
        case code
        /// One counter per category: dimensions `catalog`, `category`.
        case category
    }

    /// The metric's label.
    public let label: String
    /// How finely errors are counted.
    public let granularity: Granularity
    // Guarded by `lock` (a Foundation lock, available on every platform the package supports).
    private let lock = NSLock()
    private var counters: [Key: Counter] = [:]

    private struct Key: Hashable {
        var catalog: String
        var category: String
        var code: String
    }

    /// Where counters are made: the bootstrapped metrics system unless a factory is given.
    private let factory: (any MetricsFactory)?

    /// A counter family for `catalogs`, named `label` (`catalog_errors_total` by default) and
    /// made by `factory` (by default, the factory `MetricsSystem` was bootstrapped with), whose
    /// every series exists, at zero, from the start: one per entry (``Granularity/code``) or per
    /// category (``Granularity/category``, with `none` when an entry has no category). The
    /// catalog knows every code in advance, so a scrape before the first error already sees
    /// each series, and Prometheus' `increase` counts the first events. An error of a catalog
    /// not in `catalogs` gets its series at its first occurrence, which `increase` misses.
    public init(
        catalogs: [any CatalogError.Type], label: String = "catalog_errors_total", granularity: Granularity = .code,
        factory: (any MetricsFactory)? = nil
    ) {
        self.label = label
        self.granularity = granularity
        self.factory = factory
        for catalog in catalogs { makeCounters(catalog) }
    }

    /// A counter family that makes each series at its first error.
    @available(
        *, deprecated,
        message: """
            a series made at its first error is never counted by Prometheus' increase() and rate(): \
            give the catalogs it counts, init(catalogs:label:granularity:factory:)
            """
    )
    public convenience init(
        label: String = "catalog_errors_total", granularity: Granularity = .code, factory: (any MetricsFactory)? = nil
    ) {
        self.init(catalogs: [], label: label, granularity: granularity, factory: factory)
    }

    private func makeCounters<Catalog: CatalogError>(_: Catalog.Type) {
        for entry in Catalog.Entry.allCases { _ = counter(for: entry) }
    }

    /// Counts one occurrence of `error` (a catalog error or a ``ErrorCatalog/CatalogFailure``);
    /// any other error is not counted.
    public func record(_ error: any Error) {
        guard let entry = CatalogFailure(wrapping: error)?.entry else { return }
        counter(for: entry).increment()
    }

    /// The counter of `error`, made the first time.
    private func counter(for entry: any CatalogEntry) -> Counter {
        let key = Key(
            catalog: type(of: entry).catalogName, category: entry.categoryID ?? "none",
            code: granularity == .code ? entry.code : "")
        return lock.withLock {
            if let counter = counters[key] { return counter }
            var dimensions = [("catalog", key.catalog), ("category", key.category)]
            if granularity == .code { dimensions.append(("code", key.code)) }
            let counter = Counter(label: label, dimensions: dimensions, factory: factory ?? MetricsSystem.factory)
            counters[key] = counter
            return counter
        }
    }
}
#endif
