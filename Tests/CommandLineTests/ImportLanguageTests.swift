import Foundation
import Testing

/// The language of an imported `.po` as real files write it (WTForms' Persian says `persian`).
@Suite struct ImportLanguageTests {
    static let catalog = """
        catalog: FormError
        title: Forms
        errors:
          - code: REQUIRED
            meaning: This field is required.
            remedy: Fill it in.

        """
    static let po = """
        msgid ""
        msgstr ""
        "Language: persian\\n"

        msgid "This field is required."
        msgstr "این فیلد اجباری است."

        """

    @Test func aHeaderLanguageThatIsNoTagIsALocatedErrorUnlessLocaleIsGiven() throws {
        try ErrcatProcess.inTemporaryFolder { folder in
            try Self.catalog.write(to: folder.appendingPathComponent("forms.yaml"), atomically: true, encoding: .utf8)
            try Self.po.write(to: folder.appendingPathComponent("fa.po"), atomically: true, encoding: .utf8)
            let refused = try ErrcatProcess.run(["translations", "import", "fa.po", "forms.yaml"], in: folder)
            #expect(refused.status == 1)
            #expect(
                refused.errors.contains(
                    "fa.po:1:1: error: the file's language 'persian' is not a BCP 47 tag such as 'de', 'pt-BR' or 'fa'")
            )
            let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(written == ["fa.po", "forms.yaml"])

            let named = try ErrcatProcess.run(
                ["translations", "import", "--locale", "fa", "fa.po", "forms.yaml"], in: folder)
            #expect(named.status == 0, "\(named.errors)")
            let yaml = try String(contentsOf: folder.appendingPathComponent("forms.fa.yaml"), encoding: .utf8)
            #expect(yaml.contains("locale: fa\n") && yaml.contains("این فیلد اجباری است."))
        }
    }
}
