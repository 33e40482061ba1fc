// swift-tools-version: 6.1
// Benchmarks, kept out of the main package so their build never slows `swift test`.
// Run ./run (it generates the synthetic catalogs these targets compile).
import PackageDescription

let package = Package(
    name: "ErrorCatalogBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ErrorCatalog", path: "..", traits: ["Hummingbird"]),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/ordo-one/malloc-interposer", from: "1.6.0"),
    ],
    targets: [
        // A 5,000-entry synthetic catalog compiled by the build plugin (written by ./run).
        .target(
            name: "SyntheticCatalog",
            dependencies: [.product(name: "ErrorCatalog", package: "ErrorCatalog")],
            plugins: [.plugin(name: "ErrorCatalogPlugin", package: "ErrorCatalog")]
        ),
        // The timing loop and sink the benchmark executables share.
        .target(name: "BenchmarkSupport"),
        // gperf's lookup over the same keys (written by ./run).
        .target(name: "CGperf", cSettings: [.unsafeFlags(["-O2"])]),
        .executableTarget(
            name: "LookupBenchmark",
            dependencies: [
                "SyntheticCatalog", "CGperf", "BenchmarkSupport",
                .product(name: "MallocInterposerSwift", package: "malloc-interposer"),
            ]
        ),
        .executableTarget(name: "FirstLookup", dependencies: ["SyntheticCatalog"]),
        // Message rendering against hand-written interpolation (messages.yaml, a two-argument plural).
        .target(
            name: "MessageCatalog",
            dependencies: [.product(name: "ErrorCatalog", package: "ErrorCatalog")],
            plugins: [.plugin(name: "ErrorCatalogPlugin", package: "ErrorCatalog")]
        ),
        .executableTarget(
            name: "MessageBenchmark",
            dependencies: [
                "MessageCatalog", "BenchmarkSupport",
                .product(name: "MallocInterposerSwift", package: "malloc-interposer"),
            ]
        ),
        // A 10,000-entry catalog with parameters every 10th entry (written by ./run), and what
        // going between its cases and entries costs at run time.
        .target(
            name: "ParameterCatalog",
            dependencies: [.product(name: "ErrorCatalog", package: "ErrorCatalog")],
            plugins: [.plugin(name: "ErrorCatalogPlugin", package: "ErrorCatalog")]
        ),
        .executableTarget(
            name: "CaseBenchmark", dependencies: ["ParameterCatalog", "SyntheticCatalog", "BenchmarkSupport"]
        ),
        // What CatalogErrorMiddleware adds to a Hummingbird request, in process (no sockets).
        .executableTarget(
            name: "MiddlewareBenchmark",
            dependencies: [
                .product(name: "ErrorCodes", package: "ErrorCatalog"),
                .product(name: "ErrorCatalogHummingbird", package: "ErrorCatalog"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)
