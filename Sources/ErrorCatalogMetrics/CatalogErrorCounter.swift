#if Metrics
import ErrorCatalog
import Metrics
import Foundation

/// Counts catalog errors by catalog, category and code with swift-metrics.
///
/// Every counter of one `CatalogErrorCounter` has the same dimension names, as Prometheus
/// requires of a metric: `catalog`, `category` and `code`, or with ``Granularity/category``
/// only `catalog` and `category` (for catalogs too large to count per code). An entry without
/// a category counts under `none`. Each counter is created the first time its entry is
/// recorded and kept, never made per error.
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

    /// A counter family named `label` (`catalog_errors_total` by default), made by `factory`
    /// (by default, the factory `MetricsSystem` was bootstrapped with).
    public init(label: String = "catalog_errors_total", granularity: Granularity = .code, factory: (any MetricsFactory)? = nil) {
        self.label = label
        self.granularity = granularity
        self.factory = factory
    }

    /// Counts one occurrence of `error` (a catalog error or a ``ErrorCatalog/CatalogFailure``);
    /// any other error is not counted.
    public func record(_ error: any Error) {
        guard let catalogError = CatalogFailure(wrapping: error)?.error else { return }
        counter(for: catalogError).increment()
    }

    private func counter(for error: any CatalogError) -> Counter {
        let key = Key(
            catalog: type(of: error).catalogName, category: error.categoryID ?? "none",
            code: granularity == .code ? error.code : "")
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
