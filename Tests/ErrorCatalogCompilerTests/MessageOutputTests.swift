@testable import ErrorCatalogCompiler
import Foundation
import Testing

/// What the docs, `errors.json` and `errcat explain` say of an entry with parameters.
@Suite struct MessageOutputTests {
    static let catalog: [Catalog] = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/reference/Messages.yaml").path
        return Pipeline().run(paths: [path]).catalogs
    }()

    @Test func theDocsShowTemplateParametersAndAnExample() throws {
        let site = DocsEmitter().emit(Self.catalog)
        let page = try #require(site.first { $0.path == "docs/message-error.md" }).contents
        let quota = try #require(page.range(of: "{ #quota-exceeded data-pagefind-weight=\"10\" }")).upperBound
        let section = String(page[quota...].prefix(1200))
        #expect(section.contains("| <code>limit</code> | integer | The hourly limit. | <code>1000</code> |"))
        #expect(
            section.contains(
                "**What happened.** <code>&#123;used, plural, &#61;0 &#123;No request was&#125; one &#123;&#35; "
                    + "request was&#125; other &#123;&#35; requests were&#125;&#125;</code> made this hour; the "
                    + "limit is <code>&#123;limit&#125;</code>."
            ))
        #expect(section.contains("**Example:** 1042 requests were made this hour; the limit is 1000."))
        #expect(section.contains("throw MessageError.quotaExceeded(limit: 1000, used: 1042)"))
        // Fixed texts keep their own shape.
        let plain = try #require(page.range(of: "{ #plain data-pagefind-weight=\"10\" }")).upperBound
        #expect(page[plain...].contains("**What happened.** A fixed text with {braces} that are not placeholders."))
    }

    @Test func errorsJSONAndExplainListTheParameters() throws {
        let site = DocsEmitter().emit(Self.catalog)
        let json = try #require(site.first { $0.path == "docs/errors.json" }).contents
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let errors = try #require((object["catalogs"] as? [[String: Any]])?.first?["errors"] as? [[String: Any]])
        let params = try #require(errors[0]["params"] as? [[String: Any]])
        #expect(params.map { $0["name"] as? String } == ["limit", "used"])
        #expect(params.map { $0["type"] as? String } == ["integer", "integer"])
        #expect(params[0]["example"] as? Int == 1000)
        #expect(errors[4]["params"] == nil)

        let matches = CodeResolver(catalogs: Self.catalog).resolve("RETRY_LATER")
        let explained = try #require(
            try JSONSerialization.jsonObject(with: Data(ExplainedEntry.json(matches).utf8)) as? [[String: Any]])
        let listed = try #require(explained.first?["params"] as? [[String: Any]])
        #expect(listed.map { $0["name"] as? String } == ["seconds", "attempt"])
        #expect(listed.map { $0["type"] as? String } == ["number", "integer"])
        let text = ExplainedEntry.text(try #require(matches.first))
        #expect(text.contains("  params:    seconds (number, e.g. 2.5)\n             attempt (integer, e.g. 3)\n"))
        // The meaning rendered with the examples, not the ICU template.
        #expect(text.contains("  meaning:   Attempt 3 failed; retry in 2.5 seconds. (example)\n"))
    }
}
