import ErrorCatalog

/// `errors.json`: every catalog and entry with every field, for search boxes and tools.
enum ErrorsJSON {
    /// Writes the file into `page`, in pieces when it has a sink.
    static func write(_ catalogs: [Catalog], history: Ledger, into page: inout PageWriter) {
        var json = JSONWriter()
        json.sink = page.sink
        json.beginObject()
        json.number("version", 1)
        json.beginArray("catalogs")
        for catalog in catalogs { write(catalog, removed: history.removedEntries(of: catalog.name), to: &json) }
        json.endArray()
        json.endObject()
        json.finish()
        if page.sink == nil { page.raw(String(decoding: json.bytes, as: UTF8.self)) }
    }

    /// One catalog: its fields, categories, response body, entries and removed codes.
    static func write(_ catalog: Catalog, removed: [LedgerEntry], to json: inout JSONWriter) {
        let page = DocsEmitter.pageName(catalog)
        json.beginObject()
        json.string("name", catalog.name)
        json.string("title", catalog.title)
        json.string("summary", catalog.summary)
        json.string("page", page)
        json.string("docs_url", catalog.docsURL)
        json.bool("case_insensitive", catalog.caseInsensitive)
        json.beginArray("categories")
        for category in catalog.categories {
            json.beginObject()
            json.string("id", category.id)
            json.string("title", category.title)
            json.string("summary", category.summary)
            json.string("anchor", category.anchor)
            json.endObject()
        }
        json.endArray()
        if let response = catalog.response { write(response, to: &json) } else { json.null("response") }
        json.beginArray("errors")
        for entry in catalog.entries { write(entry, catalog: catalog, page: page, to: &json) }
        json.endArray()
        // Codes the catalog no longer has, from the release history.
        json.beginArray("removed")
        for entry in removed { write(removed: entry, to: &json) }
        json.endArray()
        json.endObject()
    }

    static func write(_ response: ResponseFormat, to json: inout JSONWriter) {
        json.beginObject("response")
        json.string("summary", response.summary)
        json.string("example", response.example)
        json.beginArray("fields")
        for field in response.fields {
            json.beginObject()
            json.string("name", field.name)
            json.string("type", field.type.rawValue)
            json.string("description", field.description)
            json.bool("required", field.required)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    static func write(removed entry: LedgerEntry, to json: inout JSONWriter) {
        json.beginObject()
        json.number("id", entry.id)
        json.string("name", entry.name)
        json.string("code", entry.code)
        json.strings("aliases", entry.aliases)
        json.string("since", entry.since.description)
        json.string("removed", entry.removed?.description)
        json.string("anchor", entry.anchor.isEmpty ? nil : entry.anchor)
        json.string("meaning", entry.meaning)
        json.string("deprecated", entry.deprecation)
        json.endObject()
    }

    static func write(_ entry: CatalogEntry, catalog: Catalog, page: String, to json: inout JSONWriter) {
        json.beginObject()
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
        json.endObject()
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
