// Drives the pipeline's stages (parse, decode, validate, merge, attach, identify), the emitters
// and the translators' file readers with arbitrary bytes. Any input must
// either compile or produce a located diagnostic: a crash, a hang or an unlocated error is
// a finding, and so is any difference between parsing in one pass and in pieces. Built
// with `swift build --sanitize=fuzzer --sanitize=address`.
import ErrorCatalog
import ErrorCatalogCompiler

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalog(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    readAsTranslatorsFiles(bytes)
    importAsMeaning(bytes)
    var limits = ParseLimits.default
    limits.maxScalarBytes = 64 << 10
    var diagnostics = DiagnosticList()
    let checkedCatalog = Pipeline(limits: limits).checkedCatalog(bytes, file: "fuzz.yaml", diagnostics: &diagnostics)
    for diagnostic in diagnostics.all where diagnostic.severity == .error {
        precondition(diagnostic.location?.file == "fuzz.yaml", "an error without a location: \(diagnostic)")
    }
    checkPieces(bytes, limits: limits, diagnostics: diagnostics, catalog: checkedCatalog)
    guard let checked = checkedCatalog else {
        if !diagnostics.hasErrors { checkTranslation(bytes, limits: limits) }
        return 0
    }
    let pipeline = Pipeline(limits: limits)
    let identified = pipeline.identify(pipeline.merge([checked], diagnostics: &diagnostics), history: Ledger())
    let catalog = identified.catalogs[0]
    do {
        let swift = try SwiftEmitter().emit(catalog, source: "fuzz.yaml")
        let again = try SwiftEmitter().emit(catalog, source: "fuzz.yaml")
        precondition(again == swift, "Swift output is not deterministic")
        // Cases listed in one declaration (large catalogs' shape) change nothing else.
        var listing = SwiftEmitter()
        listing.documentedCaseLimit = 0
        let listed = try listing.emit(catalog, source: "fuzz.yaml")
        precondition(afterCases(listed) == afterCases(swift), "listing the cases changed more than the cases")
        let entries = SwiftEmitter().emitEntries(catalog, source: "fuzz.yaml")
        precondition(
            entries == SwiftEmitter().emitEntries(catalog, source: "fuzz.yaml"), "+Entries is not deterministic")
        precondition(listing.emitEntries(catalog, source: "fuzz.yaml") == entries, "listing the cases changed +Entries")
    } catch is PerfectHashBuilder.Failure {
        // Reported as a diagnostic by errcat; no key set seen so far needs it.
    } catch {
        preconditionFailure("unexpected error \(error)")
    }
    for file in DocsEmitter().emit(identified) where file.path.hasSuffix(".md") {
        precondition(!file.contents.contains("<script"), "raw HTML reached \(file.path)")
    }
    return 0
}

/// Parsing in pieces (on several cores) must give exactly what one pass gives.
func checkPieces(_ bytes: [UInt8], limits: ParseLimits, diagnostics: DiagnosticList, catalog checkedCatalog: Catalog?) {
    var reference = ""
    dump(checkedCatalog, to: &reference)
    for pieces in [2, 3] {
        var pieceDiagnostics = DiagnosticList()
        let pieceCatalog = Pipeline(limits: limits, pieces: pieces).checkedCatalog(
            bytes, file: "fuzz.yaml", diagnostics: &pieceDiagnostics)
        precondition(
            pieceDiagnostics.sorted.map(\.description) == diagnostics.sorted.map(\.description),
            "parsing in \(pieces) pieces changed the diagnostics")
        var dumped = ""
        dump(pieceCatalog, to: &dumped)
        precondition(dumped == reference, "parsing in \(pieces) pieces changed the catalog")
    }
}

/// Not a catalog and no error: a translation, which is checked against its catalog (here there
/// is none, so that must be a located error too).
func checkTranslation(_ bytes: [UInt8], limits: ParseLimits) {
    var again = DiagnosticList()
    guard
        case .translation(let translation)? = Pipeline(limits: limits).read(
            bytes, file: "fuzz.yaml", diagnostics: &again)
    else {
        preconditionFailure("rejected without an error")
    }
    var found = DiagnosticList()
    let pipeline = Pipeline(limits: limits)
    _ = pipeline.attach([translation], to: pipeline.merge([], diagnostics: &found), diagnostics: &found)
    precondition(
        found.hasErrors && found.all.allSatisfy { $0.location?.file == "fuzz.yaml" },
        "a translation of no catalog, not located")
}

/// Every input is also read as each translators' file (gettext PO, XLIFF, String Catalog): it gives
/// units, or nothing with errors located in that file. Only inputs that start like XML are read as
/// XLIFF: Foundation's XMLParser leaks a string per malformed document, and each leak makes libFuzzer
/// run a full leak check (fifty times slower).
func readAsTranslatorsFiles(_ bytes: [UInt8]) {
    let looksLikeXML = bytes.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) } == UInt8(ascii: "<")
    for file in looksLikeXML ? ["fuzz.po", "fuzz.xliff", "fuzz.xcstrings"] : ["fuzz.po", "fuzz.xcstrings"] {
        var diagnostics = DiagnosticList()
        let units = TranslatorsFileReader.read(bytes, file: file, locale: "de", diagnostics: &diagnostics)
        for diagnostic in diagnostics.all where diagnostic.severity == .error {
            precondition(diagnostic.location?.file == file, "an error without a location: \(diagnostic)")
        }
        precondition(units != nil || diagnostics.hasErrors, "\(file) refused without an error")
    }
}

