import ErrorCatalog

/// Reads a gettext PO file: its header (`Language`, `Plural-Forms`) and every message, with
/// `msgctxt`, `msgid`, `msgid_plural`, `msgstr` or `msgstr[n]`, flags (`fuzzy`) and the
/// line and column of each. Broken quoting, unknown keywords, plural forms out of order or in
/// the wrong number, and invalid UTF-8 are located errors; obsolete (`#~`) messages are skipped.
struct POReader {
    let file: String
    var diagnostics = DiagnosticList()

    /// A message as the file writes it.
    struct Message {
        var context: String?
        var id: String?
        var idPlural: String?
        var strings: [Int: String] = [:]
        var flags: Set<String> = []
        var location: SourceLocation
        var stringLocation: SourceLocation?
    }

    init(file: String) { self.file = file }

    mutating func read(_ bytes: [UInt8]) -> ImportedFile? {
        guard let text = validUTF8(bytes) else { return nil }
        var messages: [Message] = []
        var current: Message?
        var field: (name: String, index: Int?)?
        var pendingFlags: Set<String> = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let column = line.count - trimmed.count + 1
            let location = SourceLocation(file: file, line: number + 1, column: column)
            if trimmed.isEmpty || trimmed.hasPrefix("#~") { continue }
            if trimmed.hasPrefix("#,") {
                pendingFlags.formUnion(
                    trimmed.dropFirst(2).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
                continue
            }
            if trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("\"") {
                guard let field, current != nil else {
                    diagnostics.error("a quoted string outside a message field", at: location)
                    return nil
                }
                guard let piece = string(trimmed, at: location) else { return nil }
                append(piece, to: &current!, field)
                continue
            }
            guard let (keyword, rest, restColumn) = keyword(trimmed, column: column, at: location) else { return nil }
            let valueLocation = SourceLocation(file: file, line: number + 1, column: restColumn)
            let startsMessage =
                keyword.name == "msgctxt"
                || (keyword.name == "msgid" && !(current?.context != nil && current?.id == nil))
            if startsMessage {
                if let done = current { messages.append(done) }
                current = Message(flags: pendingFlags, location: location)
                pendingFlags = []
            } else if current == nil {
                diagnostics.error("'\(keyword.name)' before the message's msgid", at: location)
                return nil
            }
            guard let value = string(rest, at: valueLocation) else { return nil }
            if keyword.name == "msgstr" {
                if current!.stringLocation == nil { current!.stringLocation = valueLocation }
                let index = keyword.index ?? 0
                guard current!.strings[index] == nil, index == current!.strings.count else {
                    diagnostics.error(
                        "msgstr[\(index)] out of order: expected msgstr[\(current!.strings.count)]", at: location)
                    return nil
                }
            }
            field = (keyword.name, keyword.index)
            append(value, to: &current!, (keyword.name, keyword.index), replacing: true)
        }
        if let done = current { messages.append(done) }
        return file(messages)
    }

    func append(
        _ piece: String, to message: inout Message, _ field: (name: String, index: Int?), replacing: Bool = false
    ) {
        switch field.name {
        case "msgctxt": message.context = (replacing ? "" : message.context ?? "") + piece
        case "msgid": message.id = (replacing ? "" : message.id ?? "") + piece
        case "msgid_plural": message.idPlural = (replacing ? "" : message.idPlural ?? "") + piece
        default: message.strings[field.index ?? 0] = (replacing ? "" : message.strings[field.index ?? 0] ?? "") + piece
        }
    }

    /// `msgid`, `msgstr[2]`, …: the keyword, the rest of the line and its column.
    mutating func keyword(
        _ line: Substring, column: Int, at location: SourceLocation
    ) -> ((name: String, index: Int?), Substring, Int)? {
        let word = line.prefix { $0 != " " && $0 != "\t" && $0 != "\"" }
        let rest = line.dropFirst(word.count).drop { $0 == " " || $0 == "\t" }
        let restColumn = column + line.count - rest.count
        var name = String(word)
        var index: Int?
        if name.hasPrefix("msgstr["), name.hasSuffix("]"), let value = Int(name.dropFirst(7).dropLast()), value >= 0,
            value < 100
        {
            index = value
            name = "msgstr"
        }
        guard ["msgctxt", "msgid", "msgid_plural", "msgstr"].contains(name) else {
            diagnostics.error(
                "'\(word)' is not a PO keyword (msgctxt, msgid, msgid_plural, msgstr, msgstr[n])", at: location)
            return nil
        }
        return ((name, index), rest, restColumn)
    }

