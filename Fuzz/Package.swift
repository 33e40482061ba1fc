// swift-tools-version: 6.0
// The libFuzzer target, kept out of the main package. Build and run with ../.ci/fuzz.
import PackageDescription

let package = Package(
    name: "ErrorCatalogFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "ErrorCatalog", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzCatalog",
            dependencies: [
                .product(name: "ErrorCatalog", package: "ErrorCatalog"),
                .product(name: "ErrorCatalogCompiler", package: "ErrorCatalog"),
            ]
        )
    ]
)
