@testable import ErrorCatalogCompiler
import Foundation
import Testing

@Suite struct DocsEmitterTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func catalogs(_ yaml: String) throws -> [Catalog] {
        var diagnostics = DiagnosticList()
        let catalog = Pipeline().identified(Array(yaml.utf8), file: "t.yaml", diagnostics: &diagnostics)
        #expect(!diagnostics.hasErrors, "\(diagnostics.sorted)")
        return [try #require(catalog)]
    }

    /// A locale Material has no texts for gets its language's, or English's: the build would stop
    /// on `zh-Hans` or `sw` otherwise (`mkdocs build` was run on such a site: it builds, `<html lang="zh">`).
    @Test func aLanguageMaterialLacksTakesItsLanguagesTheme() {
        #expect(DocsEmitter.themeLanguage("de") == "")
        #expect(DocsEmitter.themeLanguage("pt-BR") == "")
        #expect(DocsEmitter.themeLanguage("zh-Hans") == "          theme:\n            language: zh\n")
        #expect(DocsEmitter.themeLanguage("de-CH") == "          theme:\n            language: de\n")
        #expect(DocsEmitter.themeLanguage("sw") == "          theme:\n            language: en\n")
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
        // Nothing Markdown could read as syntax is left: no backslash escape, emphasis, link,
        // code span, attribute list or closing hashes can change what a code shows.
        #expect(
            MarkdownText.literalHTML(##"a"b\\c\(x)"""#{}"##)
                == "a&quot;b&#92;&#92;c&#92;&#40;x&#41;&quot;&quot;&quot;&#35;&#123;&#125;")
        #expect(
            MarkdownText.literalHTML("*em* _u_ [l](u) `c` ~s~ ^h^ =m= +p+ 'q' $d: é🚨")
                == "&#42;em&#42; &#95;u&#95; &#91;l&#93;&#40;u&#41; &#96;c&#96; &#126;s&#126; &#94;h&#94; "
                + "&#61;m&#61; &#43;p&#43; &#39;q&#39; &#36;d&#58; é🚨"
        )
        #expect(YAMLText.quoted("say \"hi\"\n\\") == "\"say \\\"hi\\\"\\n\\\\\"")
    }

    @Test func hostileTextRendersInert() throws {
        let site = try DocsEmitter().emit(
            catalogs(
                """
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
        let site = try DocsEmitter().emit(
            catalogs("catalog: A\ntitle: \"../../etc\"\nerrors:\n  - {code: \"../x\", meaning: m, remedy: r}\n"))
        #expect(
            site.map(\.path) == [
                "mkdocs.yml", "requirements.txt", "hooks/search_index.py", "docs/index.md", "docs/a.md",
                "docs/assets/errcat.css", "docs/assets/errcat.js", "docs/errors.json",
            ])
    }

    @Test func anchorsAreUniqueAndStable() throws {
        let catalog = try catalogs(
            """
            catalog: Shared
            title: Shared
            categories: [{id: internal, title: Internal}]
            errors:
              - {code: internal, name: first, shared_code: true, meaning: m, remedy: r}
              - {code: internal, name: secondOne, shared_code: true, meaning: m, remedy: r}
              - {code: INTERNAL, name: third, meaning: m, remedy: r}
              - {code: category-internal, name: fourth, meaning: m, remedy: r}
              - {code: x, anchor: pinned, meaning: m, remedy: r}
            """)[0]
        #expect(
            catalog.entries.map(\.anchor) == [
                "internal", "internal--second-one", "internal--third", "category-internal--fourth", "pinned",
            ])
    }

    @Test func errorsJSONHoldsEveryEntry() throws {
        let site = DocsEmitter().emit(
            Pipeline().run(paths: [Self.fixtures.appendingPathComponent("reference").path]).catalogs)
        let json = try #require(site.first { $0.path == "docs/errors.json" }).contents
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let catalogs = try #require(object?["catalogs"] as? [[String: Any]])
        let errors = try #require(
            catalogs.first { $0["name"] as? String == "PaymentError" }?["errors"] as? [[String: Any]])
        #expect(errors.count == 3)
        #expect(errors.first?["code"] as? String == "CARD_DECLINED")
        #expect(errors.first?["url"] as? String == "https://docs.example.com/payment-error/#card-declined")
        #expect((errors[1]["retry"] as? [String: Any])?["window_seconds"] as? Int == 5_400)
        #expect(errors[2]["catch_all"] as? Bool == true)
    }

    @Test func writingStreamsTheSameBytesAndKeepsThePreviousSiteOnFailure() throws {
        let identified = Pipeline().run(paths: [Self.fixtures.appendingPathComponent("reference").path]).identified
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errcat-docs-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = DocsEmitter().emit(identified)
        let outcomes = try OutputWriter.write(files, into: folder)
        #expect(outcomes.allSatisfy { $0 == .written })
        for file in files {
            #expect(
                try String(contentsOfFile: folder + "/" + file.path, encoding: .utf8) == file.contents, "\(file.path)")
        }
        #expect(try OutputWriter.write(DocsEmitter().emit(identified), into: folder).allSatisfy { $0 == .unchanged })
        // No temporary file is left beside the site.
        let leftovers = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String }.filter {
            $0.hasSuffix(".tmp")
        }
        #expect(leftovers == [])
    }

    @Test func aliasesAreAnchorsAndThePipelineIsDrawn() throws {
        let catalog = try catalogs(
            """
            catalog: Steps
            title: Steps
            pipeline: Delivery pipeline
            categories: [{id: ingest, title: Ingest}, {id: deliver, title: Deliver}]
            errors:
              - {code: A.ONE, aliases: [A.TWO, "a-one"], category: ingest, meaning: m, remedy: r}
              - {code: B, category: deliver, meaning: m, remedy: r}
              - {code: C, category: deliver, meaning: m, remedy: r}
            """)
        let page = try #require(DocsEmitter().emit(catalog).first { $0.path == "docs/steps.md" }).contents
        // `a-one` is already the entry's own anchor; `a-two` is the alias's.
        #expect(page.contains("<a id=\"a-two\"></a>\n\n### <code>A.ONE</code>"))
        #expect(!page.contains("<a id=\"a-one\">"))
        #expect(page.contains("<nav class=\"errcat-pipeline\" aria-label=\"Delivery pipeline\">"))
        #expect(
            page.contains(
                "<a class=\"errcat-step\" href=\"#category-ingest\"><span class=\"errcat-step-number\">1</span><span "
                    + "class=\"errcat-step-title\">Ingest</span><span class=\"errcat-step-count\">1 code</span></a>"
            ))
        #expect(
            page.contains(
                "<span class=\"errcat-step-title\">Deliver</span><span class=\"errcat-step-count\">2 codes</span>"))
    }

    @Test func removedCodesKeepTheirAnchorsAndReleasesGetPages() throws {
        let v1 = try ReleaseComparisonTests.released(ReleaseComparisonTests.base, as: "1.0.0")
        let edited = ReleaseComparisonTests.base.split(separator: "\n").filter { !$0.contains("code: GONE") }.joined(
            separator: "\n")
        let v2 = try ReleaseComparisonTests.released(edited, as: "2.0.0", on: v1)
        let catalog = ReleaseComparison([try ReleaseComparisonTests.catalog(edited)], ledger: v2).catalogs
        let site = DocsEmitter().emit(catalog, history: v2)
        #expect(site.map(\.path).contains("docs/changelog/index.md"))
        #expect(site.map(\.path).contains("docs/changelog/2.0.0.md"))
        let page = try #require(site.first { $0.path == "docs/payments.md" }).contents
        #expect(page.contains("## Removed codes { #removed-codes }"))
        #expect(page.contains("### <code>GONE</code> — removed in 2.0.0 { #gone }"))
        #expect(page.contains("- **Instead:** Use CARD_DECLINED."))
        #expect(page.contains("- **Since:** [1.0.0](changelog/1.0.0.md)"))
        let release = try #require(site.first { $0.path == "docs/changelog/2.0.0.md" }).contents
        #expect(release.contains("### Removed\n\n- [`Payments.gone`](../payments.md#gone) (`GONE`)"))
        let mkdocs = try #require(site.first { $0.path == "mkdocs.yml" }).contents
        #expect(
            mkdocs.contains(
                "  - Changelog:\n      - changelog/index.md\n      - \"2.0.0\": changelog/2.0.0.md\n      - "
                    + "\"1.0.0\": changelog/1.0.0.md\n"
            ))
        #expect(mkdocs.contains("theme:\n  name: material\n"))
        #expect(mkdocs.contains("  font: false\n"))
        let json = try #require(site.first { $0.path == "docs/errors.json" }).contents
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let removed = try #require(((object["catalogs"] as? [[String: Any]])?.first?["removed"]) as? [[String: Any]])
        #expect(removed.map { $0["code"] as? String } == ["GONE"])
        #expect(removed.first?["removed"] as? String == "2.0.0")
    }

    /// The reference catalog's page is exactly `Payments.md.expected` (reviewed).
    @Test func referencePage() throws {
        let folder = Self.fixtures.appendingPathComponent("reference").path
        let site = DocsEmitter().emit(Pipeline().run(paths: [folder + "/Payments.yaml"]).catalogs)
        let page = try #require(site.first { $0.path == "docs/payment-error.md" }).contents
        let expected = folder + "/Payments.md.expected"
        if ProcessInfo.processInfo.environment["ERRCAT_RECORD"] != nil {
            try page.write(toFile: expected, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOfFile: expected, encoding: .utf8)
        #expect(page == golden, "\(GoldenDiff.describe(expected: golden, actual: page))")
        #expect(
            DocsEmitter().emit(Pipeline().run(paths: [folder + "/Payments.yaml"]).catalogs).map(\.contents)
                == site.map(\.contents))
    }
}
