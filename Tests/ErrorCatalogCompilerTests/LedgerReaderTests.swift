@testable import ErrorCatalogCompiler
import ErrorCatalog
import Testing

/// The ledger's text: written deterministically, read back exactly, and anything a writer
/// would not have written reported at its line and column.
@Suite struct LedgerReaderTests {
    static func ledger() throws -> Ledger {
        let entries =
            ReleaseComparisonTests.base
            + "\n- {code: \"quo\\\"te\\\\ \\n\u{e9}\", category: payment, meaning: \"tab\\there\", remedy: [one, two]}"
        let v1 = try ReleaseComparisonTests.released(entries, as: "1.0.0")
        let renamed = entries.replacingOccurrences(
            of: "code: CARD_DECLINED,", with: "code: CARD_DECLINED, name: declined,"
        )
        .replacingOccurrences(of: "http: 429", with: "http: 503, breaking_change: Overload is 503.")
        return try ReleaseComparisonTests.released(renamed, as: "2.0.0", on: v1)
    }

    func read(_ text: String) -> (Ledger?, [String]) { read(Array(text.utf8)) }

    func read(_ bytes: [UInt8]) -> (Ledger?, [String]) {
        var diagnostics = DiagnosticList()
        let ledger = LedgerReader.read(bytes, file: "catalog.ledger", diagnostics: &diagnostics)
        return (ledger, diagnostics.sorted.map(\.description))
    }

    @Test func whatIsWrittenReadsBackToTheSameText() throws {
        let text = LedgerWriter.text(try Self.ledger())
        let (ledger, diagnostics) = read(text)
        #expect(diagnostics == [])
        let back = try #require(ledger)
        #expect(LedgerWriter.text(back) == text)
        #expect(back.releases.map(\.description) == ["1.0.0", "2.0.0"])
        let entries = try #require(back.catalog("Payments")?.entries)
        #expect(entries.map(\.id) == [1, 2, 3, 4, 5])
        #expect(entries[4].code == "quo\"te\\ \n\u{e9}")
        #expect(entries[4].meaning == "tab\there")
        #expect(entries[4].remedy == "1. one\n2. two")
        #expect(entries[0].formerNames == [FormerName(name: "cardDeclined", renamedIn: SemanticVersion("2.0.0")!)])
        #expect(entries[1].retry == RetryBehavior(policy: .retryAfter))
        #expect(back.changes.map(\.rule) == [.entryRenamed, .httpChanged])
        #expect(back.changes[1].note == "breaking_change: Overload is 503.")
        // A removal found against a ledger read from a file points at the entry's line there.
        let comparison = ReleaseComparison(
            [try ReleaseComparisonTests.catalog(ReleaseComparisonTests.base)], ledger: back)
        let removal = try #require(comparison.findings.first { $0.rule == .entryRemoved })
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.hasPrefix("entry 5 ") }) + 1
        #expect(removal.location.description == "catalog.ledger:\(line):1")
    }

    /// Every parameter type a catalog can declare is recorded and read back.
    @Test func everyParameterTypeReadsBack() throws {
        let params = MessageParameter.Kind.allCases.map { "p\($0): \($0)" }.joined(separator: ", ")
        let uses = MessageParameter.Kind.allCases.map { "{p\($0)}" }.joined(separator: " ")
        let ledger = try ReleaseComparisonTests.released(
            "- {code: TYPED, params: {\(params)}, meaning: \"\(uses)\", remedy: None.}", as: "1.0.0")
        let text = LedgerWriter.text(ledger)
        let (back, diagnostics) = read(text)
        #expect(diagnostics == [])
        let entry = try #require(back?.catalog("Payments")?.entries.first)
        #expect(entry.parameters == MessageParameter.Kind.allCases.map { "p\($0):\($0)" })
        let (none, problems) = read(text.replacingOccurrences(of: ":timestamp", with: ":instant"))
        #expect(none == nil)
        #expect(
            problems.contains {
                $0.contains("'params' holds 'name:type' items") && $0.hasSuffix("'ptimestamp:instant'")
            })
    }

    @Test func mergeConflictMarkersAreLocated() throws {
        let text = LedgerWriter.text(try Self.ledger())
        let conflicted = text.replacingOccurrences(
            of: "release 2.0.0\n", with: "<<<<<<< HEAD\nrelease 2.0.0\n=======\nrelease 1.1.0\n>>>>>>> feature\n")
        let (ledger, diagnostics) = read(conflicted)
        #expect(ledger == nil)
        let lines = conflicted.split(separator: "\n", omittingEmptySubsequences: false)
        let marker = lines.firstIndex { $0.hasPrefix("<<<<<<<") }! + 1
        #expect(
            diagnostics.first?.hasPrefix("catalog.ledger:\(marker):1: error: merge-conflict marker in the ledger")
                == true)
        #expect(diagnostics.filter { $0.contains("merge-conflict marker") }.count == 3)
    }

    @Test(arguments: [
        ("entry 3 name=gone", "entry 1 name=gone", "entry id 1 is not above the id before it (2)"),
        ("entry 5 name=", "entry 9 name=", "entry id 9 was never issued"),
        (
            "entry 3 name=gone since=1.0.0", "entry 3 name=gone since=1.5.0",
            "since '1.5.0' is not a release of this ledger"
        ),
        ("entry 3 name=gone", "entry 3 nmae=gone", "unknown field 'nmae'; did you mean 'name'?"),
        ("http=402", "http=4020", "'http' cannot be '4020'"),
        ("errcat-ledger 1", "errcat-ledger 2", "ledger format version must be 1"),
        ("remedy=\"Nothing.\"", "remedy=\"Nothing.", "a quoted string is not closed"),
    ])
    func handEditsAreLocatedErrors(_ old: String, _ new: String, _ message: String) throws {
        let text = LedgerWriter.text(try Self.ledger())
        #expect(text.contains(old))
        let edited = text.replacingOccurrences(of: old, with: new)
        let (ledger, diagnostics) = read(edited)
        #expect(ledger == nil)
        let line = edited.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(new) }! + 1
        #expect(
            diagnostics.contains { $0.hasPrefix("catalog.ledger:\(line):") && $0.contains(message) }, "\(diagnostics)")
    }

    @Test func aFileThatIsNoLedgerIsRefused() {
        #expect(
            read("catalog: Payments\n").1 == [
                "catalog.ledger:1:1: error: this is not an errcat ledger: it must start with 'errcat-ledger 1'"
            ])
        #expect(
            read("").1 == ["catalog.ledger:1:1: error: this is not an errcat ledger: it has no 'errcat-ledger 1' line"])
        #expect(read(Array("errcat-ledger 1\n".utf8) + [0xFF]).1.first?.contains("not valid UTF-8") == true)
    }
}
