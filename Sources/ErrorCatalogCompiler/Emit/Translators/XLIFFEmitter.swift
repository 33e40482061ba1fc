import ErrorCatalog

/// XLIFF 1.2 files, one per catalog, as Xcode's localization export and most translation
/// tools exchange them: a `trans-unit` per unit, its key as `id`, the source, the translation
/// as `target` with its state (`translated`, `needs-review-translation` for a stale one, no
/// target when untranslated), the notes for translators, and the source's file and line.
/// Messages with parameters are ICU text.
public struct XLIFFEmitter: TranslatorsFileEmitter {
    public static let fileExtension = "xliff"

    /// The locale to export.
    public var locale: String

    /// An emitter for `locale`.
    public init(locale: String) { self.locale = locale }

    /// The file of one catalog.
    public func file(_ units: TranslationUnits) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
              <file original="\(Self.escaped(units.sourceFile))" source-language="\(units.sourceLocale)" \
            target-language="\(units.locale)" datatype="plaintext">
                <header>
                  <tool tool-id="errcat" tool-name="errcat" tool-version="\(ErrorCatalogRuntime.version)"/>
                  <note from="errcat">\(Self.escaped(units.title)) (\(units.catalog)). Translate each target, then run \
            errcat translations import on this file.</note>
                </header>
                <body>

            """
        for unit in units.units { out += self.unit(unit) }
        out += "    </body>\n  </file>\n</xliff>\n"
        return out
    }

    func unit(_ unit: TranslationUnit) -> String {
        var out = "      <trans-unit id=\"\(Self.escaped(unit.key.description))\" xml:space=\"preserve\">\n"
        out += "        <source>\(Self.escaped(unit.source))</source>\n"
        if let translation = unit.translation {
            let state = if case .stale = unit.state { "needs-review-translation" } else { "translated" }
            out += "        <target state=\"\(state)\">\(Self.escaped(translation))</target>\n"
        }
        for note in unit.notes { out += "        <note from=\"developer\">\(Self.escaped(note))</note>\n" }
        if case .stale(let previous) = unit.state {
            let then = previous.map { "the source was: \($0)" } ?? "the source has changed since."
            out += "        <note from=\"errcat\">Stale: \(Self.escaped(then))</note>\n"
        }
        out += """
                    <context-group purpose="location">
                      <context context-type="sourcefile">\(Self.escaped(unit.reference.file))</context>
                      <context context-type="linenumber">\(unit.reference.line)</context>
                    </context-group>
                  </trans-unit>

            """
        return out
    }

    /// `text` as XML character data or an attribute value.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
