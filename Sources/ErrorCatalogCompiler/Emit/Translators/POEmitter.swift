import ErrorCatalog

/// gettext PO files, one per catalog: each unit a message with its key as `msgctxt`, the
/// source as `msgid`, comments naming the entry's code, category and parameters, the
/// source's file and line as its reference, and the locale's `Plural-Forms`. A message
/// whose source and translation have gettext's plural shape (``Message/pluralBranches``) is
/// written as `msgid_plural` with one `msgstr[n]` per form of the locale; any other message
/// with parameters is ICU text, flagged `icu-format`. A stale translation is `fuzzy`, with
/// the source it was made from as `#| msgid`.
public struct POEmitter: TranslatorsFileEmitter {
    public static let fileExtension = "po"

    /// The locale to export.
    public var locale: String

    /// An emitter for `locale`.
    public init(locale: String) { self.locale = locale }

    /// The file of one catalog.
    public func file(_ units: TranslationUnits) -> String {
        let plurals = GettextPlurals(PluralRuleSet.cldr(units.locale) ?? .other)
        var out = """
            # \(units.title.filter { !$0.isNewline }) (\(units.catalog)) in \(units.locale).
            # Written by errcat from \(units.sourceFile); translate the msgstr lines, then run
            # errcat translations import on this file.
            msgid ""
            msgstr ""

            """
        let header = [
            "Project-Id-Version: \(units.catalog)", "PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE",
            "Last-Translator: FULL NAME <EMAIL@ADDRESS>",
            "Language-Team: \(units.locale)", "Language: \(units.locale)", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit",
            "Plural-Forms: \(plurals.header)",
            "X-Generator: errcat \(ErrorCatalogRuntime.version)", "X-Source-Language: \(units.sourceLocale)",
        ]
        out += header.map { "\"" + Self.escaped($0) + "\\n\"\n" }.joined()
        for unit in units.units { out += "\n" + message(unit, plurals: plurals) }
        return out
    }

    func message(_ unit: TranslationUnit, plurals: GettextPlurals) -> String {
        // A comment ends at its line's end: each line of a note is a comment line of its own.
        let noteLines = unit.notes.flatMap { $0.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) }
        var out = noteLines.map { "#. \($0)\n" }.joined()
        out += "#: \(unit.reference.file):\(unit.reference.line)\n"
        let forms = TranslatorsFiles.gettextForms(unit, plurals: plurals)
        var flags: [String] = []
        if case .stale = unit.state { flags.append("fuzzy") }
        if unit.sourceMessage != nil, forms == nil, unit.source.contains("{") { flags.append("icu-format") }
        if !flags.isEmpty { out += "#, " + flags.joined(separator: ", ") + "\n" }
        if case .stale(let previous?) = unit.state { out += Self.field("#| msgid", previous, comment: true) }
        out += Self.field("msgctxt", unit.key.description)
        if let forms {
            out += Self.field("msgid", forms.one) + Self.field("msgid_plural", forms.other)
            for (index, text) in forms.translated.enumerated() { out += Self.field("msgstr[\(index)]", text) }
        } else {
            out += Self.field("msgid", unit.source) + Self.field("msgstr", unit.translation ?? "")
        }
        return out
    }

    /// `keyword "text"`, or for a text of several lines `keyword ""` then one quoted line each.
    static func field(_ keyword: String, _ text: String, comment: Bool = false) -> String {
        let prefix = comment ? "#| " : ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 1 else { return "\(keyword) \"\(escaped(text))\"\n" }
        var out = "\(keyword) \"\"\n"
        for (index, line) in lines.enumerated() where index < lines.count - 1 || !line.isEmpty {
            out += prefix + "\"" + escaped(String(line)) + (index < lines.count - 1 ? "\\n" : "") + "\"\n"
        }
        return out
    }

    /// `text` as the inside of a PO string: C escapes for backslash, quote and control characters.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let octal = String(scalar.value, radix: 8)
                    out += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
