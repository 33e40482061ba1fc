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
            # Imported by errcat from \(source.filter { !$0.isNewline }). Review it; fill in what the TODO comments \
            name.
            catalog: \(name)
            title: \(YAMLText.quoted(title))

            """
        if !categories.isEmpty {
            out += "categories:\n"
            for category in categories {
                out += "  - id: \(category.id)\n    title: \(YAMLText.quoted(category.title))\n"
            }
        }
        out += "errors:\n"
        let shared = sharedCodes(entries)
        for entry in entries {
            out += "  - code: \(YAMLText.quoted(entry.code))\n"
            if !entry.aliases.isEmpty {
                out += "    aliases: [\(entry.aliases.map(YAMLText.quoted).joined(separator: ", "))]\n"
            }
            if entry.name != entry.lintName { out += "    name: \(entry.name)\n" }
            if entry.isFamily { out += "    family: true\n" }
            if entry.isCatchAll { out += "    catch_all: true\n" }
            if !entry.isCatchAll, ([entry.code] + entry.aliases).contains(where: shared.contains) {
                out += "    shared_code: true\n"
            }
            if !entry.parameters.isEmpty {
                out +=
                    "    params: {" + entry.parameters.map { "\($0.name): \($0.kind)" }.joined(separator: ", ") + "}\n"
            }
            if let title = entry.title { out += "    title: \(YAMLText.quoted(title))\n" }
            if let category = entry.category { out += "    category: \(category)\n" }
            if let http = entry.http { out += "    http: \(http)\n" }
            out +=
                "    meaning: "
                + (entry.meaning.map(YAMLText.quoted) ?? "~  # TODO: what happened (\(entry.location) gives nothing)")
                + "\n"
            out +=
                "    remedy: "
                + (entry.remedy.map(YAMLText.quoted) ?? "~  # TODO: what to do (\(entry.location) gives nothing)")
                + "\n"
            if !entry.links.isEmpty {
                out += "    links:\n"
                for link in entry.links {
                    out += "      - {title: \(YAMLText.quoted(link.title)), url: \(YAMLText.quoted(link.url))}\n"
                }
            }
        }
        return out
    }

    /// The codes and aliases that more than one entry claims: a table that lists a code in several
    /// rows means one code in several places, which the catalog declares with `shared_code: true`.
    static func sharedCodes(_ entries: [ImportedEntry]) -> Set<String> {
        var claims: [String: Int] = [:]
        for entry in entries where !entry.isCatchAll {
            for code in Set([entry.code] + entry.aliases) { claims[code, default: 0] += 1 }
        }
        return Set(claims.filter { $0.value > 1 }.keys)
    }
}
