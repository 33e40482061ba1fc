import ErrorCatalog
import Foundation

/// `errors.json`: every catalog and entry with every field, for search boxes and tools.
enum ErrorsJSON {
    struct Document: Encodable {
        let version = 1
        let catalogs: [CatalogRecord]
    }

    struct CatalogRecord: Encodable {
        let name, title, page: String
        let summary, docsURL: String?
        let caseInsensitive: Bool
        let categories: [CategoryRecord]
        let response: ResponseRecord?
        let errors: [EntryRecord]

        enum CodingKeys: String, CodingKey {
            case name, title, page, summary, docsURL = "docs_url", caseInsensitive = "case_insensitive", categories, response, errors
        }
    }

    struct CategoryRecord: Encodable {
        let id, title, anchor: String
        let summary: String?
    }

    struct ResponseRecord: Encodable {
        let summary, example: String?
        let fields: [FieldRecord]
    }

    struct FieldRecord: Encodable {
        let name, type: String
        let description: String?
        let required: Bool
    }

    struct RetryRecord: Encodable {
        let policy: String
        let attempts, windowSeconds: Int?
        let note: String?

        enum CodingKeys: String, CodingKey { case policy, attempts, windowSeconds = "window_seconds", note }
    }

    struct EntryRecord: Encodable {
        let name, code, meaning, remedy, anchor, page: String
        let aliases, remedySteps: [String]
        let title, category, deprecated, url: String?
        let http: Int?
        let retry: RetryRecord?
        let links: [ErrorLink]
        let family, catchAll: Bool

        enum CodingKeys: String, CodingKey {
            case name, code, meaning, remedy, anchor, page, aliases, remedySteps = "remedy_steps", title, category
            case deprecated, url, http, retry, links, family, catchAll = "catch_all"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(code, forKey: .code)
            try container.encode(aliases, forKey: .aliases)
            try container.encode(title, forKey: .title)
            try container.encode(category, forKey: .category)
            try container.encode(http, forKey: .http)
            try container.encode(retry, forKey: .retry)
            try container.encode(meaning, forKey: .meaning)
            try container.encode(remedy, forKey: .remedy)
            try container.encode(remedySteps, forKey: .remedySteps)
            try container.encode(links, forKey: .links)
            try container.encode(deprecated, forKey: .deprecated)
            try container.encode(family, forKey: .family)
            try container.encode(catchAll, forKey: .catchAll)
            try container.encode(anchor, forKey: .anchor)
            try container.encode(page, forKey: .page)
            try container.encode(url, forKey: .url)
        }
    }

    static func encode(_ catalogs: [Catalog]) throws -> String {
        let document = Document(catalogs: catalogs.map { catalog in
            let page = DocsEmitter.pageName(catalog)
            return CatalogRecord(
                name: catalog.name, title: catalog.title, page: page, summary: catalog.summary, docsURL: catalog.docsURL,
                caseInsensitive: catalog.caseInsensitive,
                categories: catalog.categories.map { CategoryRecord(id: $0.id, title: $0.title, anchor: $0.anchor, summary: $0.summary) },
                response: catalog.response.map { response in
                    ResponseRecord(summary: response.summary, example: response.example, fields: response.fields.map {
                        FieldRecord(name: $0.name, type: $0.type.rawValue, description: $0.description, required: $0.required)
                    })
                },
                errors: catalog.entries.map { entry in
                    EntryRecord(
                        name: entry.name, code: entry.code, meaning: entry.meaning, remedy: entry.remedy.text,
                        anchor: entry.anchor, page: page, aliases: entry.aliases, remedySteps: entry.remedy.steps,
                        title: entry.title, category: entry.category, deprecated: entry.deprecation,
                        url: catalog.docsURL.map { $0 + "#" + entry.anchor }, http: entry.httpStatus,
                        retry: entry.retry.map {
                            RetryRecord(policy: $0.policy.rawValue, attempts: $0.maxAttempts, windowSeconds: $0.windowSeconds, note: $0.note)
                        },
                        links: entry.links, family: entry.isFamily, catchAll: entry.isCatchAll)
                })
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
