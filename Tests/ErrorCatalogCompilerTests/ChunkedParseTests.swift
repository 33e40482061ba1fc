@testable import ErrorCatalogCompiler
import Foundation
import Testing

/// A file parsed in pieces joins into exactly the document a one-pass parse builds, or the
/// pieces are refused.
@Suite struct ChunkedParseTests {
    /// Every node reachable from the root, one line each, in document order.
    func render(_ document: YAMLDocument) -> String {
        guard let root = document.root else { return "empty" }
        var lines: [String] = []
        var stack = [(root, 0)]
        while let (node, depth) = stack.popLast() {
            let value = document[node]
            lines.append(
                "\(String(repeating: " ", count: depth))\(value.kind) \(value.style) \(value.line):\(value.column) "
                    + "\(document.tag(node) ?? "-") \(document.value(node).debugDescription)")
            for child in document.children(of: node).reversed() { stack.append((Int(child), depth + 1)) }
        }
        return lines.joined(separator: "\n")
    }

    func whole(_ text: String, limits: ParseLimits = .default) -> (YAMLDocument?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        let document = Array(text.utf8).withUnsafeBufferPointer {
            YAMLParser.parseWhole($0, file: "t.yaml", limits: limits, diagnostics: &diagnostics)
        }
        return (document, diagnostics)
    }

    func chunked(_ text: String, pieces: Int, limits: ParseLimits = .default) -> YAMLDocument? {
        Array(text.utf8).withUnsafeBufferPointer {
            ChunkedParse.parse($0, file: "t.yaml", limits: limits, pieces: pieces)
        }?.join()
    }

    /// A catalog whose entries use what a cut must not break: block scalars holding `- `
    /// lines, multi-line quoted and plain scalars, comments, tags, anchors, nested lists,
    /// non-ASCII text and a line separator libyaml counts as a line break.
    func catalog(entries: Int, lineBreak: String = "\n") -> String {
        var text =
            "# yaml-language-server: $schema=catalog.schema.json\ncatalog: A\ntitle: \"T\"\ncategories:\n  - id: c\n "
            + "   title: C\nerrors:\n"
        for index in 0..<entries {
            text += "  - code: \"E_\(index)\"\n"
            switch index % 6 {
            case 0:
                text +=
                    "    meaning: |\n      Steps:\n      - not an item\n        - nor this\n    remedy: >\n      "
                    + "folded\n\n      text\n"
            case 1:
                text +=
                    "    meaning: \"quoted\n      over lines \\\" \\u00e9\"\n    remedy: plain text\n      over two "
                    + "lines\n"
            case 2:
                text +=
                    "    # a comment\n    aliases:\n      - A_\(index)\n      - 'B_\(index)'\n    meaning: !!str "
                    + "400\n    remedy: [a, b]\n"
            case 3:
                text += "    meaning: &m\(index) \"Grüße —\u{2028}über\"\n"
                text += "    remedy:\n    - step one\n    - step two\n"
            case 4:
                text += "    links: [{title: Docs, url: \"https://example.com/a#b\"}]\n    meaning: m\n    remedy: r\n"
            default:
                text += "    x-note: {a: [1, {b: 2}]}\n    meaning: ''\n    remedy: ~\n\n"
            }
        }
        return text.replacingOccurrences(of: "\n", with: lineBreak)
    }

