@testable import ErrorCatalogCompiler
import Testing

/// Changes to message parameters between releases: each rule with its bump, and rewording a
/// template as wording only. The ledger round-trips the parameters.
@Suite struct ParameterChangeTests {
    static let base = """
        - {code: QUOTA, params: {limit: integer, used: integer}, meaning: "{used} of {limit}.", remedy: Wait.}
        - {code: FIELD, params: {field: string}, meaning: "Bad {field}.", remedy: Fix it.}
        - {code: PLAIN, meaning: Fixed., remedy: None.}
        """

    func rules(_ edited: String) throws -> [String] {
        let ledger = try ReleaseComparisonTests.released(Self.base, as: "1.0.0")
        let text = LedgerWriter.text(ledger)
        var diagnostics = DiagnosticList()
        let reread = try #require(
            LedgerReader.read(Array(text.utf8), file: "catalog.ledger", diagnostics: &diagnostics))
        #expect(
            reread.catalogs[0].entries.map(\.parameters) == [["limit:integer", "used:integer"], ["field:string"], []])
        let comparison = ReleaseComparison([try ReleaseComparisonTests.catalog(edited)], ledger: reread)
        return comparison.findings.map { finding in
            let values =
                finding.rule.rawValue.hasPrefix("parameter")
                ? (finding.old.map { " old=\($0)" } ?? "") + (finding.new.map { " new=\($0)" } ?? "") : ""
            return "\(finding.rule.rawValue) \(finding.name) \(finding.bump)" + values
        }
    }

    @Test(arguments: [
        (
            "{code: QUOTA, params: {limit: integer, used: integer}, meaning: \"{used, plural, one {# use} other {# "
                + "uses}} of {limit}.\", remedy: Wait.}",
            ["meaning-changed quota patch"]
        ),
        (
            "{code: QUOTA, params: {limit: number, used: integer}, meaning: \"{used} of {limit}.\", remedy: Wait.}",
            ["parameter-retyped quota major old=limit:integer new=limit:number"]
        ),
        (
            "{code: QUOTA, params: {maximum: integer, used: integer}, meaning: \"{used} of {maximum}.\", remedy: "
                + "Wait.}",
            ["meaning-changed quota patch", "parameter-renamed quota major old=limit:integer new=maximum:integer"]
        ),
        (
            "{code: QUOTA, params: {used: integer}, meaning: \"{used}.\", remedy: Wait.}",
            ["meaning-changed quota patch", "parameter-removed quota major old=limit:integer"]
        ),
        (
            "{code: QUOTA, params: {limit: integer, used: integer, window: string}, meaning: \"{used} of {limit} per "
                + "{window}.\", remedy: Wait.}",
            ["meaning-changed quota patch", "parameter-added quota major new=window:string"]
        ),
    ])
    func eachChangeHasItsRule(_ quota: String, _ expected: [String]) throws {
        let edited = Self.base.split(separator: "\n").dropFirst().joined(separator: "\n")
        let found = try rules("- " + quota + "\n" + edited)
        #expect(found == expected, "\(found)")
    }

    @Test func parametersForAnEntryThatHadNoneAreMajor() throws {
        let edited = Self.base.replacingOccurrences(
            of: "{code: PLAIN, meaning: Fixed.",
            with: "{code: PLAIN, params: {what: string}, meaning: \"Fixed {what}.\"")
        let found = try rules(edited)
        #expect(found == ["meaning-changed plain patch", "parameter-added plain major new=what:string"], "\(found)")
    }
}
