// swift-tools-version: 6.1
import PackageDescription

// Renders catalogs built from a real project's gettext messages (.ci/check-messages writes
// them into Sources/Render) through the build plugin and the generated Swift, for comparison
// with gettext's own rendering.
let package = Package(
    name: "Render",
    dependencies: [.package(name: "ErrorCatalog", path: "../../..")],
    targets: [
        .executableTarget(
            name: "Render",
            dependencies: [.product(name: "ErrorCatalog", package: "ErrorCatalog")],
            plugins: [.plugin(name: "ErrorCatalogPlugin", package: "ErrorCatalog")]
        )
    ]
)
