import ErrorCatalog
@testable import ErrorCatalogCompiler
import Foundation
import Testing

/// The keys the reader knows are exactly the properties `catalog.schema.json` allows, in
/// every kind of mapping, so an editor's validation and `errcat lint` agree.
@Suite struct CatalogKeysTests {
    typealias Object = [String: Any]

    func schema() throws -> Object {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../catalog/catalog.schema.json")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? Object)
    }

    func properties(_ object: Any?) throws -> Set<String> {
        Set(try #require((object as? Object)?["properties"] as? Object).keys)
    }

    @Test func readerKeysAreTheSchemaProperties() throws {
        let schema = try schema()
        let definitions = try #require(schema["definitions"] as? Object)
        let entry = try #require(definitions["entry"] as? Object)
        let entryProperties = try #require(entry["properties"] as? Object)
        let retryForms = try #require((entryProperties["retry"] as? Object)?["oneOf"] as? [Any])
        let response = try #require(definitions["response"] as? Object)
        let responseFields = try #require((response["properties"] as? Object)?["fields"] as? Object)

        #expect(Set(RootKey.known.names) == (try properties(schema)))
        #expect(Set(CategoryKey.known.names) == (try properties(definitions["category"])))
        #expect(Set(EntryKey.known.names) == (try properties(entry)))
        #expect(
            Set(RetryKey.known.names) == (try properties(retryForms.first { ($0 as? Object)?["properties"] != nil })))
        #expect(Set(LinkKey.known.names) == (try properties((entryProperties["links"] as? Object)?["items"])))
        #expect(Set(ResponseKey.known.names) == (try properties(response)))
        #expect(Set(ResponseFieldKey.known.names) == (try properties(responseFields["items"])))
    }

    /// A parameter type `errcat lint` reads is one an editor validating with the schema accepts.
    @Test func parameterTypesAreTheSchemas() throws {
        let definitions = try #require(try schema()["definitions"] as? Object)
        let types = try #require((definitions["parameterType"] as? Object)?["enum"] as? [String])
        #expect(types == MessageParameter.Kind.allCases.map(\.description))
    }

    @Test func spellingsAreSnakeCaseAndSlotsAreRawValues() {
        #expect(RootKey.docsURL.name == "docs_url")
        #expect(RootKey.caseInsensitive.name == "case_insensitive")
        #expect(EntryKey.catchAll.name == "catch_all")
        for key in EntryKey.allCases { #expect(EntryKey.known.slot(of: ArraySlice(key.name.utf8)) == key.rawValue) }
    }
}
