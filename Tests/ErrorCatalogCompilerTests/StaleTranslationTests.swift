@testable import ErrorCatalogCompiler
import Foundation
import Testing

/// A translation made from a release is out of date once its source text changes: in the YAML
/// since the last release, or in a later release the ledger records.
@Suite struct StaleTranslationTests {
    static let source = """
        catalog: Shop
        title: Shop
        errors:
          - {code: SOLD_OUT, title: Sold out, meaning: The item is sold out., remedy: Try later.}
          - {code: CLOSED, meaning: The shop is closed., remedy: Come back tomorrow.}

        """

    static func translation(release: String) -> String {
        """
        translation: Shop
        locale: de
        release: \(release)
        errors:
          soldOut:
            title: Ausverkauft
            meaning: Der Artikel ist ausverkauft.
            remedy: Versuchen Sie es später.
          closed:
            meaning: Der Laden ist geschlossen.
            remedy: Kommen Sie morgen wieder.

        """
    }

    func folder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errcat-stale-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        return folder
    }

    func warnings(_ folder: String, history: Ledger) -> [String] {
        Pipeline().run(paths: [folder], history: history).diagnostics.sorted.map(\.description)
            .map { $0.replacingOccurrences(of: folder + "/", with: "") }
    }

    func released(_ folder: String, _ version: String, on ledger: Ledger) throws -> Ledger {
        let walk = Pipeline().run(paths: [folder], history: ledger)
        return ledger.releasing(SemanticVersion(version)!, with: walk.identified.comparison)
    }

    @Test func aSourceEditAfterTheReleaseMakesTheTranslationStale() throws {
        let folder = try folder(["shop.yaml": Self.source, "shop.de.yaml": Self.translation(release: "1.0.0")])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let v1 = try released(folder, "1.0.0", on: Ledger())
        #expect(warnings(folder, history: v1) == [])

        try Self.source.replacingOccurrences(of: "The item is sold out.", with: "The item is out of stock.")
            .write(toFile: folder + "/shop.yaml", atomically: true, encoding: .utf8)
        let stale =
            "shop.de.yaml:7:14: warning: the meaning of 'soldOut' changed since this translation was made from "
            + "release 1.0.0: the source said 'The item is sold out.' and says 'The item is out of stock.'; "
            + "update the translation and its release"
        #expect(warnings(folder, history: v1) == [stale])

        // Released: the ledger now holds the new text, and the change knows the old one.
        let v2 = try released(folder, "1.0.1", on: v1)
        #expect(warnings(folder, history: v2) == [stale])

        // Translated again from 1.0.1: up to date.
        try Self.translation(release: "1.0.1").write(
            toFile: folder + "/shop.de.yaml", atomically: true, encoding: .utf8)
        #expect(warnings(folder, history: v2) == [])

        // A release the ledger does not have says so; a file without one is not checked.
        try Self.translation(release: "2.0.0").write(
            toFile: folder + "/shop.de.yaml", atomically: true, encoding: .utf8)
        #expect(
            warnings(folder, history: v2).map { $0.prefix(62) } == [
                "shop.de.yaml:1:14: warning: release 2.0.0 is not in the ledger"
            ])
        try Self.translation(release: "1.0.0").replacingOccurrences(of: "release: 1.0.0\n", with: "")
            .write(toFile: folder + "/shop.de.yaml", atomically: true, encoding: .utf8)
        #expect(warnings(folder, history: v2) == [])
    }

    /// FNV-1a's published 64-bit test vectors.
    @Test func fingerprintsAreFNV1a64InHexadecimal() {
        #expect(SourceFingerprint.of("") == "cbf29ce484222325")
        #expect(SourceFingerprint.of("a") == "af63dc4c8601ec8c")
        #expect(SourceFingerprint.of("foobar") == "85944171f73967e8")
        #expect(SourceFingerprint.isWellFormed("85944171f73967e8"))
        #expect(!SourceFingerprint.isWellFormed("85944171F73967E8") && !SourceFingerprint.isWellFormed("8594"))
    }

    /// A recorded fingerprint catches an edit no release has seen, and says more than the
    /// file's release: one warning per text, from the record.
    @Test func aRecordedFingerprintCatchesAnEditBeforeAnyRelease() throws {
        let record =
            "    made_from: {meaning: \"\(SourceFingerprint.of("The item is sold out."))\", "
            + "remedy: \"\(SourceFingerprint.of("Try later."))\"}\n"
        let recorded = Self.translation(release: "1.0.0")
            .replacingOccurrences(of: "  soldOut:\n", with: "  soldOut:\n" + record)
        let unreleased = recorded.replacingOccurrences(of: "release: 1.0.0\n", with: "")
        let folder = try folder(["shop.yaml": Self.source, "shop.de.yaml": unreleased])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(warnings(folder, history: Ledger()) == [])
        let v1 = try released(folder, "1.0.0", on: Ledger())

        try Self.source.replacingOccurrences(of: "Try later.", with: "Try again in an hour.")
            .write(toFile: folder + "/shop.yaml", atomically: true, encoding: .utf8)
        let stale =
            "shop.de.yaml:8:13: warning: the remedy of 'soldOut' changed since this translation was made from "
            + "it (made_from): the source says 'Try again in an hour.' now; update the translation"
        #expect(warnings(folder, history: Ledger()) == [stale])
        // With its release as well: the record speaks, once.
        try recorded.write(toFile: folder + "/shop.de.yaml", atomically: true, encoding: .utf8)
        #expect(warnings(folder, history: v1) == [stale.replacingOccurrences(of: ":8:13:", with: ":9:13:")])
    }
}
