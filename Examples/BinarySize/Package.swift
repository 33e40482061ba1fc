// swift-tools-version: 6.1
import Foundation
import PackageDescription

// Two executables to weigh what the runtime adds to a Linux binary (.ci/check-size): `Bare`
// prints a line; `WithCatalog` looks up a code of a generated catalog and prints its meaning
// and a problem body. ERRCAT_BRIDGING=1 builds them with the FoundationBridging trait.
// `SizeErrors` holds what `errcat generate` writes from `catalog/` (check-size runs it first):
// the build plugin would build the compiler in release once per trait setting.
let bridging = ProcessInfo.processInfo.environment["ERRCAT_BRIDGING"] == "1"
let package = Package(
    name: "BinarySize",
    dependencies: [
        .package(name: "ErrorCatalog", path: "../..", traits: bridging ? ["FoundationBridging"] : [])
    ],
    targets: [
        .executableTarget(name: "Bare"),
        .target(
            name: "SizeErrors",
            dependencies: [.product(name: "ErrorCatalog", package: "ErrorCatalog")]
        ),
        .executableTarget(name: "WithCatalog", dependencies: ["SizeErrors"]),
    ]
)
