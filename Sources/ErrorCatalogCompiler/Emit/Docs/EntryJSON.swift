import ErrorCatalog

/// An entry as JSON, every field: one object of `errors.json`'s `errors`, and of what
/// `errcat explain --format json` prints (with how the code matched).
enum EntryJSON {
    /// The entry's members, inside an object the caller opens (which may add its own).
    static func writeFields(of entry: CatalogEntry, catalog: Catalog, page: String, to json: inout JSONWriter) {
        json.number("id", entry.id)
        json.string("since", entry.since)
        json.string("name", entry.name)
        json.string("code", entry.code)
        json.strings("aliases", entry.aliases)
        json.string("title", entry.title)
        json.string("category", entry.category)
        json.number("http", entry.httpStatus)
        if let retry = entry.retry {
            json.beginObject("retry")
            json.string("policy", retry.policy.rawValue)
            json.number("attempts", retry.maxAttempts)
            json.number("window_seconds", retry.windowSeconds)
            json.string("note", retry.note)
            json.endObject()
        } else {
            json.null("retry")
        }
        json.string("meaning", entry.meaning)
        json.string("remedy", entry.remedy.text)
        json.strings("remedy_steps", entry.remedy.steps)
        // An entry with parameters: its title, meaning and remedy above are ICU MessageFormat.
        if !entry.parameters.isEmpty { writeParameters(entry.parameters, to: &json) }
        json.beginArray("links")
        for link in entry.links {
            json.beginObject()
            json.string("title", link.title)
            json.string("url", link.url)
            json.endObject()
        }
        json.endArray()
        json.string("deprecated", entry.deprecation)
        json.bool("family", entry.isFamily)
        json.bool("catch_all", entry.isCatchAll)
        json.string("anchor", entry.anchor)
        json.string("page", page)
        json.string("url", catalog.docsURL.map { $0 + "#" + entry.anchor })
    }

    /// `params`: each parameter's name, type, description and example value.
    static func writeParameters(_ parameters: [EntryParameter], to json: inout JSONWriter) {
        json.beginArray("params")
        for parameter in parameters {
            json.beginObject()
            json.string("name", parameter.name)
            json.string("type", parameter.kind.description)
            json.string("description", parameter.description)
            json.argument("example", parameter.example)
            json.endObject()
        }
        json.endArray()
    }
}
