// swift-tools-version: 6.1
import PackageDescription

// A small Hummingbird service that answers with the bundled catalogs' errors, and the tests
// that run real Vapor and Hummingbird servers on loopback against ErrorCatalog's server,
// logging and metrics integrations. Built by .ci/run (the frameworks take minutes to build,
// so they stay out of the main package's `swift test`):
//
//     swift test --package-path Examples/Service
let package = Package(
    name: "ErrorService",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "ErrorCatalog", path: "../..", traits: ["Vapor", "Hummingbird", "Metrics", "Tracing"]),
        .package(url: "https://github.com/vapor/vapor", from: "4.122.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.7.3"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        .target(
            name: "ErrorServiceApp",
            dependencies: [
                .product(name: "ErrorCodes", package: "ErrorCatalog"),
                .product(name: "ErrorCatalogHummingbird", package: "ErrorCatalog"),
                .product(name: "ErrorCatalogMetrics", package: "ErrorCatalog"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            plugins: [.plugin(name: "ErrorCatalogPlugin", package: "ErrorCatalog")]
        ),
        // Serves the app with its counters in Prometheus' text format at /metrics
        // (.ci/check-prometheus scrapes it with a real Prometheus).
        .executableTarget(
            name: "ErrorService",
            dependencies: ["ErrorServiceApp", .product(name: "Prometheus", package: "swift-prometheus")]
        ),
        .testTarget(
            name: "ServerIntegrationTests",
            dependencies: [
                "ErrorServiceApp",
                .product(name: "ErrorCodes", package: "ErrorCatalog"),
                .product(name: "ErrorCatalogVapor", package: "ErrorCatalog"),
                .product(name: "ErrorCatalogHummingbird", package: "ErrorCatalog"),
                .product(name: "ErrorCatalogLogging", package: "ErrorCatalog"),
                .product(name: "ErrorCatalogMetrics", package: "ErrorCatalog"),
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "InMemoryLogging", package: "swift-log"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
                .product(name: "ErrorCatalogTracing", package: "ErrorCatalog"),
                .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
            ]
        ),
    ]
)
