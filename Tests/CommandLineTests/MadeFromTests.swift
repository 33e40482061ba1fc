import Foundation
import Testing

/// A translation made between releases goes stale when its source text changes, as a team works:
/// export a PO, translate, import, edit the English text. `made_from` (written by import) tells
/// lint, PO, XLIFF and String Catalogs.
@Suite struct MadeFromTests {
    static let catalog = """
        catalog: PayError
        title: Payments
        errors:
          - code: CARD_DECLINED
            title: Card declined
            meaning: The card was declined.
            remedy: Use another card.

        """

    static let exportPO = ["translations", "export", "--locale", "de", "--format", "po", "--out", "po", "."]

    func write(_ text: String, _ name: String, in folder: URL) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func read(_ name: String, in folder: URL) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// `po` with the msgstr of the unit keyed `context` set to `text` (and its fuzzy flag gone).
    func translated(_ po: String, _ context: String, _ text: String) -> String {
        var lines = po.components(separatedBy: "\n")
        let key = lines.firstIndex(of: "msgctxt \"\(context)\"")!
        if lines[key - 1] == "#, fuzzy" { lines.remove(at: key - 1) }
        let msgstr = lines[key...].firstIndex { $0.hasPrefix("msgstr ") }!
        lines[msgstr] = "msgstr \"\(text)\""
        return lines.joined(separator: "\n")
    }

    @Test func anEditedSourceMakesItsTranslationStaleInLintAndInThePO() throws {
        try ErrcatProcess.inTemporaryFolder { folder in
            try write(Self.catalog, "pay.yaml", in: folder)
            let meaning = "PayError/errors/cardDeclined/meaning"
            _ = try ErrcatProcess.run(Self.exportPO, in: folder)
            let po = translated(try read("po/pay.de.po", in: folder), meaning, "Die Karte wurde abgelehnt.")
            try write(po, "po/pay.de.po", in: folder)
            let imported = try ErrcatProcess.run(["translations", "import", "po/pay.de.po", "."], in: folder)
            #expect(imported.status == 0, "\(imported.errors)")
            let yaml = try read("pay.de.yaml", in: folder)
            #expect(yaml.contains("    made_from: {meaning: \"d9ab190323b3eadb\"}\n"), "\(yaml)")
            #expect(try !ErrcatProcess.run(["lint", "."], in: folder).errors.contains("changed since"))

            let edited = Self.catalog.replacingOccurrences(of: "was declined.", with: "was declined by the bank.")
            try write(edited, "pay.yaml", in: folder)
            let linted = try ErrcatProcess.run(["lint", "."], in: folder)
            #expect(linted.status == 0)
            #expect(
                linted.errors.contains(
                    "pay.de.yaml:7:14: warning: the meaning of 'cardDeclined' changed since this translation was made"))
            _ = try ErrcatProcess.run(Self.exportPO, in: folder)
            let stale = try read("po/pay.de.po", in: folder)
            #expect(stale.contains("#, fuzzy\nmsgctxt \"\(meaning)\"\nmsgid \"The card was declined by the bank.\""))
            let xliff = ["translations", "export", "--locale", "de", "--format", "xliff", "--out", "xliff", "."]
            _ = try ErrcatProcess.run(xliff, in: folder)
            #expect(try read("xliff/pay.de.xliff", in: folder).contains("state=\"needs-review-translation\""))
            let strings = ["translations", "export", "--locale", "de", "--format", "xcstrings", "--out", "xc", "."]
            _ = try ErrcatProcess.run(strings, in: folder)
            #expect(try read("xc/pay.de.xcstrings", in: folder).contains("\"needs_review\""))

            // The translator confirms a new text: the record follows, and lint is quiet again.
            try write(translated(stale, meaning, "Die Karte wurde von der Bank abgelehnt."), "po/pay.de.po", in: folder)
            _ = try ErrcatProcess.run(["translations", "import", "po/pay.de.po", "."], in: folder)
            #expect(try read("pay.de.yaml", in: folder).contains("made_from: {meaning: \"29e2dc98bc946dc3\"}"))
            #expect(try !ErrcatProcess.run(["lint", "."], in: folder).errors.contains("changed since"))
        }
    }

    @Test func aHandWrittenTranslationWithoutARecordStaysUnchecked() throws {
        try ErrcatProcess.inTemporaryFolder { folder in
            let edited = Self.catalog.replacingOccurrences(of: "was declined.", with: "was refused.")
            try write(edited, "pay.yaml", in: folder)
            let handWritten = "translation: PayError\nlocale: de\nerrors:\n  cardDeclined:\n"
            try write(handWritten + "    meaning: Abgelehnt.\n", "pay.de.yaml", in: folder)
            #expect(try !ErrcatProcess.run(["lint", "."], in: folder).errors.contains("changed since"))
            let malformed = handWritten + "    made_from: {meaning: 12ab}\n    meaning: Abgelehnt.\n"
            try write(malformed, "pay.de.yaml", in: folder)
            let refused = try ErrcatProcess.run(["lint", "."], in: folder)
            #expect(refused.status == 1)
            #expect(refused.errors.contains("pay.de.yaml:5:26: error: 'made_from' holds the fingerprint errcat writes"))
        }
    }
}
