@testable import ErrorCatalogCompiler
import Testing

@Suite struct YAMLParserTests {
    func parse(_ text: String, limits: ParseLimits = .default) -> (YAMLDocument?, [String]) {
        var diagnostics = DiagnosticList()
        let document = YAMLParser.parse(Array(text.utf8), file: "t.yaml", limits: limits, diagnostics: &diagnostics)
        return (document, diagnostics.sorted.map(\.description))
    }

    @Test func keepsLineAndColumnOfEveryNode() throws {
        let (document, diagnostics) = parse("a: 1\nlist:\n  - x\n  - {k: v}\n")
        #expect(diagnostics.isEmpty)
        let doc = try #require(document)
        let root = try #require(doc.root)
        let pairs = doc.pairs(of: root)
        #expect(pairs.map { doc.value($0.key) } == ["a", "list"])
        #expect(doc.location(pairs[1].key) == SourceLocation(file: "t.yaml", line: 2, column: 1))
        let items = doc.items(of: pairs[1].value)
        #expect(doc.location(items[0]) == SourceLocation(file: "t.yaml", line: 3, column: 5))
        #expect(doc.location(items[1]) == SourceLocation(file: "t.yaml", line: 4, column: 5))
    }

    @Test func scalarsKeepTheirTextAndStyle() throws {
        let (document, _) = parse("a: 0x1F\nb: '007'\nc: \"1e3\"\n")
        let doc = try #require(document)
        let values = doc.pairs(of: try #require(doc.root)).map(\.value)
        #expect(values.map { doc.value($0) } == ["0x1F", "007", "1e3"])
        #expect(values.map { doc[$0].style } == [.plain, .singleQuoted, .doubleQuoted])
    }

    @Test func reportsDuplicateKeysWithTheFirstPlace() {
        let (_, diagnostics) = parse("a: 1\nb: 2\na: 3\n")
        #expect(diagnostics == ["t.yaml:3:1: error: duplicate key 'a'\nt.yaml:1:1: note: 'a' first appears here"])
    }

    /// Large mappings find duplicates another way than small ones, by the same rule: keys
    /// are the same only when their bytes are.
    @Test func duplicateKeysAreEqualBytesInMappingsOfAnySize() {
        for count in [3, 40] {
            let filler = (0..<count).map { "k\($0): 1\n" }.joined()
            let (_, distinct) = parse(filler + "caf\u{E9}: 1\ncafe\u{301}: 2\n")
            #expect(distinct.isEmpty, "\(count) keys")
            let (_, repeated) = parse(filler + "k1: 2\n")
            #expect(
                repeated == [
                    "t.yaml:\(count + 1):1: error: duplicate key 'k1'\nt.yaml:2:1: note: 'k1' first appears here"
                ], "\(count) keys")
        }
    }

    @Test func acceptsByteOrderMarkAndCRLF() throws {
        let (document, diagnostics) = parse("\u{FEFF}a: 1\r\nb: 2\r\n")
        #expect(diagnostics.isEmpty)
        let doc = try #require(document)
        let pairs = doc.pairs(of: try #require(doc.root))
        #expect(doc.value(pairs[1].value) == "2")
        #expect(doc.location(pairs[1].key).line == 2)
    }

    @Test func invalidUTF8IsALocatedError() {
        var diagnostics = DiagnosticList()
        let bytes = Array("a: 1\nb: x".utf8) + [0xFF, 0x0A]
        let document = YAMLParser.parse(bytes, file: "t.yaml", diagnostics: &diagnostics)
        #expect(document == nil)
        #expect(diagnostics.sorted.first?.description.hasPrefix("t.yaml:2:5: error: invalid UTF-8") == true)
    }

    @Test func capsAliasExpansion() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            text +=
                "l\(level): &l\(level) ["
                + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let (document, diagnostics) = parse(text)
        #expect(document == nil)
        #expect(diagnostics.first?.contains("error: aliases expand to more than 100000 nodes") == true)
    }

    @Test func capsNestingDepth() {
        let (document, diagnostics) = parse(String(repeating: "[", count: 200_000))
        #expect(document == nil)
        #expect(diagnostics == ["t.yaml:1:65: error: nesting is deeper than 64 levels"])
    }

    @Test func rejectsASecondDocument() {
        let (document, diagnostics) = parse("a: 1\n---\nb: 2\n")
        #expect(document == nil)
        #expect(diagnostics == ["t.yaml:2:1: error: a catalog file holds one YAML document; a second one starts here"])
    }

    @Test func syntaxErrorsPointAtTheProblem() {
        let (_, diagnostics) = parse("a: [1, 2\nb: 3\n")
        #expect(diagnostics.first?.hasPrefix("t.yaml:") == true)
        #expect(diagnostics.first?.contains("error: invalid YAML:") == true)
    }
}
