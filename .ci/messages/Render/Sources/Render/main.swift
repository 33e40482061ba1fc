import ErrorCatalog
import Foundation

// Reads cases (catalog, wire code, typed arguments) as JSON from the file named by the first
// argument and prints each rendered meaning, in order, as a JSON array of strings.
struct Case: Decodable {
    let catalog: String
    let code: String
    /// (name, type, value as text) per argument.
    let arguments: [[String]]
    /// The locale to render in; the source's when absent.
    let locale: String?
}

let catalogs: [any CatalogError.Type] = [
    DjangoMessages.self, DjangoPlurals.self, WTFormsMessages.self, WTFormsPlurals.self,
    IcuOracle.self, PluralOracle.self, OrdinalOracle.self, NumberOracle.self, DateOracle.self,
]

func render(_ test: Case) -> String {
    guard let catalog = catalogs.first(where: { $0.catalogName == test.catalog }) else {
        return "<no catalog \(test.catalog)>"
    }
    return render(test, in: catalog)
}

func render<Catalog: CatalogError>(_ test: Case, in _: Catalog.Type) -> String {
    guard let entry = Catalog.Entry(code: test.code) else { return "<no entry \(test.code)>" }
    let arguments = MessageArguments(
        test.arguments.map { argument in
            let value: MessageArgument =
                switch argument[1] {
                case "integer": .integer(Int(argument[2])!)
                case "number": .number(Double(argument[2])!)
                // Minor units and the currency's code: `1250 EUR`.
                case "money":
                    .money(
                        Money(
                            minorUnits: Int(argument[2].prefix { $0 != " " })!,
                            currency: String(argument[2].suffix(3))))
                case "timestamp": .timestamp(Timestamp(rfc3339: argument[2])!)
                default: .string(argument[2])
                }
            return MessageArguments.Argument(argument[0], value)
        })
    // Rendered through the typed case, as an app throws it.
    guard let error = Catalog(entry: entry, arguments: entry.typed(arguments)) else {
        return "<arguments \(arguments.map(\.name)) do not make the case \(entry.name)>"
    }
    return test.locale.map { error.meaning(locale: $0) } ?? error.meaning
}

let input = try Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[1]))
let cases = try JSONDecoder().decode([Case].self, from: input)
let output = try JSONSerialization.data(withJSONObject: cases.map(render), options: [.prettyPrinted])
FileHandle.standardOutput.write(output)
