@testable import ErrorCatalogCompiler
import Foundation
import Testing

/// `errcat explain`: what a code resolves to in the bundled catalogs, as text and as JSON.
@Suite struct ExplainTests {
    static let catalogFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../catalog").standardized.path

    /// The bundled catalogs identified against their own ledger, as `errcat explain` reads them.
    static let identified: IdentifiedCatalogs? = {
        var diagnostics = DiagnosticList()
        return Pipeline().identifiedCatalogs(
            at: [catalogFolder], ledgerPath: catalogFolder + "/catalog.ledger", diagnostics: &diagnostics)
    }()
    static let resolver = CodeResolver(catalogs: identified?.catalogs ?? [])

    func describe(_ code: String) -> [String] {
        Self.resolver.resolve(code).map { "\($0.catalog.name).\($0.entry.name) \($0.kind.rawValue)" }
    }

    @Test func exactAliasFamilyAndCatchAllMatchesInThatOrder() throws {
        let hub = try #require(Self.resolver.catalogs.first { $0.name == "IntegrationHubError" }?.entries.first)
        #expect(describe(hub.code) == ["IntegrationHubError.\(hub.name) exact"])
        let aliased = try #require(
            Self.resolver.catalogs.flatMap { c in c.entries.map { (c, $0) } }.first { !$0.1.aliases.isEmpty })
        #expect(describe(aliased.1.aliases[0]).contains("\(aliased.0.name).\(aliased.1.name) alias"))
        let families = Self.resolver.catalogs.flatMap(\.entries).filter(\.isFamily)
        let family = try #require(families.first)
        // Each `x` of the pattern matches a digit.
        let member = String(family.code.map { $0 == "x" || $0 == "X" ? "7" : $0 })
        #expect(describe(member).contains { $0.hasSuffix("\(family.name) family") })
        // A code no catalog knows falls to every catch-all.
        let catchAlls = Self.resolver.catalogs.compactMap { c in c.catchAll.map { "\(c.name).\($0.name) catch-all" } }
        #expect(!catchAlls.isEmpty)
        #expect(describe("NO_SUCH_CODE_ANYWHERE") == catchAlls)
    }

    @Test func theTextNamesEveryFieldAndTheJSONCarriesIdsAndTheMatch() throws {
        let match = try #require(Self.resolver.resolve("429").first)
        let text = ExplainedEntry.text(match)
        #expect(text.hasPrefix("\(match.catalog.name).\(match.entry.name) (\(match.kind.rawValue) match)\n"))
        #expect(text.contains("  code:      \(match.entry.code)\n"))
        let since = try #require(match.entry.since)
        #expect(text.contains("  id:        \(match.entry.id), since \(since)\n"))
        #expect(text.contains("  meaning:   "))
        let json = ExplainedEntry.json([match])
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(decoded.count == 1)
        #expect(decoded[0]["id"] as? Int == match.entry.id)
        #expect(decoded[0]["since"] as? String == match.entry.since)
        #expect(decoded[0]["match"] as? String == match.kind.rawValue)
        #expect(decoded[0]["code"] as? String == match.entry.code)
        // The entry as errors.json lists it, with its catalog and how the code matched.
        #expect(
            Set(decoded[0].keys) == [
                "catalog", "match", "id", "since", "name", "code", "aliases", "title", "category", "http", "retry",
                "meaning", "remedy", "remedy_steps", "links", "deprecated", "family", "catch_all", "anchor", "page",
                "url",
            ])
        let site = DocsEmitter().emit(try #require(Self.identified))
        let errorsJSON = try #require(site.first { $0.path == "docs/errors.json" }).contents
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(errorsJSON.utf8)) as? [String: Any])
        let catalogs = try #require(listed["catalogs"] as? [[String: Any]])
        let entries = catalogs.flatMap { $0["errors"] as? [[String: Any]] ?? [] }
        let same = try #require(
            entries.first { $0["code"] as? String == match.entry.code && $0["id"] as? Int == match.entry.id })
        let explained = decoded[0].filter { $0.key != "catalog" && $0.key != "match" }
        func sorted(_ object: [String: Any]) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        #expect(try sorted(explained) == sorted(same))
    }

    /// An entry with parameters is shown rendered with their examples, never as raw ICU; the
    /// JSON carries the examples and the renderings beside the templates.
    @Test func anEntryWithParametersIsRenderedWithItsExamples() throws {
        let match = try #require(Self.resolver.resolve("ERR_INTEGRATION_HUB_SVC_RATE_LIMIT_EXCEEDED").first)
        #expect(match.entry.parameters.map(\.name) == ["retryAfter"])
        let text = ExplainedEntry.text(match)
        #expect(text.contains("params:    retryAfter (integer, e.g. 30): Seconds to wait before retrying"))
        #expect(text.contains("meaning:   Per-minute rate limit exceeded for executions (example)"))
        let json =
            try JSONSerialization.jsonObject(with: Data(ExplainedEntry.json([match]).utf8)) as? [[String: Any]]
        let entry = try #require(json?.first)
        let parameter = try #require((entry["params"] as? [[String: Any]])?.first)
        #expect(parameter["example"] as? Int == 30)
        let example = try #require(entry["example"] as? [String: Any])
        #expect(example["meaning"] as? String == "Per-minute rate limit exceeded for executions")
        #expect(example["remedy"] as? String == "Wait for Retry-After duration, implement exponential backoff")
    }

    @Test func anUnknownCodeGetsTheClosestKnownOne() {
        let resolver = CodeResolver(
            catalogs: Self.resolver.catalogs.map {
                var c = $0
                c.entries.removeAll(where: \.isCatchAll)
                return c
            })
        let known = Self.resolver.catalogs[0].entries[0].code
        #expect(resolver.resolve(known + "x").isEmpty)
        #expect(resolver.suggestion(for: known + "x") == known)
    }
}

@Suite struct GoldenDiffTests {
    @Test func namesTheFirstDifferingLinesOnly() {
        let diff = GoldenDiff.describe(expected: "a\nb\nc\nd\n", actual: "a\nb\nX\nd\n")
        #expect(
            diff == "golden file and output differ from line 3 (- golden, + output):\n  1  a\n  2  b\n- 3  c\n+ 3  X")
        #expect(GoldenDiff.describe(expected: "same", actual: "same") == "")
    }
}
