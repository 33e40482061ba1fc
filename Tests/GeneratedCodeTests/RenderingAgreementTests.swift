import ErrorCatalog
import ErrorCatalogCompiler
import Foundation
import Testing

/// The compiler renders the docs' and OpenAPI's examples (`Message.rendered`) with the runtime's
/// renderer over a record it compiles on the spot; apps render from the records the generated
/// tables hold. Every text of every entry, in every locale and with every argument (missing and
/// mistyped ones included), must come out the same both ways.
@Suite struct RenderingAgreementTests {
    static let catalog: Catalog = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
        let paths = [
            "messages.yaml", "messages.de.yaml", "messages.de-CH.yaml", "messages.pt-BR.yaml",
            "messages.ru.yaml",
        ].map { folder + "/" + $0 }
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
        var compared = 0
        for entry in Self.catalog.entries {
            let error = try #require(MessageError.Entry(code: entry.code))
            guard let messages = entry.messages else { continue }
            let texts = messages.tableTexts
            for arguments in Self.argumentSets {
                let rules = Self.catalog.pluralRules
                let runtime: [String?] =
                    [
                        error.title(arguments: arguments), error.meaning(arguments: arguments),
                        error.remedy(arguments: arguments),
                    ] + (messages.remedyIsSteps ? error.remedySteps(arguments: arguments) : [])
                #expect(runtime == texts.map { $0?.rendered(arguments, rules: rules) }, "\(entry.name) \(arguments)")
                compared += texts.count
                for translation in Self.catalog.translations {
                    guard let meaning = translation.entriesByName[entry.name]?.meaning?.message else { continue }
                    #expect(
                        error.meaning(locale: translation.locale, arguments: arguments)
                            == meaning.rendered(arguments, rules: translation.pluralRules),
                        "\(entry.name) in \(translation.locale) with \(arguments)")
                    compared += 1
                }
            }
        }
        #expect(compared >= 200, "texts compared: \(compared)")
    }

    /// Formatted numbers and money, in every locale of the formats catalog: the compiler's docs
    /// examples and the app's texts write them alike.
    @Test func formattedNumbersRenderAlike() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
        let paths = ["formats.yaml"] + ["bn", "de", "de-CH", "fa", "fr", "hi"].map { "formats.\($0).yaml" }
        var diagnostics = DiagnosticList()
        let catalog = Pipeline().checkedCatalogs(at: paths.map { folder + "/" + $0 }, diagnostics: &diagnostics)
            .catalogs[0]
        let entry = try #require(catalog.entries.first)
        let argumentSets: [MessageArguments] = [
            ["amount": .money(Money(minorUnits: -123_456, currency: "EUR")), "attempts": 1_234_567, "share": 0.125],
            ["amount": .money(Money(minorUnits: 1250, currency: "JPY")), "attempts": 0, "share": -1_234.5678],
            ["amount": .money(Money(minorUnits: 5, currency: "KWD")), "attempts": -7, "share": 1e21],
            ["amount": 3, "attempts": "many"],
        ]
        var compared = 0
        for arguments in argumentSets {
            let error = try #require(QuotaError.Entry(code: entry.code))
            for locale in catalog.locales {
                let message =
                    locale == catalog.locale
                    ? entry.messages?.meaning
                    : catalog.translations.first { $0.locale == locale }?
                        .entriesByName[entry.name]?.meaning?.message
                let rules = PluralRuleSet.cldr(locale) ?? .other
                #expect(
                    error.meaning(locale: locale, arguments: arguments)
                        == message?.rendered(arguments, rules: rules, locale: locale),
                    "\(locale) \(arguments)")
                compared += 1
            }
        }
        #expect(compared == 28)
    }
}
