/// The keys of the catalog format (v1), per kind of mapping. Each key knows its slot in
/// ``Fields``, so reading a field is an index, not a search.

/// The catalog's top level.
enum RootKey {
    static let known = KnownKeys([
        "catalog", "title", "summary", "docs_url", "case_insensitive", "categories", "errors", "response",
    ])
    static let catalog = known.key("catalog")
    static let title = known.key("title")
    static let summary = known.key("summary")
    static let docsURL = known.key("docs_url")
    static let caseInsensitive = known.key("case_insensitive")
    static let categories = known.key("categories")
    static let errors = known.key("errors")
    static let response = known.key("response")
}

/// An item of `categories`.
enum CategoryKey {
    static let known = KnownKeys(["id", "title", "summary"])
    static let id = known.key("id")
    static let title = known.key("title")
    static let summary = known.key("summary")
}

/// An item of `errors`.
enum EntryKey {
    static let known = KnownKeys([
        "code", "name", "aliases", "title", "category", "http", "meaning", "remedy", "retry", "links", "deprecated",
        "family", "catch_all", "anchor",
    ])
    static let code = known.key("code")
    static let name = known.key("name")
    static let aliases = known.key("aliases")
    static let title = known.key("title")
    static let category = known.key("category")
    static let http = known.key("http")
    static let meaning = known.key("meaning")
    static let remedy = known.key("remedy")
    static let retry = known.key("retry")
    static let links = known.key("links")
    static let deprecated = known.key("deprecated")
    static let family = known.key("family")
    static let catchAll = known.key("catch_all")
    static let anchor = known.key("anchor")
}

/// An entry's `retry`, written as a mapping.
enum RetryKey {
    static let known = KnownKeys(["policy", "attempts", "window", "note"])
    static let policy = known.key("policy")
    static let attempts = known.key("attempts")
    static let window = known.key("window")
    static let note = known.key("note")
}

/// An item of an entry's `links`.
enum LinkKey {
    static let known = KnownKeys(["title", "url"])
    static let title = known.key("title")
    static let url = known.key("url")
}

/// The catalog's `response`.
enum ResponseKey {
    static let known = KnownKeys(["summary", "example", "fields"])
    static let summary = known.key("summary")
    static let example = known.key("example")
    static let fields = known.key("fields")
}

/// An item of `response.fields`.
enum ResponseFieldKey {
    static let known = KnownKeys(["name", "type", "description", "required"])
    static let name = known.key("name")
    static let type = known.key("type")
    static let description = known.key("description")
    static let required = known.key("required")
}
