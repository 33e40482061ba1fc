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
        for entry in catalog.entries {
            json.beginObject()
            EntryJSON.writeFields(of: entry, catalog: catalog, page: page, to: &json)
            json.endObject()
        }
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
}
