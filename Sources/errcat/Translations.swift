import ArgumentParser
import ErrorCatalogCompiler
import Foundation

/// `errcat translations`: translators' files out of the catalogs and back in.
struct Translations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exchange translations with translators' tools: gettext PO, XLIFF 1.2, String Catalogs.",
        subcommands: [TranslationsExport.self, TranslationsImport.self])
}

/// The translators' file formats.
enum TranslatorsFormat: String, ExpressibleByArgument, CaseIterable {
    case po, xliff, xcstrings
}

/// `errcat translations export`: one file per catalog for a locale.
struct TranslationsExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write one translators' file per catalog for a locale: every text, its translation and its state.",
        discussion: """
            Each text is keyed by catalog and path (IntegrationHub/errors/authFailed/meaning). Stale translations \
            (their source changed since the release they name, or since the text their made_from records) are \
            fuzzy in PO, needs-review in XLIFF and needs_review in String Catalogs; untranslated texts are \
            empty, 'new' in String Catalogs.
            """)

    @OptionGroup var input: CatalogInput

    @Option(help: "The locale to export (a BCP 47 tag such as de or pt-BR).")
    var locale: String

    @Option(help: "The file format: po, xliff or xcstrings.")
    var format: TranslatorsFormat

    @Option(help: "The folder to write the files into.")
    var out: String

    func run() throws {
        guard LocaleTag.isWellFormed(LocaleTag.canonical(locale)) else {
            report(error: "'\(locale)' is not a BCP 47 language tag such as 'de', 'pt-BR' or 'zh-Hans'")
            throw ExitCode.failure
        }
        let identified = try input.load()
        let locale = LocaleTag.canonical(locale)
        let files: [OutputFile] = switch format {
        case .po: POEmitter(locale: locale).emit(identified)
        case .xliff: XLIFFEmitter(locale: locale).emit(identified)
        case .xcstrings: StringCatalogEmitter(locale: locale).emit(identified)
        }
        try write(files, into: out, kind: format.rawValue)
    }
}

/// `errcat translations import`: translators' files back into the translation YAML.
struct TranslationsImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read translators' files (.po, .xliff, .xcstrings) into the translation files beside each catalog.",
        discussion: """
            Arguments ending in .po, .xliff, .xlf or .xcstrings are translators' files; the others are the catalogs \
            (default: catalog). A file errcat exported updates the texts it names, keyed by catalog and path. Another \
            project's .po is placed by source text (%(name)s, %s and {name} read as parameters, plural forms through its \
            Plural-Forms) into untranslated texts; --force lets it replace translations. What cannot be placed is a \
            warning at its line. Nothing is written when any file or any imported text has an error.
            """)

    @Argument(help: "Translators' files, then catalog files or folders.")
    var arguments: [String]

    @Option(help: "The release ledger (default: catalog.ledger in the first folder, or beside the first file).")
    var ledger: String?

    @Option(help: "The files' locale, in place of the one their headers say (required when they say none).")
    var locale: String?

    @Flag(help: "Let another project's translations replace translations the catalogs have.")
    var force = false

    static let extensions = [".po", ".xliff", ".xlf", ".xcstrings"]

    func run() throws {
        let files = arguments.filter { name in Self.extensions.contains { name.lowercased().hasSuffix($0) } }
        guard !files.isEmpty else {
            report(error: "no translators' file given (.po, .xliff, .xlf or .xcstrings)")
            throw ExitCode.failure
        }
        let input = try CatalogInput.parse(arguments.filter { !files.contains($0) } + (ledger.map { ["--ledger", $0] } ?? []))
        let identified = try input.load()
        var diagnostics = DiagnosticList()
        var byLocale: [String: TranslationMerger] = [:]
        var results: [String: [(path: String, translation: CatalogTranslation)]] = [:]
        for file in files {
            guard let bytes = SourceFiles.read(file, limit: ParseLimits.default.maxFileBytes, diagnostics: &diagnostics),
                let read = TranslatorsFileReader.read(bytes, file: file, locale: locale, diagnostics: &diagnostics)
            else { continue }
            guard let fileLocale = locale.map(LocaleTag.canonical) ?? read.locale else {
                diagnostics.error("the file does not say its language; pass --locale", at: read.headerLocation)
                continue
            }
            // A header's own spelling (WTForms' Persian says 'persian') would name a file lint refuses.
            guard LocaleTag.isWellFormed(fileLocale) else {
                let tag = "a BCP 47 tag such as 'de', 'pt-BR' or 'fa'"
                let message = "the file's language '\(fileLocale)' is not \(tag); pass --locale"
                diagnostics.error(message, at: read.headerLocation)
                continue
            }
            var merger = byLocale[fileLocale] ?? TranslationMerger(catalogs: identified.catalogs, release: identified.history.releases.last, overwrite: force)
            merger.stale = Set(identified.staleTexts.keys.filter { $0.locale == fileLocale }.map(\.key))
            let before = merger.placed
            results[fileLocale] = merger.merge(read, locale: fileLocale)
            FileHandle.standardError.write(Data("errcat: \(file): \(merger.placed - before) of \(read.units.count) texts placed\n".utf8))
            byLocale[fileLocale] = merger
        }
        for merger in byLocale.values { diagnostics.append(contentsOf: merger.diagnostics) }
        let imported = results.values.flatMap { $0 }
        _ = Pipeline().check(imported: imported.map(\.translation), of: identified.catalogs, diagnostics: &diagnostics)
        report(diagnostics)
        guard !diagnostics.hasErrors else { throw ExitCode.failure }
        for (path, translation) in imported.sorted(by: { $0.path < $1.path }) {
            guard let catalog = identified.catalogs.first(where: { $0.name == translation.catalogName }) else { continue }
            try write(TranslationYAMLWriter.write(translation, of: catalog), to: path)
            FileHandle.standardError.write(Data("errcat: wrote \(path)\n".utf8))
        }
    }
}
