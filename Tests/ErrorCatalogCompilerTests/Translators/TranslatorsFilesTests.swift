import ErrorCatalog
@testable import ErrorCatalogCompiler
import Foundation
import Testing

/// Translators' files out and back in: what each format writes, that an unedited file
/// changes nothing, that an edit arrives in the translation, and that stale texts say so.
@Suite struct TranslatorsFilesTests {
    static let source = """
        catalog: Shop
        title: Shop errors
        categories:
          - {id: stock, title: Stock}
        errors:
          - code: SOLD_OUT
            category: stock
            params: {count: integer}
            title: Sold out
            meaning: "{count, plural, one {# item is sold out} other {# items are sold out}}"
            remedy: [Remove them from the basket., "Try again."]
          - code: CLOSED
            meaning: "The shop is closed.\\nCome back tomorrow, \\"early\\"."
            remedy: Come back tomorrow.

        """

    static let german = """
        translation: Shop
        locale: de
        errors:
          soldOut:
            meaning: "{count, plural, one {# Artikel ist ausverkauft} other {# Artikel sind ausverkauft}}"
            remedy: [Entfernen Sie sie aus dem Warenkorb., Versuchen Sie es erneut.]

        """

    static let russian = """
        translation: Shop
        locale: ru
        errors:
          soldOut:
            meaning: "{count, plural, one {# товар распродан} few {# товара распроданы} \
        many {# товаров распродано} other {# товара распродано}}"

        """

