// swift-tools-version: 6.0
// Benchmarks, kept out of the main package so their build never slows `swift test`.
// Run ./run (it generates the synthetic catalogs these targets compile).
import PackageDescription

let package = Package(
    name: "ErrorCatalogBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ErrorCatalog", path: ".."),
        .package(url: "https://github.com/ordo-one/malloc-interposer", from: "1.6.0"),
    ],
    targets: [
        // A 5,000-entry synthetic catalog compiled by the build plugin (written by ./run).
        .target(
            name: "SyntheticCatalog",
            dependencies: [.product(name: "ErrorCatalog", package: "ErrorCatalog")],
            plugins: [.plugin(name: "ErrorCatalogPlugin", package: "ErrorCatalog")]
        ),
        // gperf's lookup over the same keys (written by ./run).
        .target(name: "CGperf", cSettings: [.unsafeFlags(["-O2"])]),
        .executableTarget(
            name: "LookupBenchmark",
            dependencies: [
                "SyntheticCatalog", "CGperf",
                .product(name: "MallocInterposerSwift", package: "malloc-interposer"),
            ]
        ),
        .executableTarget(name: "FirstLookup", dependencies: ["SyntheticCatalog"]),
    ]
)
