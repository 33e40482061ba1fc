import ErrorCatalog

/// Writes an imported catalog in the v1 format, with the schema modeline, in the tables'
/// order; a field the tables did not give is written as `~` with a TODO comment, so the file
/// says what is left to fill in (and `errcat lint` refuses it until it is).
enum CatalogYAMLWriter {
    static func write(
        name: String, title: String, source: String, categories: [(id: String, title: String)], entries: [ImportedEntry]
    ) -> String {
        var out = """
            # yaml-language-server: $schema=catalog.schema.json
            # Imported by errcat from \(source.filter { !$0.isNewline }). Review it; fill in what the TODO comments name.
            catalog: \(name)
            title: \(YAMLText.quoted(title))

            """
        if !categories.isEmpty {
            out += "categories:\n"
            for category in categories { out += "  - id: \(category.id)\n    title: \(YAMLText.quoted(category.title))\n" }
        }
        out += "errors:\n"
        for entry in entries {
            out += "  - code: \(YAMLText.quoted(entry.code))\n"
            if !entry.aliases.isEmpty { out += "    aliases: [\(entry.aliases.map(YAMLText.quoted).joined(separator: ", "))]\n" }
            if entry.name != entry.lintName { out += "    name: \(entry.name)\n" }
            if entry.isFamily { out += "    family: true\n" }
            if entry.isCatchAll { out += "    catch_all: true\n" }
            if !entry.parameters.isEmpty {
                out += "    params: {" + entry.parameters.map { "\($0.name): \($0.kind)" }.joined(separator: ", ") + "}\n"
            }
            if let title = entry.title { out += "    title: \(YAMLText.quoted(title))\n" }
            if let category = entry.category { out += "    category: \(category)\n" }
            if let http = entry.http { out += "    http: \(http)\n" }
            out += "    meaning: " + (entry.meaning.map(YAMLText.quoted) ?? "~  # TODO: what happened (\(entry.location) gives nothing)") + "\n"
            out += "    remedy: " + (entry.remedy.map(YAMLText.quoted) ?? "~  # TODO: what to do (\(entry.location) gives nothing)") + "\n"
            if !entry.links.isEmpty {
                out += "    links:\n"
                for link in entry.links { out += "      - {title: \(YAMLText.quoted(link.title)), url: \(YAMLText.quoted(link.url))}\n" }
            }
        }
        return out
    }
}
