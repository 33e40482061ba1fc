import ArgumentParser
import ErrorCatalogCompiler
import Foundation

/// `errcat translations`: translators' files out of the catalogs and back in.
struct Translations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exchange translations with translators' tools: gettext PO, XLIFF 1.2, String Catalogs.",
        subcommands: [TranslationsExport.self, TranslationsImport.self])
}

extension TranslatorsFormat: ExpressibleByArgument {}

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

    func validate() throws {
        guard LocaleTag.isWellFormed(LocaleTag.canonical(locale)) else {
            report(error: "'\(locale)' is not a BCP 47 language tag such as 'de', 'pt-BR' or 'zh-Hans'")
            throw ExitCode.failure
        }
    }

    func run() throws {
        let identified = try input.load()
        let files = format.emitter(locale: LocaleTag.canonical(locale)).emit(identified)
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
            project's .po is placed by source text (%(name)s, %s and {name} read as parameters, plural forms through \
            its \
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

    /// The translators' files among the arguments; the others are catalogs.
    var files: [String] { arguments.filter { TranslatorsFormat(fileName: $0) != nil } }

    func validate() throws {
        guard !files.isEmpty else {
            report(error: "no translators' file given (.po, .xliff, .xlf or .xcstrings)")
            throw ExitCode.failure
        }
    }

    func run() throws {
        let files = files
        let input = try CatalogInput.parse(
            arguments.filter { !files.contains($0) } + (ledger.map { ["--ledger", $0] } ?? []))
        let identified = try input.load()
        var diagnostics = DiagnosticList()
        let result = TranslationImport(locale: locale, overwrite: force).run(
            paths: files, into: identified, diagnostics: &diagnostics)
        report(diagnostics)
        guard let result else { throw ExitCode.failure }
        try write(result.files)
        for file in result.files { FileHandle.standardError.write(Data("errcat: wrote \(file.path)\n".utf8)) }
    }
}