/// Every input of one short line of UTF-8 with a `%`, `{` or `'` is also a meaning in a table
/// `errcat import` reads (printf and `{name}` placeholders become parameters): the importer gives
/// located errors, or a catalog that checks without errors (but for the TODOs it writes).
func importAsMeaning(_ bytes: [UInt8]) {
    guard bytes.count <= 200, let text = String(validating: bytes, as: UTF8.self),
        !text.contains(where: \.isNewline), text.contains(where: { "%{'".contains($0) })
    else { return }
    let cell = text.replacing("\"", with: "\"\"")
    let table = "code,meaning,remedy\nFUZZ_CODE,\"\(cell)\",Try again.\n"
    var reported = DiagnosticList()
    let imported = CatalogImporter(catalogName: "FuzzError").run(
        Array(table.utf8), file: "fuzz.csv", format: .csv, diagnostics: &reported)
    for diagnostic in reported.all where diagnostic.severity == .error {
        precondition(diagnostic.location?.file == "fuzz.csv", "an import error without a location: \(diagnostic)")
    }
    guard let yaml = imported?.yaml else {
        precondition(reported.hasErrors, "no catalog and no error")
        return
    }
    // A blank meaning is written as a TODO to fill in, which lint refuses on purpose.
    guard !reported.all.contains(where: { $0.message.contains("marks it TODO") }) else { return }
    var diagnostics = DiagnosticList()
    let catalog = Pipeline().checkedCatalog(Array(yaml.utf8), file: "fuzz.yaml", diagnostics: &diagnostics)
    precondition(!diagnostics.hasErrors, "the importer wrote a catalog with errors: \(diagnostics.all) from \(text)")
    // Rendered with 7 for each integer and "abc" for each string, it reads as printf prints it.
    guard let expected = printed(text), let entry = catalog?.entries.first else { return }
    let arguments = MessageArguments(
        entry.parameters.map { parameter in
            MessageArguments.Argument(parameter.name, parameter.kind == .integer ? .integer(7) : .string("abc"))
        })
    let rendered = entry.messages?.meaning.rendered(arguments, rules: .english) ?? entry.meaning
    precondition(rendered == expected, "'\(text)' renders as '\(rendered)', printf prints '\(expected)'")
}

/// `text` as Python's printf prints it with 7 for each `%d` and "abc" for each `%s` (named or not),
/// for texts of a plain alphabet with a placeholder, whose every `%` starts `%%`, `%d`, `%s`,
/// `%(name)d` or `%(name)s`; nil for others (a text without placeholders is kept as written, `%%`
/// too, and `{name}` is a placeholder the importer reads as well).
func printed(_ text: String) -> String? {
    let plain = text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || " '%(){}#.,!?-".contains($0)) }
    guard plain, text.first != " ", text.last != " ", !text.contains("  ") else { return nil }
    let characters = Array(text)
    var out = ""
    var index = 0
    var placeholders = 0
    var conversions: [String: Character] = [:]  // a name given two conversions is not printf's
    while index < characters.count {
        if characters[index] == "{", index + 1 < characters.count, characters[index + 1].isLetter { return nil }
        guard characters[index] == "%" else {
            out.append(characters[index])
            index += 1
            continue
        }
        var next = index + 1
        var name: String?
        if next < characters.count, characters[next] == "(" {
            guard let close = characters[next...].firstIndex(of: ")"), close > next + 1,
                characters[(next + 1)..<close].allSatisfy({ $0.isLowercase })
            else { return nil }
            name = String(characters[(next + 1)..<close])
            next = close + 1
        }
        guard next < characters.count else { return nil }
        if let name, conversions.updateValue(characters[next], forKey: name).map({ $0 != characters[next] }) == true {
            return nil
        }
        switch characters[next] {
        case "%" where next == index + 1: out.append("%")
        case "d": out += "7"
        case "s": out += "abc"
        default: return nil
        }
        if characters[next] != "%" { placeholders += 1 }
        index = next + 1
    }
    return placeholders > 0 ? out : nil
}

/// The generated file without its two lists of cases, the error's and its `Entry`'s: from the
/// blank line that ends the error's cases to `Entry`'s declaration, and from `Entry`'s end on.
func afterCases(_ swift: String) -> String {
    let body = swift[swift.range(of: ": ErrorCatalog.CatalogError {\n")!.upperBound...]
    let rest = body[body.range(of: "\n\n")!.lowerBound...]
    let entryHeader = rest.range(of: "public enum Entry: ErrorCatalog.CatalogEntry {\n")!
    let entryEnd = rest[entryHeader.upperBound...].range(of: "\n    }\n")!
    return String(rest[..<entryHeader.upperBound] + rest[entryEnd.lowerBound...])
}
