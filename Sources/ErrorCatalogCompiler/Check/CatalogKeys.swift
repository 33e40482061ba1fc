/// The keys of the catalog format (v1), per mapping.
enum CatalogKeys {
    static let catalog = ["catalog", "title", "summary", "docs_url", "case_insensitive", "categories", "errors", "response"]
    static let category = ["id", "title", "summary"]
    static let entry = [
        "code", "name", "aliases", "title", "category", "http", "meaning", "remedy", "retry", "links", "deprecated",
        "family", "catch_all", "anchor",
    ]
    static let retry = ["policy", "attempts", "window", "note"]
    static let link = ["title", "url"]
    static let response = ["summary", "example", "fields"]
    static let responseField = ["name", "type", "description", "required"]
}
