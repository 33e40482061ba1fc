@testable import ErrorCatalogCompiler
import Foundation
import Testing

@Suite struct DocsEmitterTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func catalogs(_ yaml: String) throws -> [Catalog] {
        var diagnostics = DiagnosticList()
        let catalog = FrontEnd().check(Array(yaml.utf8), file: "t.yaml", diagnostics: &diagnostics)
        #expect(!diagnostics.hasErrors, "\(diagnostics.sorted)")
        return [try #require(catalog)]
    }

    @Test func rawHTMLNeverReachesThePage() {
        #expect(MarkdownText.neutralized("a <script>alert(1)</script> b") == "a &lt;script>alert(1)&lt;/script> b")
        #expect(MarkdownText.neutralized("keep `<b>` in code") == "keep `<b>` in code")
        #expect(MarkdownText.neutralized("```\n<b>\n```\n<i>") == "```\n<b>\n```\n&lt;i>")
        #expect(MarkdownText.neutralized("[x](javascript:alert(1))") == "[x]\\(javascript:alert(1))")
        #expect(MarkdownText.neutralized("unclosed ``<b>") == "unclosed ``&lt;b>")
    }

    @Test func tableCellsAndCodeSpansCannotBreakOut() {
        #expect(MarkdownText.tableCell("a | b\nc") == "a \\| b c")
        #expect(MarkdownText.codeSpan("a`b") == "``a`b``")
        #expect(MarkdownText.codeSpan("`x`") == "`` `x` ``")
        #expect(MarkdownText.htmlCode("a|<b>&") == "<code>a&#124;&lt;b&gt;&amp;</code>")
        #expect(MarkdownText.yamlQuoted("say \"hi\"\n\\") == "\"say \\\"hi\\\"\\n\\\\\"")
    }

    @Test func hostileTextRendersInert() throws {
        let site = try DocsEmitter().emit(catalogs("""
            catalog: Hostile
            title: "Title <script>x</script> | pipe"
            errors:
              - code: "<img src=x onerror=alert(1)>|`"
                title: "t | <b>"
                meaning: "m <script>alert('x')</script>"
                remedy: ["step <iframe>", "step | two"]
                links:
                  - {title: "evil", url: "javascript:alert(1)"}
                  - {title: "ok ] [", url: "https://example.com/a"}
            """))
        for (path, contents) in site where path.hasSuffix(".md") {
            #expect(!contents.contains("<script"), "\(path)")
            #expect(!contents.contains("<img"), "\(path)")
            #expect(!contents.contains("<iframe"), "\(path)")
            #expect(!contents.contains("(javascript:"), "\(path)")
        }
        let page = try #require(site.first { $0.path == "docs/hostile.md" }).contents
        #expect(page.contains("- evil\n"))
        #expect(page.contains("- [ok \\] \\[](<https://example.com/a>)"))
        #expect(page.contains("1. step &lt;iframe>\n2. step \\| two\n"))
    }

    @Test func filesStayInsideTheOutputFolder() throws {
        let site = try DocsEmitter().emit(catalogs("catalog: A\ntitle: \"../../etc\"\nerrors:\n  - {code: \"../x\", meaning: m, remedy: r}\n"))
        #expect(site.map(\.path) == ["mkdocs.yml", "docs/index.md", "docs/a.md", "docs/errors.json"])
    }

    @Test func anchorsAreUniqueAndStable() throws {
        let catalog = try catalogs("""
            catalog: Shared
            title: Shared
            categories: [{id: internal, title: Internal}]
            errors:
              - {code: internal, name: first, meaning: m, remedy: r}
              - {code: internal, name: secondOne, meaning: m, remedy: r}
              - {code: INTERNAL, name: third, meaning: m, remedy: r}
              - {code: category-internal, name: fourth, meaning: m, remedy: r}
              - {code: x, anchor: pinned, meaning: m, remedy: r}
            """)[0]
        #expect(catalog.entries.map(\.anchor) == [
            "internal", "internal--second-one", "internal--third", "category-internal--fourth", "pinned",
        ])
    }

    @Test func errorsJSONHoldsEveryEntry() throws {
        let site = DocsEmitter().emit(FrontEnd().run(paths: [Self.fixtures.appendingPathComponent("reference").path]).catalogs)
        let json = try #require(site.first { $0.path == "docs/errors.json" }).contents
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let catalogs = try #require(object?["catalogs"] as? [[String: Any]])
        let errors = try #require(catalogs.first?["errors"] as? [[String: Any]])
        #expect(errors.count == 3)
        #expect(errors.first?["code"] as? String == "CARD_DECLINED")
        #expect(errors.first?["url"] as? String == "https://docs.example.com/payment-error/#card-declined")
        #expect((errors[1]["retry"] as? [String: Any])?["window_seconds"] as? Int == 5_400)
        #expect(errors[2]["catch_all"] as? Bool == true)
    }

    /// The reference catalog's page is exactly `Payments.md.expected` (reviewed).
    @Test func referencePage() throws {
        let folder = Self.fixtures.appendingPathComponent("reference").path
        let site = DocsEmitter().emit(FrontEnd().run(paths: [folder + "/Payments.yaml"]).catalogs)
        let page = try #require(site.first { $0.path == "docs/payment-error.md" }).contents
        let expected = folder + "/Payments.md.expected"
        if ProcessInfo.processInfo.environment["ERRCAT_RECORD"] != nil {
            try page.write(toFile: expected, atomically: true, encoding: .utf8)
        }
        #expect(page == (try String(contentsOfFile: expected, encoding: .utf8)))
        #expect(DocsEmitter().emit(FrontEnd().run(paths: [folder + "/Payments.yaml"]).catalogs).map(\.contents) == site.map(\.contents))
    }
}
