import Foundation
import Testing

/// `errcat translations import` writes every translation file it changes, or none.
@Suite struct TranslationImportCommandTests {
    static func catalog(_ name: String, code: String) -> String {
        """
        catalog: \(name)Error
        title: \(name)
        errors:
          - code: \(code)
            meaning: '{count, plural, one {# item failed} other {# items failed}}'
            remedy: Try again.
            params:
              count: {type: integer, example: 2}

        """
    }

    static func po(_ name: String, meaning: String) -> String {
        """
        msgid ""
        msgstr ""
        "Language: de\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

        msgctxt "\(name)Error/errors/failed/meaning"
        msgid "\(meaning)"
        msgstr "\(meaning)"

        msgctxt "\(name)Error/errors/failed/remedy"
        msgid "Try again."
        msgstr "Versuchen Sie es erneut."

        """
    }

    @Test func oneBadTextLeavesEveryFileAsItWasAndGoodFilesAreAllWritten() throws {
        try ErrcatProcess.inTemporaryFolder { folder in
            for name in ["Cart", "Shop"] {
                try Self.catalog(name, code: "FAILED").write(
                    to: folder.appendingPathComponent("\(name.lowercased()).yaml"), atomically: true, encoding: .utf8)
            }
            let good = "{count, plural, one {# Artikel} other {# Artikel}}"
            try Self.po("Cart", meaning: good).write(
                to: folder.appendingPathComponent("cart.de.po"), atomically: true, encoding: .utf8)
            // `{total}` is no parameter of the entry: an error at its line in shop.de.po.
            try Self.po("Shop", meaning: "{total} Artikel").write(
                to: folder.appendingPathComponent("shop.de.po"), atomically: true, encoding: .utf8)
            let arguments = ["translations", "import", "cart.de.po", "shop.de.po", "cart.yaml", "shop.yaml"]
            let refused = try ErrcatProcess.run(arguments, in: folder)
            #expect(refused.status == 1)
            #expect(refused.errors.contains("shop.de.po:"), "\(refused.errors)")
            #expect(refused.errors.contains("error:") && refused.errors.contains("total"), "\(refused.errors)")
            // What was read is still said: the file that had no error placed both its texts.
            #expect(refused.errors.contains("errcat: note: cart.de.po: 2 of 2 texts placed"), "\(refused.errors)")
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(files == ["cart.de.po", "cart.yaml", "shop.de.po", "shop.yaml"])

            try Self.po("Shop", meaning: good).write(
                to: folder.appendingPathComponent("shop.de.po"), atomically: true, encoding: .utf8)
            let imported = try ErrcatProcess.run(arguments, in: folder)
            #expect(imported.status == 0, "\(imported.errors)")
            #expect(imported.errors.contains("errcat: note: cart.de.po: 2 of 2 texts placed"), "\(imported.errors)")
            for name in ["cart", "shop"] {
                let yaml = try String(contentsOf: folder.appendingPathComponent("\(name).de.yaml"), encoding: .utf8)
                #expect(yaml.contains("Versuchen Sie es erneut."))
            }
            let lint = try ErrcatProcess.run(["lint", "."], in: folder)
            #expect(lint.status == 0, "\(lint.errors)")
        }
    }

    @Test func noTranslatorsFileIsAnErrorBeforeAnythingIsRead() throws {
        try ErrcatProcess.inTemporaryFolder { folder in
            let outcome = try ErrcatProcess.run(["translations", "import", "missing.yaml"], in: folder)
            #expect(outcome.status == 1)
            #expect(outcome.errors == "errcat: error: no translators' file given (.po, .xliff, .xlf or .xcstrings)\n")
        }
    }
}
