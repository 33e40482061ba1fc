import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-error-docs [--out DIR]
/// [--target NAME …] [--site-name NAME]`: writes the Markdown docs (and `mkdocs.yml`) of the
/// package's catalogs into the package.
///
/// Catalogs are the `*.yaml`/`*.yml` files of the named targets, or by default of every
/// non-test target that holds some; their translations (`name.LOCALE.yaml` beside them) go
/// along, so the site has a page in every language the catalogs are translated into. Docs
/// belong here rather than in the build plugin: a build plugin's non-Swift outputs become
/// resources of the target.
@main
struct ErrorCatalogDocsPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let out = extractor.extractOption(named: "out").last ?? "error-docs"
        let siteName = extractor.extractOption(named: "site-name").last
        let names = extractor.extractOption(named: "target")
        let targets = try names.isEmpty ? context.package.targets : context.package.targets(named: names)
        let files = targets.compactMap { $0 as? SourceModuleTarget }
            .filter { !names.isEmpty || ($0.kind != .test && Self.hasCatalogs($0)) }
            .map { $0.sourceFiles.map(\.url) }
        let catalogs = files.flatMap(CatalogFiles.catalogs(in:)).map { $0.path(percentEncoded: false) }.sorted()
        let translations = files.flatMap(CatalogFiles.translations(in:)).map { $0.path(percentEncoded: false) }.sorted()
        guard !catalogs.isEmpty else { throw PluginError.noCatalogsInPackage(targets: names) }
        let folder = context.package.directoryURL.appending(path: out).path(percentEncoded: false)
        var arguments = ["docs", "--out", folder]
        if let siteName { arguments += ["--site-name", siteName] }
        let process = Process()
        process.executableURL = try context.tool(named: "errcat").url
        process.arguments = arguments + catalogs + translations
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PluginError.toolFailed(command: "docs", status: process.terminationStatus)
        }
        print("Wrote the docs of \(catalogs.count) catalog(s) to \(out)/")
    }

    static func hasCatalogs(_ target: SourceModuleTarget) -> Bool {
        !CatalogFiles.catalogs(in: target.sourceFiles.map(\.url)).isEmpty
    }
}
