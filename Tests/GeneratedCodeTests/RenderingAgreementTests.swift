import ErrorCatalog
import ErrorCatalogCompiler
import Foundation
import Testing

/// The compiler renders messages for the docs and OpenAPI examples (`Message.rendered`), the
/// runtime from the generated tables: both must write the same text for every entry, locale and
/// argument, missing and mistyped ones included.
@Suite struct RenderingAgreementTests {
    static let catalog: Catalog = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
        let paths = ["messages.yaml", "messages.de.yaml", "messages.de-CH.yaml", "messages.pt-BR.yaml",
            "messages.ru.yaml"].map { folder + "/" + $0 }
        var diagnostics = DiagnosticList()
        return Pipeline().checkedCatalogs(at: paths, diagnostics: &diagnostics).catalogs[0]
    }()

    static let argumentSets: [MessageArguments] = [
        [:], ["limit": 10, "used": 1], ["limit": 10, "used": 0], ["used": 21], ["used": 22.5, "limit": "many"],
        ["field": "email", "reason": "missing"], ["field": "x", "reason": "tooLong"], ["reason": 3],
        ["seconds": 1, "attempt": 1], ["seconds": 1.5, "attempt": 2], ["seconds": 21, "attempt": 5],
        ["extension": "exe", "default": 7, "error": "e", "self": "s"],
    ]

    @Test func theCompilerAndTheRuntimeRenderAlike() throws {
        #expect(Self.catalog.translations.map(\.locale) == ["de", "de-CH", "pt-BR", "ru"])
        for entry in Self.catalog.entries {
            let error = try #require(MessageError.Entry(code: entry.code))
            guard let messages = entry.messages else { continue }
            for arguments in Self.argumentSets {
                #expect(error.meaning(arguments: arguments) == messages.meaning.rendered(arguments, rules: Self.catalog.pluralRules))
                for translation in Self.catalog.translations {
                    guard let meaning = translation.entriesByName[entry.name]?.meaning?.message else { continue }
                    #expect(
                        error.meaning(locale: translation.locale, arguments: arguments) == meaning.rendered(arguments, rules: translation.pluralRules),
                        "\(entry.name) in \(translation.locale) with \(arguments)")
                }
            }
        }
    }
}
