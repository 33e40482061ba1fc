import ArgumentParser
import ErrorCatalogCompiler

/// `errcat lint`: reports every problem in the catalogs.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check catalogs and report every problem as path:line:col.")

    @OptionGroup var input: CatalogInput

    func run() throws {
        let identified = try input.load()
        let (catalogs, entries) = (identified.catalogs, identified.entryCount)
        print(
            "\(catalogs.count) "
                + "catalog\(catalogs.count == 1 ? "" : "s"), \(entries) entr\(entries == 1 ? "y" : "ies"): no errors"
        )
    }
}