    func walk(_ files: [String: String], history: Ledger = Ledger()) throws -> (folder: String, walk: Pipeline.Walk) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errcat-translators-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        let walk = Pipeline().run(paths: [folder], history: history)
        #expect(!walk.diagnostics.hasErrors, "\(walk.diagnostics.sorted)")
        return (folder, walk)
    }

    /// A file read back as `errcat translations import` reads it: the translations it changes,
    /// checked, or `nil` with the diagnostics.
    /// Imports one translators' file as `errcat translations import` does.
    func imported(
        _ text: String, file: String, into identified: IdentifiedCatalogs, force: Bool = false
    ) -> (translations: [CatalogTranslation]?, diagnostics: DiagnosticList) {
        var diagnostics = DiagnosticList()
        let result = TranslationImport(overwrite: force).run(
            [(file, Array(text.utf8))], into: identified, diagnostics: &diagnostics)
        return (result?.translations, diagnostics)
    }

    @Test func poWritesGettextPluralsAndICUText() throws {
        let (folder, walk) = try walk([
            "shop.yaml": Self.source, "shop.de.yaml": Self.german, "shop.ru.yaml": Self.russian,
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let german = try #require(POEmitter(locale: "de").emit(walk.identified).first)
        #expect(german.path == "shop.de.po")
        #expect(german.contents.contains("\"Plural-Forms: nplurals=2; plural=(n == 1 ? 0 : 1);\\n\""))
        #expect(
            german.contents.contains(
                """
                msgctxt "Shop/errors/soldOut/meaning"
                msgid "# item is sold out"
                msgid_plural "# items are sold out"
                msgstr[0] "# Artikel ist ausverkauft"
                msgstr[1] "# Artikel sind ausverkauft"
                """))
        #expect(
            german.contents.contains(
                """
                msgctxt "Shop/errors/closed/meaning"
                msgid ""
                "The shop is closed.\\n"
                "Come back tomorrow, \\"early\\"."
                msgstr ""
                """))
        // Russian `other` (1.5 товара) is not the form gettext gives 1.5 (many): ICU text, flagged.
        let russian = try #require(POEmitter(locale: "ru").emit(walk.identified).first).contents
        #expect(
            russian.contains(
                "#, icu-format\nmsgctxt \"Shop/errors/soldOut/meaning\"\nmsgid \"{count, plural, one {# item is sold "
                    + "out} other {# items are sold out}}\""
            ))
    }

    @Test func everyFormatReadsBackUnchangedAndWithAnEdit() throws {
        let (folder, walk) = try walk(["shop.yaml": Self.source, "shop.de.yaml": Self.german])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let exports: [(String, [OutputFile])] = [
            ("po", POEmitter(locale: "de").emit(walk.identified)),
            ("xliff", XLIFFEmitter(locale: "de").emit(walk.identified)),
            ("xcstrings", StringCatalogEmitter(locale: "de").emit(walk.identified)),
        ]
        for (format, files) in exports {
            let text = try #require(files.first).contents
            let unchanged = imported(text, file: "shop.de.\(format)", into: walk.identified)
            #expect(unchanged.translations?.isEmpty == true, "\(format): \(unchanged.diagnostics.sorted)")

            let edited = text.replacingOccurrences(
                of: "Versuchen Sie es erneut.", with: "Versuchen Sie es noch einmal."
            )
            .replacingOccurrences(of: "# Artikel sind ausverkauft", with: "# Artikel sind leider ausverkauft")
            let result = imported(edited, file: "shop.de.\(format)", into: walk.identified)
            let translation = try #require(result.translations?.first, "\(format): \(result.diagnostics.sorted)")
            let soldOut = try #require(translation.entry("soldOut"))
            #expect(
                soldOut.remedy?.map(\.text) == [
                    "Entfernen Sie sie aus dem Warenkorb.", "Versuchen Sie es noch einmal.",
                ], "\(format)")
            #expect(
                soldOut.meaning?.text
                    == "{count, plural, one {# Artikel ist ausverkauft} other {# Artikel sind leider ausverkauft}}",
                "\(format)")
            #expect(translation.entry("closed") == nil)
        }
    }

    @Test func aStaleTranslationIsFuzzyWithItsOldSource() throws {
        let (folder, first) = try walk([
            "shop.yaml": Self.source,
            "shop.de.yaml": Self.german.replacingOccurrences(of: "locale: de\n", with: "locale: de\nrelease: 1.0.0\n"),
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let v1 = Ledger().releasing(SemanticVersion("1.0.0")!, with: first.identified.comparison)
        try Self.source.replacingOccurrences(of: "Try again.", with: "Try again later.").write(
            toFile: folder + "/shop.yaml", atomically: true, encoding: .utf8)
        let walk = Pipeline().run(paths: [folder], history: v1)
        let po = try #require(POEmitter(locale: "de").emit(walk.identified).first).contents
        #expect(
            po.contains(
                "#, fuzzy\nmsgctxt \"Shop/errors/soldOut/remedy/2\"\nmsgid \"Try again later.\"\nmsgstr \"Versuchen "
                    + "Sie es erneut.\""
            ))
        let xliff = try #require(XLIFFEmitter(locale: "de").emit(walk.identified).first).contents
        #expect(xliff.contains("<target state=\"needs-review-translation\">Versuchen Sie es erneut.</target>"))
        let strings = try #require(StringCatalogEmitter(locale: "de").emit(walk.identified).first).contents
        #expect(strings.contains("\"state\": \"needs_review\""))
        // Confirmed by removing the flag: the text is current, made from the last release (the file's own).
        let confirmed = imported(
            po.replacingOccurrences(of: "#, fuzzy\n", with: ""), file: "shop.de.po", into: walk.identified)
        #expect(confirmed.translations?.first?.entry("soldOut")?.release == nil)
        #expect(confirmed.translations?.count == 1)
    }

    @Test func anotherProjectsPOIsPlacedBySourceText() throws {
        let source = """
            catalog: Forms
            title: Forms
            errors:
              - {code: REQUIRED, params: {field: string}, meaning: "{field} is required.", remedy: Fill it in.}
              - {code: TOO_MANY, params: {count: integer}, meaning: "{count, plural, one {Only # file is allowed.} \
            other {Only # files are allowed.}}", remedy: Remove some.}

            """
        let (folder, walk) = try walk(["forms.yaml": source])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let po = """
            msgid ""
            msgstr ""
            "Language: pl\\n"
            "Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

            #, python-format
            msgid "%(field)s is required."
            msgstr "%(field)s jest wymagane."

            #, python-format
            msgid "Only %(count)d file is allowed."
            msgid_plural "Only %(count)d files are allowed."
            msgstr[0] "Dozwolony jest tylko %(count)d plik."
            msgstr[1] "Dozwolone są tylko %(count)d pliki."
            msgstr[2] "Dozwolonych jest tylko %(count)d plików."

            msgid "Fill it in."
            msgstr "Wypełnij %(oops)s."

            msgid "Something else entirely."
            msgstr "Coś innego."

            """
        let result = imported(po, file: "django.po", into: walk.identified)
        let translation = try #require(result.translations?.first, "\(result.diagnostics.sorted)")
        #expect(translation.locale == "pl")
        #expect(translation.entry("required")?.meaning?.text == "{field} jest wymagane.")
        #expect(
            translation.entry("tooMany")?.meaning?.text
                == "{count, plural, one {Dozwolony jest tylko # plik.} few {Dozwolone są tylko # pliki.} many "
                + "{Dozwolonych jest tylko # plików.} other {Dozwolonych jest tylko # plików.}}"
        )
        #expect(translation.entry("required")?.remedy == nil)
        let warnings = result.diagnostics.sorted.map(\.description).filter { $0.contains("not placed") }
        #expect(
            warnings == [
                "django.po:18:8: warning: not placed: the translation's placeholders differ from its msgid's",
                "django.po:21:8: warning: not placed: no entry's text is 'Something else entirely.'",
            ])
    }

    /// WTForms' Persian catalog has plurals and no Plural-Forms: gettext reads it with its default.
    @Test func aPOWithoutPluralFormsReadsWithGettextsDefault() throws {
        let po =
            "msgid \"\"\nmsgstr \"Language: fa\\n\"\n\nmsgid \"%(n)d day\"\nmsgid_plural \"%(n)d days\"\n"
            + "msgstr[0] \"%(n)d روز\"\nmsgstr[1] \"%(n)d روز\"\n"
        var diagnostics = DiagnosticList()
        let read = try #require(TranslatorsFileReader.read(Array(po.utf8), file: "fa.po", diagnostics: &diagnostics))
        #expect(read.formCount == 2)
        #expect([0, 1, 2, 3].map { read.pluralFormula?.form(Double($0)) } == [1, 0, 1, 1])
        #expect(read.units.count == 1)
        #expect(
            diagnostics.sorted.map(\.description) == [
                "fa.po:1:1: warning: the header has no Plural-Forms: its plurals are read as gettext reads them, "
                    + "with nplurals=2; plural=(n != 1)"
            ])
    }

    /// Control characters are written as C escapes (`\000`), as gettext writes them: an export
    /// of a text that holds one reads back, and octal and hexadecimal escapes of ASCII are read.
    @Test func controlCharactersReadBackFromTheirEscapes() throws {
        let hostile = Pipeline().run(paths: [OutputReferenceTests.translated + "/hostile.yaml"])
        let po = try #require(POEmitter(locale: "fr").emit(hostile.identified).first).contents
        #expect(po.contains(#"\000 NUL"#))
        var diagnostics = DiagnosticList()
        let read = try #require(TranslatorsFileReader.read(Array(po.utf8), file: "h.po", diagnostics: &diagnostics))
        #expect(!diagnostics.hasErrors, "\(diagnostics.sorted)")
        #expect(read.units.contains { $0.source.contains("\u{0} NUL") })
        let escapes = "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\nmsgid \"a\\033b\\x1bc\\7\"\nmsgstr \"\"\n"
        let units = try #require(
            TranslatorsFileReader.read(Array(escapes.utf8), file: "e.po", diagnostics: &diagnostics))
        #expect(units.units.map(\.source) == ["a\u{1B}b\u{1B}c\u{07}"])
        var refused = DiagnosticList()
        _ = TranslatorsFileReader.read(
            Array("msgid \"\\400\"\nmsgstr \"\"\n".utf8), file: "b.po", diagnostics: &refused)
        #expect(refused.sorted.map(\.description) == ["b.po:1:8: error: unknown escape '\\4'"])
    }

    @Test func hostileFilesAreLocatedErrors() {
        let identified = IdentifiedCatalogs([])
        let cases: [(String, String, String)] = [
            (
                "a.po", "msgid \"open\nmsgstr \"\"\n",
                "a.po:1:7: error: unterminated string: the closing quote is missing"
            ),
            ("a.po", "msgid \"a\\q\"\nmsgstr \"\"\n", "a.po:1:9: error: unknown escape '\\q'"),
            (
                "a.po",
                "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\nmsgctxt "
                    + "\"Shop/errors/soldOut/meaning\"\nmsgid \"a\"\nmsgid_plural \"b\"\nmsgstr[0] \"x\"\n",
                "a.po:7:11: error: 1 plural form(s) where the header's Plural-Forms says 2"
            ),
            (
                "a.po", "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=(n != ;\\n\"\n",
                "a.po:2:8: error: Plural-Forms: the expression ends early in '(n !='"
            ),
            ("a.po", "msgid \"caf\u{E9}\"\nmsgstr \"\"\n", ""),
            (
                "a.xliff",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                    + "\"&lol;&lol;\">]>\n<xliff>&lol2;</xliff>\n",
                "a.xliff:2:1: error: XLIFF with a document type declaration is refused (entities are not expanded)"
            ),
            (
                "a.xliff",
                "<xliff version=\"1.2\"><file><body><trans-unit id=\"x\"><source>a</source></body></file></xliff>",
                "a.xliff:1:"
            ),
            (
                "a.xcstrings", "{\"sourceLanguage\": \"en\",\n \"strings\": {,}}",
                "a.xcstrings:2:14: error: the String Catalog is not JSON"
            ),
        ]
        for (file, text, expected) in cases where !expected.isEmpty {
            let result = imported(text, file: file, into: identified)
            #expect(result.translations == nil)
            #expect(
                result.diagnostics.sorted.first.map { $0.description.hasPrefix(expected) } == true,
                "\(result.diagnostics.sorted)")
        }
        var invalid = Array("msgid \"ab\"\nmsgstr \"c".utf8)
        invalid += [0xFF, 0x22, 0x0A]
        var diagnostics = DiagnosticList()
        #expect(TranslatorsFileReader.read(invalid, file: "b.po", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.sorted.map(\.description) == ["b.po:2:10: error: the file is not UTF-8 (byte 0xFF)"])
        // Foundation's XML parser would trap on such an element name.
        let name = Array("<xliff version=\"1.2\">\n<note".utf8) + [0xFF, 0xFF] + Array(">x</note></xliff>".utf8)
        var xliffDiagnostics = DiagnosticList()
        #expect(TranslatorsFileReader.read(name, file: "b.xliff", diagnostics: &xliffDiagnostics) == nil)
        #expect(xliffDiagnostics.sorted.map(\.description) == ["b.xliff:2:6: error: the file is not UTF-8 (byte 0xFF)"])
    }
}

