import ArgumentParser
import ErrorCatalog

/// `errcat`: compiles error-code catalogs (YAML) into Swift and documentation.
@main
struct Errcat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "errcat",
        abstract: "Check error-code catalogs and compile them into Swift and Markdown.",
        version: ErrorCatalogRuntime.version,
        subcommands: [
            Lint.self, Explain.self, Generate.self, Docs.self, Check.self, Release.self, Changelog.self, Import.self,
            OpenAPI.self, Translations.self,
        ]
    )
}
