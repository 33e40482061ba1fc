import Foundation
import Testing

/// `errcat explain` as a user runs it outside this repository.
@Suite struct ExplainCommandTests {
    static let catalog = """
        catalog: OrderError
        title: Orders
        errors:
          - code: ORDER_NOT_FOUND
            meaning: No order has that number.
            remedy: Check the number.
          - code: ORDER_SHIPPED
            meaning: The order has shipped.
            remedy: Ask for a return.

        """
    /// A translation that leaves an entry untranslated: a warning for `lint`, not for a query.
    static let translation = """
        translation: OrderError
        locale: de
        errors:
          orderNotFound:
            meaning: Keine Bestellung hat diese Nummer.
            remedy: Prüfen Sie die Nummer.

        """

    @Test func withoutAPathItReadsTheBuildPluginsCatalogsUnderSources() throws {
        try ErrcatProcess.inTemporaryFolder { folder in
            let target = folder.appendingPathComponent("Sources/App")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try Self.catalog.write(to: target.appendingPathComponent("orders.yaml"), atomically: true, encoding: .utf8)
            try Self.translation.write(
                to: target.appendingPathComponent("orders.de.yaml"), atomically: true, encoding: .utf8)
            let explained = try ErrcatProcess.run(["explain", "ORDER_NOT_FOUND"], in: folder)
            #expect(explained.status == 0, "\(explained.errors)")
            #expect(explained.output.hasPrefix("OrderError.orderNotFound (exact match)\n"))
            #expect(explained.errors == "")
            let linted = try ErrcatProcess.run(["lint"], in: folder)
            #expect(linted.errors.contains("warning: the 'de' translation of OrderError leaves 1 of 2 entries"))
        }
    }

    @Test func withoutAPathOrACatalogFolderItSaysWhatToName() throws {
        try ErrcatProcess.inTemporaryFolder { folder in
            let explained = try ErrcatProcess.run(["explain", "ORDER_NOT_FOUND"], in: folder)
            #expect(explained.status == 1)
            #expect(explained.output == "")
            #expect(
                explained.errors == """
                    errcat: error: no catalog given, and \(folder.path) has no 'catalog' or 'Sources' folder; \
                    name the catalog files or folders after the command's other arguments

                    """)
        }
    }
}
