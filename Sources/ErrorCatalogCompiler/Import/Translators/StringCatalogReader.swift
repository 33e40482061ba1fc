import Foundation
import ErrorCatalog

/// Reads a String Catalog (`.xcstrings`): each string's key, the source language's value and
/// one other language's `stringUnit` (state `translated` or `needs_review`; `new` is
/// untranslated) or `variations.plural` by CLDR category. JSON that does not parse, or is not
/// of this shape, is an error at its line and column.
struct StringCatalogReader {
    let file: String
    var locale: String?
    var diagnostics = DiagnosticList()

    mutating func read(_ bytes: [UInt8]) -> ImportedFile? {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            diagnostics.error(
                "the String Catalog is not JSON", at: location(min(Self.errorOffset(error), bytes.count), bytes))
            return nil
        }
        guard let root = object as? [String: Any], let sourceLanguage = root["sourceLanguage"] as? String,
            let strings = root["strings"] as? [String: Any]
        else {
            diagnostics.error("a String Catalog is an object with 'sourceLanguage' and 'strings'", at: start)
            return nil
        }
        let languages = Set(
            strings.values.compactMap { ($0 as? [String: Any])?["localizations"] as? [String: Any] }.flatMap(\.keys)
        ).subtracting([sourceLanguage])
        guard let target = locale ?? (languages.count == 1 ? languages.first : nil) else {
            diagnostics.error(
                "the String Catalog holds \(languages.count) languages besides '\(sourceLanguage)' "
                    + "(\(languages.sorted().joined(separator: ", "))); pass --locale",
                at: start)
            return nil
        }
        var result = ImportedFile(locale: LocaleTag.canonical(target), headerLocation: start, units: [])
        var searchFrom = 0
        for key in strings.keys.sorted() {
            // Keys are usually written sorted, so each is searched for after the one before.
            let offset = Self.offset(of: key, in: bytes, from: searchFrom) ?? Self.offset(of: key, in: bytes, from: 0)
            if let offset { searchFrom = offset }
            let position = offset.map { location($0, bytes) } ?? start
            guard let entry = strings[key] as? [String: Any] else {
                diagnostics.error("string '\(key)' is not an object", at: position)
                continue
            }
            let localizations = entry["localizations"] as? [String: Any] ?? [:]
            let source = (localizations[sourceLanguage] as? [String: Any]).flatMap { Self.value($0) } ?? (nil, false)
            let translated = (localizations[target] as? [String: Any]).flatMap { Self.value($0) }
            result.units.append(
                ImportedUnit(
                    key: TextKey(key),
                    source: source.0.flatMap { if case .text(let text) = $0 { text } else { nil } } ?? key,
                    sourcePlural: nil,
                    translation: translated?.0, isStale: translated?.1 ?? false, location: position))
        }
        return diagnostics.hasErrors ? nil : result
    }

    /// A localization's text or plural texts, and whether it needs review; no text for `new`.
    static func value(_ localization: [String: Any]) -> (ImportedUnit.Translated?, Bool)? {
        if let unit = localization["stringUnit"] as? [String: Any], let value = unit["value"] as? String {
            let state = unit["state"] as? String ?? "translated"
            return (state == "new" || value.isEmpty ? nil : .text(value), state == "needs_review")
        }
        guard let plural = (localization["variations"] as? [String: Any])?["plural"] as? [String: Any] else {
            return nil
        }
        var branches: [PluralCategory: String] = [:]
        var review = false
        var new = false
        for (keyword, value) in plural {
            guard let category = PluralCategory(keyword: keyword),
                let unit = (value as? [String: Any])?["stringUnit"] as? [String: Any],
                let text = unit["value"] as? String
            else { continue }
            branches[category] = text
            review = review || unit["state"] as? String == "needs_review"
            new = new || unit["state"] as? String == "new"
        }
        return (new || branches.isEmpty ? nil : .categories(branches), review)
    }

    /// Where JSONSerialization says the text stops being JSON: its error index, or the
    /// character its message names ("around character 16"), read as a byte offset.
    static func errorOffset(_ error: Error) -> Int {
        let info = (error as NSError).userInfo
        if let index = info["NSJSONSerializationErrorIndex"] as? Int { return index }
        guard let text = info["NSDebugDescription"] as? String, let range = text.range(of: "character ") else {
            return 0
        }
        return Int(text[range.upperBound...].prefix { $0.isNumber }) ?? 0
    }

    static func offset(of key: String, in bytes: [UInt8], from start: Int) -> Int? {
        var quoted: [UInt8] = []
        JSONString.append(key, to: &quoted)
        var index = start
        while index + quoted.count <= bytes.count {
            if bytes[index] == quoted[0], bytes[index..<(index + quoted.count)].elementsEqual(quoted) { return index }
            index += 1
        }
        return nil
    }

    func location(_ offset: Int, _ bytes: [UInt8]) -> SourceLocation {
        bytes.withUnsafeBufferPointer { TextPosition.location(of: offset, in: $0, file: file) }
    }
}
