import ErrorCatalog

extension OpenAPIEmitter {
    /// `<Catalog>Arguments`, the problem's `arguments` member, and per entry with parameters
    /// `<Catalog>Arguments<Entry>`: each parameter's name, type and description, so a client
    /// generated from the document knows what each code carries.
    func argumentSchemas(_ catalog: Catalog, into json: inout JSONWriter) {
        guard catalog.hasParameters else { return }
        let entries = catalog.entries.filter { !$0.parameters.isEmpty }
        json.beginObject(catalog.name + "Arguments")
        json.string("type", "object")
        json.string(
            "description",
            "The values of the entry's parameters (extension member), from which title, detail and remedy were "
                + "rendered; a client may render the entry's texts again with them. Each code's parameters: "
                + entries.map { "\($0.code) (\(schemaName($0, catalog: catalog)))" }.joined(separator: ", ") + ".")
        json.beginObject("additionalProperties")
        json.strings("type", catalog.hasMoney ? ["string", "number", "object"] : ["string", "number"])
        json.endObject()
        json.endObject()
        if catalog.hasMoney { moneySchema(into: &json) }
        for entry in entries {
            json.beginObject(schemaName(entry, catalog: catalog))
            json.string("type", "object")
            json.string("description", "The arguments of \(entry.code): \(MarkdownText.firstSentence(entry.meaning))")
            json.string("x-error-code", entry.code)
            json.strings("required", entry.parameters.map(\.name))
            json.beginObject("properties")
            for parameter in entry.parameters {
                json.beginObject(parameter.name)
                switch parameter.kind {
                case .money: json.string("$ref", ref("Money"))
                case .string: json.string("type", "string")
                case .timestamp:
                    json.string("type", "string")
                    json.string("format", "date-time")
                case .integer, .number: json.string("type", parameter.kind.description)
                }
                if let description = parameter.description { json.string("description", description) }
                json.endObject()
            }
            json.endObject()
            json.endObject()
        }
    }

    /// `Money`: an exact amount (a decimal string with the currency's fraction digits) and its
    /// ISO 4217 currency code, as ``Money`` encodes it.
    func moneySchema(into json: inout JSONWriter) {
        json.beginObject("Money")
        json.string("type", "object")
        json.string(
            "description",
            "An amount of money: the amount as a decimal string with the currency's fraction digits (ISO 4217, "
                + "as CLDR gives them: EUR 12.50, JPY 1250, KWD 2.000) and the currency's code.")
        json.strings("required", ["amount", "currency"])
        json.beginObject("properties")
        json.beginObject("amount")
        json.string("type", "string")
        json.string("pattern", "^-?[0-9]+(\\.[0-9]+)?$")
        json.endObject()
        json.beginObject("currency")
        json.string("type", "string")
        json.string("pattern", "^[A-Z]{3}$")
        json.endObject()
        json.endObject()
        json.endObject()
    }

    func schemaName(_ entry: CatalogEntry, catalog: Catalog) -> String {
        catalog.name + "Arguments" + entry.name.prefix(1).uppercased() + entry.name.dropFirst()
    }
}

extension Catalog {
    /// Whether an entry declares parameters.
    public var hasParameters: Bool { entries.contains { !$0.parameters.isEmpty } }

    /// Whether an entry declares a `money` parameter.
    var hasMoney: Bool { entries.contains { $0.parameters.contains { $0.kind == .money } } }
}

extension CatalogEntry {
    /// The parameters' example values, in order: what the docs and OpenAPI render with.
    public var exampleArguments: MessageArguments {
        MessageArguments(parameters.map { MessageArguments.Argument($0.name, $0.example) })
    }
}
