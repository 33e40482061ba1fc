import Foundation
import Testing

/// Every command as a user runs it: on a good catalog it succeeds and writes what it says; on a
/// catalog with a mistake it names the mistake at its line and column, exits with its failure
/// status and writes nothing.
@Suite struct CommandOutcomeTests {
    static let good = """
        catalog: OrderError
        title: Orders
        errors:
          - code: ORDER_NOT_FOUND
            http: 404
            meaning: No order has that number.
            remedy: Check the number.

        """
    /// The same catalog with an HTTP status no response has.
    static let bad = good.replacingOccurrences(of: "http: 404", with: "http: 999")

    /// A command, and what it leaves in the folder when it succeeds (`nil`: only standard output).
    static let commands: [(arguments: [String], writes: String?, failure: Int32)] = [
        (["lint", "orders.yaml"], nil, 1),
        (["generate", "--swift-out", "swift", "orders.yaml"], "swift/OrderError.swift", 1),
        (["docs", "--out", "site", "orders.yaml"], "site/mkdocs.yml", 1),
        (["openapi", "--out", "openapi", "orders.yaml"], "openapi/OrderError.openapi.json", 1),
        (["check", "orders.yaml"], nil, 2),
        (["release", "1.0.0", "orders.yaml"], "catalog.ledger", 1),
        (["changelog", "orders.yaml"], nil, 1),
        (["explain", "ORDER_NOT_FOUND", "orders.yaml"], nil, 1),
        (
            ["translations", "export", "--locale", "de", "--format", "po", "--out", "po", "orders.yaml"],
            "po/orders.de.po", 1
        ),
    ]

    @Test(arguments: commands.indices)
    func aGoodCatalogSucceedsAndABadOneChangesNothing(_ index: Int) throws {
        let (arguments, writes, failure) = Self.commands[index]
        try ErrcatProcess.inTemporaryFolder { folder in
            let catalog = folder.appendingPathComponent("orders.yaml")
            try Self.bad.write(to: catalog, atomically: true, encoding: .utf8)
            let refused = try ErrcatProcess.run(arguments, in: folder)
            #expect(refused.status == failure, "\(arguments): \(refused.errors)")
            #expect(refused.errors.contains("orders.yaml:5:11: error: "), "\(arguments): \(refused.errors)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["orders.yaml"])

            try Self.good.write(to: catalog, atomically: true, encoding: .utf8)
            let done = try ErrcatProcess.run(arguments, in: folder)
            #expect(done.status == 0, "\(arguments): \(done.errors)")
            #expect(!done.errors.contains("error:"), "\(arguments): \(done.errors)")
            if let writes {
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(writes).path), "\(writes)")
            } else {
                #expect(!done.output.isEmpty || arguments[0] == "lint", "\(arguments) printed nothing")
            }
        }
    }
}
