@testable import ErrorCatalogCompiler
import Foundation
import Testing

/// One mistake, one error: a catalog with errors is not unknown, so its translations are left
/// for the run that reads it, never reported as orphans.
@Suite struct FailedCatalogTests {
    func diagnostics(catalog: String, translation: String) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("failed-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try catalog.write(to: folder.appendingPathComponent("payments.yaml"), atomically: true, encoding: .utf8)
        try translation.write(to: folder.appendingPathComponent("payments.de.yaml"), atomically: true, encoding: .utf8)
        var diagnostics = DiagnosticList()
        _ = Pipeline().checkedCatalogs(at: [folder.path], diagnostics: &diagnostics)
        return diagnostics.all.map { diagnostic in
            "\(URL(fileURLWithPath: diagnostic.location?.file ?? "").lastPathComponent): \(diagnostic.message)"
        }
    }

    static let translation = """
        translation: PaymentError
        locale: de
        title: Zahlungen
        errors:
          cardDeclined:
            meaning: Die Karte wurde abgelehnt.

        """

    @Test func aTypoInTheCatalogIsTheOnlyError() throws {
        let found = try diagnostics(
            catalog: """
                catalog: PaymentError
                title: Payments
                errors:
                  - code: CARD_DECLINED
                    meanig: The card was declined.
                    remedy: Ask for another card.

                """, translation: Self.translation)
        #expect(found.count >= 1)
        #expect(found.allSatisfy { $0.hasPrefix("payments.yaml") }, "\(found)")
        #expect(!found.contains { $0.contains("unknown catalog") }, "\(found)")
    }

    @Test func aTranslationOfNoCatalogIsStillAnOrphan() throws {
        let found = try diagnostics(
            catalog: """
                catalog: OrderError
                title: Orders
                errors:
                  - {code: LOCKED, meaning: The order is locked., remedy: Wait.}

                """, translation: Self.translation)
        #expect(found.contains { $0.contains("translation of unknown catalog 'PaymentError'") }, "\(found)")
    }
}
