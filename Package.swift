// swift-tools-version: 6.1
import Foundation
import PackageDescription

let package = Package(
    name: "ErrorCatalog",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    products: [
        // The runtime that generated code links: hashing, table probes, shared protocol.
        .library(name: "ErrorCatalog", targets: ["ErrorCatalog"]),
        // The compiler as a library, for tools that embed it.
        .library(name: "ErrorCatalogCompiler", targets: ["ErrorCatalogCompiler"]),
        .executable(name: "errcat", targets: ["errcat"]),
        // Compiles a target's catalog YAML into Swift on every build that needs it.
        .plugin(name: "ErrorCatalogPlugin", targets: ["ErrorCatalogPlugin"]),
        // Regenerates the Markdown docs into the package:
        // swift package --allow-writing-to-package-directory generate-error-docs
        .plugin(name: "ErrorCatalogDocsPlugin", targets: ["ErrorCatalogDocsPlugin"]),
        // The typed errors of the catalogs in catalog/.
        .library(name: "ErrorCodes", targets: ["ErrorCodes"]),
        // Server and observability integrations, each behind the trait of the same name: a
        // package that enables none of them resolves and builds none of their dependencies.
        .library(name: "ErrorCatalogVapor", targets: ["ErrorCatalogVapor"]),
        .library(name: "ErrorCatalogHummingbird", targets: ["ErrorCatalogHummingbird"]),
        .library(name: "ErrorCatalogLogging", targets: ["ErrorCatalogLogging"]),
        .library(name: "ErrorCatalogMetrics", targets: ["ErrorCatalogMetrics"]),
        .library(name: "ErrorCatalogTracing", targets: ["ErrorCatalogTracing"]),
    ],
    traits: [
        .trait(
            name: "Vapor", description: "CatalogErrorMiddleware for Vapor 4 (ErrorCatalogVapor).",
            enabledTraits: ["Logging", "FoundationBridging"]),
        .trait(
            name: "Hummingbird", description: "CatalogErrorMiddleware for Hummingbird 2 (ErrorCatalogHummingbird).",
            enabledTraits: ["Logging", "FoundationBridging"]),
        .trait(
            name: "FoundationBridging",
            description:
                "Catalog errors as LocalizedError and CustomNSError on Linux (always on Apple platforms); links "
                + "Foundation."
        ),
        .trait(name: "Logging", description: "swift-log metadata for catalog errors (ErrorCatalogLogging)."),
        .trait(name: "Metrics", description: "swift-metrics counters of catalog errors (ErrorCatalogMetrics)."),
        .trait(
            name: "Tracing",
            description: "swift-distributed-tracing span attributes for catalog errors (ErrorCatalogTracing)."),
        .default(enabledTraits: []),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/vapor/vapor", from: "4.122.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.7.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "ErrorCatalog"),
        .target(
            name: "ErrorCatalogCompiler",
            dependencies: ["CLibYAML", "ErrorCatalog"]
        ),
        .executableTarget(
            name: "errcat",
            dependencies: [
                "ErrorCatalogCompiler",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .plugin(
            name: "ErrorCatalogPlugin",
            capability: .buildTool(),
            dependencies: ["errcat"]
        ),
        .plugin(
            name: "ErrorCatalogDocsPlugin",
            capability: .command(
                intent: .custom(
                    verb: "generate-error-docs", description: "Write the catalogs' Markdown docs into the package."),
                permissions: [
                    .writeToPackageDirectory(reason: "The docs are written into the package (default: error-docs/).")
                ]
            ),
            dependencies: ["errcat"]
        ),
        // catalog/ is this target's folder, so editing or adding a YAML file there changes
        // the target and the plugin picks it up.
        .target(
            name: "ErrorCodes",
            dependencies: ["ErrorCatalog"],
            path: "catalog",
            exclude: ["catalog.schema.json", "translation.schema.json", "CHANGELOG.md"],
            plugins: ["ErrorCatalogPlugin"]
        ),
        // Catalogs whose cases the tests reach from another module, as apps do.
        .target(
            name: "KeywordCatalog",
            dependencies: ["ErrorCatalog"],
            path: "Tests/KeywordCatalog",
            plugins: ["ErrorCatalogPlugin"]
        ),
        .target(
            name: "ErrorCatalogLogging",
            dependencies: [
                "ErrorCatalog",
                .product(name: "Logging", package: "swift-log", condition: .when(traits: ["Logging"])),
            ]
        ),
        .target(
            name: "ErrorCatalogMetrics",
            dependencies: [
                "ErrorCatalog",
                .product(name: "Metrics", package: "swift-metrics", condition: .when(traits: ["Metrics"])),
            ]
        ),
        .target(
            name: "ErrorCatalogTracing",
            dependencies: [
                "ErrorCatalog",
                .product(name: "Tracing", package: "swift-distributed-tracing", condition: .when(traits: ["Tracing"])),
            ]
        ),
        .target(
            name: "ErrorCatalogVapor",
            dependencies: [
                "ErrorCatalog", "ErrorCatalogLogging",
                .product(name: "Vapor", package: "vapor", condition: .when(traits: ["Vapor"])),
            ]
        ),
        .target(
            name: "ErrorCatalogHummingbird",
            dependencies: [
                "ErrorCatalog", "ErrorCatalogLogging",
                .product(name: "Hummingbird", package: "hummingbird", condition: .when(traits: ["Hummingbird"])),
            ]
        ),
        .testTarget(
            name: "GeneratedCodeTests",
            dependencies: ["ErrorCatalog", "ErrorCodes", "KeywordCatalog", "ErrorCatalogCompiler"],
            plugins: ["ErrorCatalogPlugin"]
        ),
        .testTarget(
            name: "ErrorCatalogTests",
            dependencies: ["ErrorCatalog"]
        ),
        // Runs the `errcat` that `swift test` builds beside it, as a user runs it (a test
        // target that depends on an executable links the executable's code in twice on Linux).
        .testTarget(name: "CommandLineTests"),
        .testTarget(
            name: "ErrorCatalogCompilerTests",
            dependencies: ["ErrorCatalogCompiler"],
            exclude: ["Fixtures"]
        ),
    ]
)

// The DocC plugin, for `swift package generate-documentation`, only when asked for
// (`ERRCAT_DOCC=1`, as .ci/check-docc does): a package that depends on ErrorCatalog never
// resolves it.
if ProcessInfo.processInfo.environment["ERRCAT_DOCC"] != nil {
    package.dependencies.append(.package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"))
}