    /// A quoted PO string with C escapes.
    mutating func string(_ text: Substring, at location: SourceLocation) -> String? {
        let characters = Array(text)
        guard characters.first == "\"" else {
            diagnostics.error("expected a quoted string", at: location)
            return nil
        }
        var out = ""
        var index = 1
        while index < characters.count {
            let character = characters[index]
            let here = SourceLocation(file: file, line: location.line, column: location.column + index)
            if character == "\"" {
                guard characters[(index + 1)...].allSatisfy({ $0 == " " || $0 == "\t" }) else {
                    diagnostics.error(
                        "text after the closing quote",
                        at: SourceLocation(file: file, line: location.line, column: location.column + index + 1))
                    return nil
                }
                return out
            }
            if character == "\\", let (escaped, length) = Self.numericEscape(characters, at: index + 1) {
                out.append(escaped)
                index += 1 + length
                continue
            }
            if character == "\\" {
                guard index + 1 < characters.count, let escaped = Self.escapes[characters[index + 1]] else {
                    diagnostics.error(
                        "unknown escape '\\\(index + 1 < characters.count ? String(characters[index + 1]) : "")'",
                        at: here)
                    return nil
                }
                out.append(escaped)
                index += 2
                continue
            }
            out.append(character)
            index += 1
        }
        diagnostics.error("unterminated string: the closing quote is missing", at: location)
        return nil
    }

    /// An octal (`\\0`, `\\033`) or hexadecimal (`\\x1b`) escape of an ASCII character, as C
    /// and gettext write control characters, starting after the backslash at `start`: the
    /// character and how many characters the escape takes after the backslash.
    static func numericEscape(_ characters: [Character], at start: Int) -> (Character, Int)? {
        guard start < characters.count else { return nil }
        let hex = characters[start] == "x"
        let radix = hex ? 16 : 8
        let first = hex ? start + 1 : start
        var end = first
        while end < characters.count, end - first < (hex ? 2 : 3), characters[end].isASCII,
            characters[end].hexDigitValue.map({ $0 < radix }) == true
        {
            end += 1
        }
        guard end > first, let value = UInt8(String(characters[first..<end]), radix: radix), value < 0x80 else {
            return nil
        }
        return (Character(Unicode.Scalar(value)), end - start)
    }

    static let escapes: [Character: Character] = [
        "n": "\n", "t": "\t", "r": "\r", "\"": "\"", "\\": "\\", "a": "\u{07}", "b": "\u{08}", "f": "\u{0C}",
        "v": "\u{0B}",
    ]

    /// The text, or `nil` with an error at the first byte that is not UTF-8.
    mutating func validUTF8(_ bytes: [UInt8]) -> String? {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let offset = CatalogImporter.firstInvalidUTF8(bytes)
        diagnostics.error(
            "the file is not UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)))",
            at: LineIndex(bytes, file: file).location(offset))
        return nil
    }

    /// The messages as units, the header read for the locale and plural forms.
    mutating func file(_ messages: [Message]) -> ImportedFile? {
        var result = ImportedFile(
            locale: nil, headerLocation: SourceLocation(file: file, line: 1, column: 1), units: [])
        let errorsBefore = diagnostics.all.count { $0.severity == .error }
        for message in messages {
            guard let id = message.id else {
                diagnostics.error("a message without msgid", at: message.location)
                continue
            }
            if id.isEmpty, message.context == nil {
                header(message, into: &result)
                continue
            }
            if message.idPlural != nil, result.formCount == nil { defaultPluralForms(into: &result) }
            if let unit = unit(message, id: id, formCount: result.formCount) { result.units.append(unit) }
        }
        return diagnostics.all.count { $0.severity == .error } == errorsBefore ? result : nil
    }

