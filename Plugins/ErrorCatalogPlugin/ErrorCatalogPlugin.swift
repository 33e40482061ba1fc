import PackagePlugin

#if canImport(FoundationEssentials)
import struct FoundationEssentials.URL
#else
import struct Foundation.URL
#endif

/// Compiles the target's catalog YAML files into Swift on every build that needs it.
///
/// Every `*.yaml`/`*.yml` file in the target's folder is a catalog, except translations
/// (`name.de.yaml` beside `name.yaml`, compiled into that catalog's Swift), and a `*.ledger`
/// file its release ledger (stable ids and former names come from it). They are the command's
/// declared inputs and `<file name>.swift` and `<file name>+Entries.swift` in the plugin work
/// folder its declared outputs, so the build system runs `errcat` only when a catalog or the
/// ledger changes, and adding a file to the target re-evaluates the plugin. Diagnostics come
/// out as `path:line:col: error: …`. A target that is not a source module, holds no catalog or
/// holds several ledgers is an error (``PluginError``) that says what to change.
@main
struct ErrorCatalogPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else {
            throw PluginError.notASourceModule(target: target.name)
        }
        return try Self.commands(
            catalogs: target.sourceFiles.map(\.url), workFolder: context.pluginWorkDirectoryURL,
            tool: context.tool(named: "errcat").url, targetName: target.name)
    }

    static func commands(catalogs files: [URL], workFolder: URL, tool: URL, targetName: String) throws -> [Command] {
        let catalogs = CatalogFiles.catalogs(in: files)
        guard !catalogs.isEmpty else { throw PluginError.noCatalogs(target: targetName) }
        // The ledger is no catalog; generated ids and former names are read from it.
        let ledgers = CatalogFiles.ledgers(in: files)
        guard ledgers.count <= 1 else {
            throw PluginError.severalLedgers(target: targetName, files: ledgers.map(\.lastPathComponent))
        }
        let ledgerArguments = ledgers.first.map { ["--ledger", $0.path(percentEncoded: false)] } ?? []
        // Translations (`name.de.yaml`) are read with their catalog and make no file of their own.
        let translations = CatalogFiles.translations(in: files)
        let output = workFolder.appending(component: "GeneratedSources")
        // Two files per catalog: the type, and the switches over its cases (recompiled only when
        // the cases change).
        let outputs = catalogs.flatMap { catalog in
            let stem = catalog.deletingPathExtension().lastPathComponent
            return [stem + ".swift", stem + "+Entries.swift"].map { output.appending(component: $0) }
        }
        return [
            .buildCommand(
                displayName: "Compiling \(catalogs.count) error catalog(s) for \(targetName)",
                executable: tool,
                arguments: ["generate", "--file-naming", "source", "--swift-out", output.path(percentEncoded: false)]
                    + ledgerArguments + (catalogs + translations).map { $0.path(percentEncoded: false) },
                inputFiles: catalogs + translations + ledgers,
                outputFiles: outputs)
        ]
    }
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension ErrorCatalogPlugin: XcodeBuildToolPlugin {
    func createBuildCommands(context: XcodePluginContext, target: XcodeTarget) throws -> [Command] {
        try Self.commands(
            catalogs: target.inputFiles.map(\.url), workFolder: context.pluginWorkDirectoryURL,
            tool: context.tool(named: "errcat").url, targetName: target.displayName)
    }
}
#endif
