import ErrorCatalog

/// String Catalogs (`.xcstrings`), one per catalog, in the JSON Xcode writes: each unit a
/// manually keyed string with the notes as its comment, the source language's text and the
/// locale's, as a `stringUnit` or, for a message of gettext's plural shape, as
/// `variations.plural` by CLDR category. States are Xcode's: `translated`, `needs_review`
/// for a stale translation, `new` (with the source's text) for an untranslated one.
public struct StringCatalogEmitter: TranslatorsFileEmitter {
    public static let fileExtension = "xcstrings"

    /// The locale to export.
    public var locale: String

    /// An emitter for `locale`.
    public init(locale: String) { self.locale = locale }

    /// The file of one catalog.
    public func file(_ units: TranslationUnits) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.string("sourceLanguage", units.sourceLocale)
        json.beginObject("strings")
        for unit in units.units.sorted(by: { $0.key < $1.key }) {
            json.beginObject(unit.key.description)
            json.string("comment", unit.notes.joined(separator: " "))
            json.string("extractionState", "manual")
            json.beginObject("localizations")
            let localizations = [
                (units.sourceLocale, unit.source, unit.sourceMessage, "translated"),
                (
                    units.locale, unit.translation ?? unit.source,
                    unit.translation == nil ? unit.sourceMessage : unit.translationMessage, state(unit)
                ),
            ]
            for (locale, text, message, state) in localizations.sorted(by: { $0.0 < $1.0 }) {
                json.beginObject(locale)
                value(text, message, state: state, source: unit.sourceMessage, into: &json)
                json.endObject()
            }
            json.endObject()
            json.endObject()
        }
        json.endObject()
        json.string("version", "1.0")
        json.endObject()
        return json.text
    }

    func state(_ unit: TranslationUnit) -> String {
        switch unit.state {
        case .untranslated: "new"
        case .translated: "translated"
        case .stale: "needs_review"
        }
    }

    /// A `stringUnit`, or `variations.plural` when both the source and this text are plurals
    /// of gettext's shape over the same parameter.
    func value(_ text: String, _ message: Message?, state: String, source: Message?, into json: inout JSONWriter) {
        if let plural = message?.pluralBranches, let source = source?.pluralBranches, source.selector == plural.selector
        {
            json.beginObject("variations")
            json.beginObject("plural")
            for category in PluralCategory.allCases {
                guard let branch = plural.branches[category] else { continue }
                json.beginObject(category.description)
                stringUnit(branch, state: state, into: &json)
                json.endObject()
            }
            json.endObject()
            json.endObject()
        } else {
            stringUnit(text, state: state, into: &json)
        }
    }

    func stringUnit(_ text: String, state: String, into json: inout JSONWriter) {
        json.beginObject("stringUnit")
        json.string("state", state)
        json.string("value", text)
        json.endObject()
    }
}
