import ErrorCatalog

/// An emitter of one translators' file format: one file per catalog for one locale.
public protocol TranslatorsFileEmitter: Sendable {
    /// The files' extension (`po`).
    static var fileExtension: String { get }
    /// The locale exported.
    var locale: String { get }
    /// The file of one catalog's units.
    func file(_ units: TranslationUnits) -> String
}

extension TranslatorsFileEmitter {
    /// One `<catalog file stem>.<locale>.<extension>` per catalog.
    public func emit(_ identified: IdentifiedCatalogs) -> [OutputFile] {
        TranslationUnitsBuilder.units(identified, locale: locale).map { units in
            OutputFile(path: TranslatorsFiles.fileName(units, extension: Self.fileExtension), contents: file(units))
        }
    }
}

/// What the translators' file emitters share: file names and the gettext plural shape.
enum TranslatorsFiles {
    /// `integration-hub.de.po` for the catalog in `catalog/integration-hub.yaml`.
    static func fileName(_ units: TranslationUnits, extension ext: String) -> String {
        var name = units.sourceFile.split(separator: "/").last.map(String.init) ?? units.catalog
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
        return "\(name).\(units.locale).\(ext)"
    }

    /// A unit's gettext plural forms: the source's `one` and `other` texts, and the
    /// translation's text per form of the locale (all empty when untranslated); `nil` when the
    /// source or the translation does not have the shape, or when a form would lose a branch
    /// (a fraction-only category whose text differs from the form gettext gives it).
    static func gettextForms(
        _ unit: TranslationUnit, plurals: GettextPlurals
    ) -> (one: String, other: String, translated: [String])? {
        guard let source = unit.sourceMessage?.pluralBranches, Set(source.branches.keys) == [.one, .other] else {
            return nil
        }
        guard let translation = unit.translationMessage else {
            return unit.translation == nil
                ? (
                    source.branches[.one]!, source.branches[.other]!,
                    Array(repeating: "", count: plurals.categories.count)
                ) : nil
        }
        guard let translated = translation.pluralBranches, translated.selector == source.selector else { return nil }
        let forms = plurals.categories.map { translated.branches[$0] }
        guard forms.allSatisfy({ $0 != nil }) else { return nil }
        for (category, text) in translated.branches where !plurals.categories.contains(category) {
            guard let form = plurals.decimalForms[category], forms[form] == text else { return nil }
        }
        return (source.branches[.one]!, source.branches[.other]!, forms.map { $0! })
    }
}
