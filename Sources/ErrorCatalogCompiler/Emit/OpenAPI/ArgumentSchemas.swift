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
        json.strings("type", ["string", "number"])
        json.endObject()
        json.endObject()
        for entry in entries {
            json.beginObject(schemaName(entry, catalog: catalog))
            json.string("type", "object")
            json.string("description", "The arguments of \(entry.code): \(MarkdownText.firstSentence(entry.meaning))")
            json.string("x-error-code", entry.code)
            json.strings("required", entry.parameters.map(\.name))
            json.beginObject("properties")
            for parameter in entry.parameters {
                json.beginObject(parameter.name)
                json.string("type", parameter.kind == .string ? "string" : parameter.kind.description)
                if let description = parameter.description { json.string("description", description) }
                json.endObject()
            }
            json.endObject()
            json.endObject()
        }
    }

    func schemaName(_ entry: CatalogEntry, catalog: Catalog) -> String {
        catalog.name + "Arguments" + entry.name.prefix(1).uppercased() + entry.name.dropFirst()
    }
}

extension Catalog {
    /// Whether an entry declares parameters.
    public var hasParameters: Bool { entries.contains { !$0.parameters.isEmpty } }
}

extension CatalogEntry {
    /// The parameters' example values, in order: what the docs and OpenAPI render with.
    public var exampleArguments: MessageArguments {
        MessageArguments(parameters.map { MessageArguments.Argument($0.name, $0.example) })
    }
}
