// swift-tools-version: 6.0
// A package that uses ErrorCatalog the way an app does: its own catalog compiled by the
// build plugin, plus the bundled catalogs from the ErrorCodes library.
import PackageDescription

let package = Package(
    name: "PluginConsumer",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ErrorCatalog", path: "../..")
    ],
    targets: [
        .executableTarget(
            name: "Consumer",
            dependencies: [.product(name: "ErrorCodes", package: "ErrorCatalog")],
            plugins: [.plugin(name: "ErrorCatalogPlugin", package: "ErrorCatalog")]
        )
    ]
)