    mutating func header(_ message: Message, into result: inout ImportedFile) {
        result.headerLocation = message.location
        for line in (message.strings[0] ?? "").split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            if parts[0].lowercased() == "language", !parts[1].isEmpty { result.locale = LocaleTag.canonical(parts[1]) }
            if parts[0].lowercased() == "plural-forms" {
                pluralForms(parts[1], at: message.stringLocation ?? message.location, into: &result)
            }
        }
    }

    /// A file with plurals and no Plural-Forms (WTForms' Persian) is read as gettext reads it: with
    /// its default, the Germanic `nplurals=2; plural=(n != 1);`.
    mutating func defaultPluralForms(into result: inout ImportedFile) {
        diagnostics.warning(
            "the header has no Plural-Forms: its plurals are read as gettext reads them, with "
                + "nplurals=2; plural=(n != 1)",
            at: result.headerLocation)
        result.pluralFormula = try? PluralFormula("(n != 1)")
        result.formCount = 2
    }

    /// `nplurals=N; plural=EXPR;`
    mutating func pluralForms(_ text: String, at location: SourceLocation, into result: inout ImportedFile) {
        var count: Int?
        var formula: String?
        for part in text.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            if pair[0] == "nplurals" { count = Int(pair[1]) }
            if pair[0] == "plural" { formula = pair[1] }
        }
        guard let count, (1...6).contains(count), let formula else {
            diagnostics.error(
                "Plural-Forms '\(text)' is not 'nplurals=N; plural=EXPRESSION;' with N from 1 to 6", at: location)
            return
        }
        do {
            result.pluralFormula = try PluralFormula(formula)
            result.formCount = count
        } catch {
            diagnostics.error("Plural-Forms: \(error.reason) in '\(formula)'", at: location)
        }
    }

    mutating func unit(_ message: Message, id: String, formCount: Int?) -> ImportedUnit? {
        let location = message.stringLocation ?? message.location
        var translation: ImportedUnit.Translated?
        if message.idPlural != nil {
            var forms = (0..<message.strings.count).map { message.strings[$0] ?? "" }
            let formCount = formCount ?? 2  // file(_:) sets gettext's default first
            let problem = "\(forms.count) plural form(s) where the header's Plural-Forms says \(formCount)"
            if forms.count != formCount {
                // In errcat's own file a tool broke the message. Another project's catalogs
                // carry leftovers of a language whose forms changed: forms past the header's
                // count are never chosen by gettext and are dropped; too few are not placed.
                guard message.context.flatMap(TextKey.init) == nil else {
                    diagnostics.error(problem, at: location)
                    return nil
                }
                guard forms.count > formCount else {
                    diagnostics.warning("not placed: " + problem, at: location)
                    return nil
                }
                diagnostics.warning(
                    problem + ": gettext never chooses the forms past \(formCount - 1), so they are left out",
                    at: location)
                forms.removeLast(forms.count - formCount)
            }
            if forms.contains(where: { !$0.isEmpty }) {
                guard !forms.contains(where: \.isEmpty) else {
                    diagnostics.warning("some plural forms are empty: the message is left untranslated", at: location)
                    return ImportedUnit(
                        key: message.context.flatMap(TextKey.init), source: id, sourcePlural: message.idPlural,
                        translation: nil, isStale: true, location: location)
                }
                translation = .forms(forms)
            }
        } else {
            guard message.strings.count == 1, message.strings[0] != nil else {
                diagnostics.error("a message without msgid_plural takes one msgstr", at: location)
                return nil
            }
            if let text = message.strings[0], !text.isEmpty { translation = .text(text) }
        }
        return ImportedUnit(
            key: message.context.flatMap(TextKey.init), source: id, sourcePlural: message.idPlural,
            translation: translation,
            isStale: message.flags.contains("fuzzy"), location: location)
    }
}
