import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads XLIFF 1.2: each `trans-unit`'s `id`, `source` and `target` with its `state`
/// (`needs-review-*` and `needs-translation` mark a stale translation, `new` none), and the
/// `file`'s `target-language`. A document type declaration is refused before parsing, so no
/// entity is ever expanded (billion laughs); malformed XML, and bytes that are not UTF-8, are an
/// error at their line and column.
final class XLIFFReader: NSObject, XMLParserDelegate {
    let file: String
    var diagnostics = DiagnosticList()
    private var result: ImportedFile
    private var unit: (id: String, line: Int, source: String?, target: String?, state: String?)?
    private var text: String?
    private weak var parser: XMLParser?

    init(file: String) {
        self.file = file
        result = ImportedFile(locale: nil, headerLocation: SourceLocation(file: file, line: 1, column: 1), units: [])
    }

    func read(_ bytes: [UInt8]) -> ImportedFile? {
        if let offset = Self.declarationOffset(bytes) {
            diagnostics.error(
                "XLIFF with a document type declaration is refused (entities are not expanded)",
                at: bytes.withUnsafeBufferPointer { TextPosition.location(of: offset, in: $0, file: file) })
            return nil
        }
        // Foundation's parser traps on a name that is not UTF-8: refused first, at its byte.
        guard String(validating: bytes, as: UTF8.self) != nil else {
            let offset = CatalogImporter.firstInvalidUTF8(bytes)
            diagnostics.error(
                "the file is not UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)))",
                at: LineIndex(bytes, file: file).location(offset))
            return nil
        }
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        self.parser = parser
        guard parser.parse(), parser.parserError == nil else {
            if !diagnostics.hasErrors {
                let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "malformed XML"
                diagnostics.error(
                    "the XLIFF is not well-formed XML: \(reason)",
                    at: SourceLocation(file: file, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
                )
            }
            return nil
        }
        return diagnostics.hasErrors ? nil : result
    }

    static func declarationOffset(_ bytes: [UInt8]) -> Int? {
        for marker in ["<!DOCTYPE", "<!ENTITY"] {
            let pattern = Array(marker.utf8)
            if let index = bytes.indices.first(where: { bytes[$0...].starts(with: pattern) }) { return index }
        }
        return nil
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "file":
            if let language = attributes["target-language"], result.locale == nil {
                result.locale = LocaleTag.canonical(language)
            }
            result.headerLocation = here
        case "trans-unit":
            guard let id = attributes["id"] else {
                diagnostics.error("a trans-unit without id", at: here)
                parser.abortParsing()
                return
            }
            unit = (id, parser.lineNumber, nil, nil, nil)
        case "source", "target":
            text = ""
            if name == "target" { unit?.state = attributes["state"] }
        default:
            if text != nil, unit != nil {
                diagnostics.error("markup <\(name)> inside a text: errcat's units are plain text", at: here)
                parser.abortParsing()
            }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "source":
            unit?.source = text
            text = nil
        case "target":
            unit?.target = text
            text = nil
        case "trans-unit":
            guard let unit else { return }
            let state = unit.state ?? "translated"
            let untranslated = unit.target.map(\.isEmpty) ?? true || state == "new"
            result.units.append(
                ImportedUnit(
                    key: TextKey(unit.id), source: unit.source ?? "", sourcePlural: nil,
                    translation: untranslated ? nil : .text(unit.target!),
                    isStale: state.hasPrefix("needs-review") || state == "needs-translation"
                        || state == "needs-adaptation" || state == "needs-l10n",
                    location: SourceLocation(file: file, line: unit.line, column: 1)))
            self.unit = nil
        default: break
        }
    }

    private var here: SourceLocation {
        SourceLocation(file: file, line: max(parser?.lineNumber ?? 1, 1), column: max(parser?.columnNumber ?? 1, 1))
    }
}
