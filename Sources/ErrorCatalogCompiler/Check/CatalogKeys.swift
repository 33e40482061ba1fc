/// The keys of the catalog format (v1), per mapping.
enum CatalogKeys {
    static let catalog = KnownKeys(["catalog", "title", "summary", "docs_url", "case_insensitive", "categories", "errors", "response"])
    static let category = KnownKeys(["id", "title", "summary"])
    static let entry = KnownKeys([
        "code", "name", "aliases", "title", "category", "http", "meaning", "remedy", "retry", "links", "deprecated",
        "family", "catch_all", "anchor",
    ])
    static let retry = KnownKeys(["policy", "attempts", "window", "note"])
    static let link = KnownKeys(["title", "url"])
    static let response = KnownKeys(["summary", "example", "fields"])
    static let responseField = KnownKeys(["name", "type", "description", "required"])
}
