import ArgumentParser
import ErrorCatalogCompiler
import Foundation

/// `errcat translations`: translators' files out of the catalogs and back in.
struct Translations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exchange translations with translators' tools: gettext PO, XLIFF 1.2, String Catalogs.",
        subcommands: [TranslationsExport.self])
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
            (their source changed since the release they name) are fuzzy in PO, needs-review in XLIFF and \
            needs_review in String Catalogs; untranslated texts are empty, 'new' in String Catalogs.
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