    @Test func piecesJoinIntoTheOnePassDocument() throws {
        for lineBreak in ["\n", "\r\n"] {
            let text = catalog(entries: 600, lineBreak: lineBreak)
            let (expected, diagnostics) = whole(text)
            #expect(diagnostics.all.isEmpty)
            let reference = render(try #require(expected))
            for pieces in 2...7 {
                let document = try #require(chunked(text, pieces: pieces), "\(pieces) pieces")
                #expect(render(document) == reference, "\(pieces) pieces")
            }
        }
    }

    /// A valid catalog of `entries` entries, with `extra` appended to the entries list.
    func checkedCatalog(entries: Int, extra: String = "") -> String {
        var text = "catalog: Big\ntitle: Big\ncategories:\n  - id: a\n    title: A\nerrors:\n"
        for index in 0..<entries {
            text +=
                "  - code: CODE_\(index)\n    title: Error \(index)\n    category: a\n    http: \(500 + index % 100)\n"
            text += index % 3 == 0 ? "    retry: never\n" : "    retry: {policy: backoff, attempts: 3}\n"
            text +=
                index % 5 == 0
                ? "    aliases: [ALIAS_\(index)]\n    links:\n      - title: Docs\n        url: "
                    + "https://example.com/\(index)\n"
                : ""
            text +=
                "    meaning: |\n      Meaning \(index),\n      on two lines.\n    remedy:\n      - Step one.\n      "
                + "- Step two.\n"
        }
        return text + extra
    }

    func check(_ text: String, pieces: Int) -> (catalog: String, diagnostics: [String]) {
        var diagnostics = DiagnosticList()
        let catalog = Pipeline(pieces: pieces).identified(Array(text.utf8), file: "t.yaml", diagnostics: &diagnostics)
        var dumped = ""
        dump(catalog, to: &dumped)
        return (dumped, diagnostics.sorted.map(\.description))
    }

    @Test func aCatalogChecksTheSameInPieces() {
        let late =
            "  - code: bad_request\n    category: b\n    meaning: m\n    remedy: r\n"
            + "  - code: BAD_REQUEST\n    http: 404\n    retry: backoff\n    meaning: m\n    remedy: r\n"
        // Large enough for the pieces to be parsed and decoded on several threads.
        let texts = [
            checkedCatalog(entries: 1_200),
            // Checks after decoding report at lines in later pieces.
            checkedCatalog(entries: 1_200, extra: late),
            // A decoding problem in a later piece: that piece's entries are decoded again, in order.
            checkedCatalog(entries: 1_200, extra: late + "  - code: X\n    http: 999\n    meaning: m\n    remedy: r\n"),
        ]
        #expect(texts[0].utf8.count >= Parallel.minimumBytes)
        for text in texts {
            let expected = check(text, pieces: 1)
            for pieces in 2...4 {
                let result = check(text, pieces: pieces)
                #expect(result.catalog == expected.catalog, "\(pieces) pieces")
                #expect(result.diagnostics == expected.diagnostics, "\(pieces) pieces")
            }
        }
        #expect(check(texts[0], pieces: 1).diagnostics.isEmpty)
        #expect(check(texts[1], pieces: 3).diagnostics.count == 3)
        #expect(check(texts[2], pieces: 3).diagnostics.count == 4)
    }

    @Test func aCancelledParseStopsWithoutReporting() {
        let text = catalog(entries: 300)
        let cancellation = Cancellation()
        var results: [Bool] = []
        for cancelled in [false, true] {
            if cancelled { cancellation.cancel() }
            var builder = DocumentBuilder(file: "t.yaml", limits: .default, inputBytes: text.utf8.count)
            var diagnostics = DiagnosticList()
            results.append(
                Array(text.utf8).withUnsafeBufferPointer {
                    YAMLParser.run(
                        $0, into: &builder, file: "t.yaml", diagnostics: &diagnostics, cancellation: cancellation)
                })
            #expect(diagnostics.all.isEmpty)
            #expect(builder.streamEnd == nil || !cancelled)
        }
        #expect(results == [true, false])
    }

    @Test func cutsFallOnItemLinesOfTheSequenceInTheMiddle() throws {
        let text = catalog(entries: 300)
        let bytes = Array(text.utf8)
        let (column, cuts) = try #require(bytes.withUnsafeBufferPointer { ChunkedParse.cutPoints(in: $0, pieces: 4) })
        #expect(column == 2)
        #expect(cuts.count == 3)
        for cut in cuts { #expect(bytes[cut...].starts(with: Array("  - code: \"E_".utf8))) }
        #expect(cuts == cuts.sorted())
    }

    @Test func piecesThatMightNotJoinAreRefused() {
        let entries = (0..<400).map { "  - code: E\($0)\n    meaning: m\n    remedy: r\n" }
        let body = entries.joined()
        // An alias in a later piece names an anchor in the first.
        #expect(chunked("a: &x v\nerrors:\n" + body + "  - code: *x\n", pieces: 2) == nil)
        // Content after the sequence: the last piece does not end inside it.
        #expect(chunked("errors:\n" + body + "z: 1\n", pieces: 2) == nil)
        // A %TAG directive could change what a later piece's tags mean.
        #expect(chunked("%TAG !e! tag:example.com,2000:\n---\nerrors:\n" + body, pieces: 2) == nil)
        // A duplicate key in a later piece is for the one-pass parse to report.
        #expect(chunked("errors:\n" + body + "  - {code: a, code: b}\n", pieces: 2) == nil)
        // The cut would fall inside a quoted scalar.
        let quoted = "errors:\n  - code: a\n    meaning: \"" + String(repeating: "x\n  - y\n", count: 800) + "\"\n"
        #expect(chunked(quoted, pieces: 2) == nil)
        // Nesting within the limit in each piece but over it once stacked.
        let deep = "errors:\n" + body + "  - [[[[[x]]]]]\n"
        #expect(chunked(deep, pieces: 2, limits: ParseLimits(maxDepth: 6)) == nil)
        #expect(whole(deep, limits: ParseLimits(maxDepth: 6)).0 == nil)
        #expect(chunked(deep, pieces: 2, limits: ParseLimits(maxDepth: 7)) != nil)
    }

    @Test func everyFixtureParsesTheSameInPieces() throws {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let folders = ["Fixtures", "../../catalog", "../GeneratedCodeTests"].map {
            here.appendingPathComponent($0).path
        }
        var files: [String] = []
        for folder in folders {
            let enumerator = FileManager.default.enumerator(atPath: folder)
            while let name = enumerator?.nextObject() as? String {
                if name.hasSuffix(".yaml") { files.append(folder + "/" + name) }
            }
        }
        #expect(files.count > 400)
        var joined = 0
        for file in files {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            let (expected, diagnostics) = bytes.withUnsafeBytes { raw in
                var diagnostics = DiagnosticList()
                let document = YAMLParser.parseWhole(
                    raw.bindMemory(to: UInt8.self), file: "t.yaml", limits: .default, diagnostics: &diagnostics)
                return (document, diagnostics)
            }
            for pieces in 2...4 {
                let document = bytes.withUnsafeBytes {
                    ChunkedParse.parse($0.bindMemory(to: UInt8.self), file: "t.yaml", limits: .default, pieces: pieces)
                }?.join()
                guard let document else { continue }
                joined += 1
                #expect(diagnostics.all.isEmpty, "\(file)")
                #expect(render(document) == expected.map(render), "\(file), \(pieces) pieces")
            }
        }
        #expect(joined > 20)
    }
}
