/// What the plugins refuse, each with what to do about it.
enum PluginError: Error, CustomStringConvertible {
    /// The build plugin is applied to a target that has no source files of its own.
    case notASourceModule(target: String)
    /// A target that applies the build plugin holds no catalog.
    case noCatalogs(target: String)
    /// A target holds more than one release ledger.
    case severalLedgers(target: String, files: [String])
    /// The docs plugin found no catalog in the targets it looked at.
    case noCatalogsInPackage(targets: [String])
    /// `errcat` exited with an error (its diagnostics are above).
    case toolFailed(command: String, status: Int32)

    var description: String {
        switch self {
        case .notASourceModule(let target):
            "target '\(target)' is not a source module, so ErrorCatalogPlugin cannot read catalogs from it; apply "
                + "the plugin to a Swift target whose folder holds the catalog YAML files"
        case .noCatalogs(let target):
            "target '\(target)' applies ErrorCatalogPlugin but holds no catalog file (*.yaml or *.yml); add one to "
                + "the target's folder, or remove the plugin from the target"
        case .severalLedgers(let target, let files):
            "target '\(target)' holds \(files.count) release ledgers "
                + "(\(files.joined(separator: ", "))); keep one, catalog.ledger beside the catalogs, which errcat "
                + "release writes, and delete the others"
        case .noCatalogsInPackage(let targets):
            "no catalog files (*.yaml, *.yml) in "
                + "\(targets.isEmpty ? "the package's targets" : "target(s) " + targets.joined(separator: ", ")); "
                + "name the targets that hold them with --target NAME"
        case .toolFailed(let command, let status):
            "errcat \(command) failed with exit status \(status); fix the errors it reported above and run the "
                + "command again"
        }
    }
}