/// The documentation site in every language the catalogs are translated into.
@Suite struct LanguageSiteTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/docs/languages").path

    @Test func everyPageInEveryLocaleWithTheSameAnchorsAndNotes() throws {
        let walk = Pipeline().run(paths: [Self.folder])
        #expect(!walk.diagnostics.hasErrors)
        let files = Dictionary(uniqueKeysWithValues: DocsEmitter().emit(walk.catalogs).map { ($0.path, $0.contents) })
        let untranslated = [
            "de": "Diese Seite ist noch nicht in diese Sprache übersetzt", "ru": "Эта страница ещё не",
        ]
        for (locale, note) in untranslated {
            #expect(files["docs/index.\(locale).md"] != nil)
            #expect(files["docs/courier-error.\(locale).md"]?.contains(note) == true)
        }
        let english = try #require(files["docs/shop-error.md"])
        let german = try #require(files["docs/shop-error.de.md"])
        func anchors(_ page: String) -> [String] {
            page.split(separator: "\n").filter { $0.hasPrefix("#") }.compactMap { line in
                line.range(of: "{ #").map { String(line[$0.upperBound...]) }
            }
        }
        #expect(anchors(english).count >= 2 && anchors(english) == anchors(german))
        #expect(german.contains("Die Bank hat die Karte abgelehnt."))
        #expect(
            german.components(separatedBy: "!!! note \"Nicht übersetzt\"").count == 2,
            "one entry (closed) is partly translated")
        #expect(german.contains("Auf Englisch gezeigt, noch nicht übersetzt&#58; Abhilfe."), "closed has no title")
        #expect(german.contains("**Was passiert ist.**") && german.contains("- **Seit:** noch nicht veröffentlicht"))
        #expect(!german.contains("What happened") && english.contains("**What happened.**"))
        #expect(!english.contains("Not translated"))
        let config = try #require(files["mkdocs.yml"])
        #expect(config.contains("  - i18n:\n      docs_structure: suffix"))
        #expect(
            config.contains(
                "        - locale: de\n          name: \"Deutsch\"\n          build: true\n          "
                    + "nav_translations:\n            \"Shop errors\": \"Fehler des Ladens\"\n"
            ))
        #expect(!config.contains("navigation.instant"))
    }

    @Test func aSiteWithoutTranslationsIsOneLanguage() throws {
        let walk = Pipeline().run(paths: [Self.folder + "/courier.yaml"])
        let files = DocsEmitter().emit(walk.catalogs)
        #expect(!files.contains { $0.path.hasSuffix(".de.md") })
        let config = try #require(files.first { $0.path == "mkdocs.yml" }).contents
        #expect(!config.contains("i18n") && config.contains("navigation.instant"))
    }
}
